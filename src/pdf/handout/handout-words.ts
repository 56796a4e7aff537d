/** The words handouts and the course reader print, per language; English otherwise. */
export interface HandoutWords {
  lecture: string;
  lecturerHandout: string;
  studentHandout: string;
  courseReader: string;
  contents: string;
  slide: string;
  slides: string;
  continued: string;
  lecturer: string;
  date: string;
  language: string;
  bibliography: string;
}

const WORDS: Record<string, HandoutWords> = {
  en: {
    lecture: 'Lecture', lecturerHandout: 'lecturer\'s handout', studentHandout: 'student handout', courseReader: 'Course reader',
    contents: 'Contents', slide: 'Slide', slides: 'Slides', continued: 'continued', lecturer: 'Lecturer', date: 'Date', language: 'Language', bibliography: 'Bibliography',
  },
  ru: {
    lecture: 'Лекция', lecturerHandout: 'материалы лектора', studentHandout: 'раздаточный материал для студентов', courseReader: 'Хрестоматия курса',
    contents: 'Содержание', slide: 'Слайд', slides: 'Слайды', continued: 'продолжение', lecturer: 'Лектор', date: 'Дата', language: 'Язык', bibliography: 'Библиография',
  },
  de: {
    lecture: 'Vorlesung', lecturerHandout: 'Handout für Lehrende', studentHandout: 'Handout für Studierende', courseReader: 'Reader zum Kurs',
    contents: 'Inhalt', slide: 'Folie', slides: 'Folien', continued: 'Fortsetzung', lecturer: 'Dozent/in', date: 'Datum', language: 'Sprache', bibliography: 'Bibliographie',
  },
  fr: {
    lecture: 'Cours', lecturerHandout: 'polycopié de l\'enseignant', studentHandout: 'polycopié étudiant', courseReader: 'Recueil du cours',
    contents: 'Sommaire', slide: 'Diapositive', slides: 'Diapositives', continued: 'suite', lecturer: 'Enseignant', date: 'Date', language: 'Langue', bibliography: 'Bibliographie',
  },
  es: {
    lecture: 'Clase', lecturerHandout: 'material para docentes', studentHandout: 'material para estudiantes', courseReader: 'Dosier del curso',
    contents: 'Índice', slide: 'Diapositiva', slides: 'Diapositivas', continued: 'continuación', lecturer: 'Docente', date: 'Fecha', language: 'Idioma', bibliography: 'Bibliografía',
  },
  it: {
    lecture: 'Lezione', lecturerHandout: 'dispensa del docente', studentHandout: 'dispensa per gli studenti', courseReader: 'Antologia del corso',
    contents: 'Indice', slide: 'Diapositiva', slides: 'Diapositive', continued: 'continua', lecturer: 'Docente', date: 'Data', language: 'Lingua', bibliography: 'Bibliografia',
  },
};

export function handoutWords(lang: string): HandoutWords {
  return WORDS[lang] ?? WORDS[lang.split('-')[0]!] ?? WORDS.en!;
}
