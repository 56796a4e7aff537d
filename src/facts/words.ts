/** The few words Lectern itself writes into decks, per language; English otherwise. */
export interface Words {
  about: string;
  sources: string;
  timeline: string;
  factsUsed: string;
  disputed: string;
  accepted: string;
  notes: string;
  lectures: string;
  factIndex: string;
  people: string;
  glossary: string;
  usedIn: string;
  /** Before the facts a person is linked to (people: or speaker:). */
  involvedIn: string;
  slide: string;
  page: string;
  of: string;
  /** Opening and closing quotation marks. */
  lq: string;
  rq: string;
  /** The dash between the parts of a title or heading, with its spaces: "Lecture 1: … — Handout", "Benzolring – 1865". */
  dash: string;
  home: string;
  slides: string;
  handout: string;
  /** The label of a numbered figure: "Figure 1". */
  figure: string;
  /** The labels of a numbered table and equation: "Table 1", "Equation 1". */
  table: string;
  equation: string;
  studentHandout: string;
  /** "Lecture" as in "Lecture 3" on a title slide. */
  lecture: string;
  /** The badge of each type of fact on the course pages. */
  types: Record<'event' | 'person' | 'figure' | 'quote' | 'term' | 'place' | 'document', string>;
}

const WORDS: Record<string, Words> = {
  en: {
    about: 'about', sources: 'Sources', timeline: 'Timeline', factsUsed: 'Facts on this slide', disputed: 'Disputed',
    accepted: 'accepted', notes: 'Notes', lectures: 'Lectures', factIndex: 'Fact index', people: 'People',
    glossary: 'Glossary', usedIn: 'Used in', involvedIn: 'Involved in', slide: 'slide', page: 'Page', of: 'of', lq: '“', rq: '”', dash: ' — ', home: 'Course home', slides: 'Slides (PDF)', handout: 'Handout (PDF)', figure: 'Figure', table: 'Table', equation: 'Equation',
    studentHandout: 'Student handout (PDF)', lecture: 'Lecture',
    types: { event: 'event', person: 'person', figure: 'figure', quote: 'quote', term: 'term', place: 'place', document: 'document' },
  },
  ru: {
    about: 'около', sources: 'Источники', timeline: 'Хронология', factsUsed: 'Факты на слайде', disputed: 'Спорно',
    accepted: 'принято', notes: 'Заметки', lectures: 'Лекции', factIndex: 'Указатель фактов', people: 'Персоналии',
    glossary: 'Глоссарий', usedIn: 'Где используется', involvedIn: 'Связанные факты', slide: 'слайд', page: 'Стр.', of: 'из', lq: '«', rq: '»', dash: ' — ', home: 'Главная страница курса', slides: 'Слайды (PDF)', handout: 'Раздаточный материал (PDF)', figure: 'Рис.', table: 'Таблица', equation: 'Уравнение',
    studentHandout: 'Раздаточный материал для студентов (PDF)', lecture: 'Лекция',
    types: { event: 'событие', person: 'персона', figure: 'число', quote: 'цитата', term: 'термин', place: 'место', document: 'документ' },
  },
  de: {
    about: 'etwa', sources: 'Quellen', timeline: 'Zeitleiste', factsUsed: 'Fakten auf dieser Folie', disputed: 'Umstritten',
    accepted: 'angenommen', notes: 'Notizen', lectures: 'Vorlesungen', factIndex: 'Faktenregister', people: 'Personen',
    glossary: 'Glossar', usedIn: 'Verwendet in', involvedIn: 'Beteiligt an', slide: 'Folie', page: 'Seite', of: 'von', lq: '„', rq: '“', dash: ' – ', home: 'Kursübersicht', slides: 'Folien (PDF)', handout: 'Skript (PDF)', figure: 'Abbildung', table: 'Tabelle', equation: 'Gleichung',
    studentHandout: 'Handout für Studierende (PDF)', lecture: 'Vorlesung',
    types: { event: 'Ereignis', person: 'Person', figure: 'Zahl', quote: 'Zitat', term: 'Begriff', place: 'Ort', document: 'Dokument' },
  },
  fr: {
    about: 'environ', sources: 'Sources', timeline: 'Chronologie', factsUsed: 'Faits sur cette diapositive', disputed: 'Contesté',
    accepted: 'retenu', notes: 'Notes', lectures: 'Cours', factIndex: 'Index des faits', people: 'Personnes',
    glossary: 'Glossaire', usedIn: 'Utilisé dans', involvedIn: 'Impliqué dans', slide: 'diapositive', page: 'Page', of: 'sur', lq: '«\u00a0', rq: '\u00a0»', dash: ' – ', home: 'Accueil du cours', slides: 'Diapositives (PDF)', handout: 'Polycopié (PDF)', figure: 'Figure', table: 'Tableau', equation: 'Équation',
    studentHandout: 'Polycopié des étudiants (PDF)', lecture: 'Cours',
    types: { event: 'événement', person: 'personne', figure: 'chiffre', quote: 'citation', term: 'terme', place: 'lieu', document: 'document' },
  },
  es: {
    about: 'aprox.', sources: 'Fuentes', timeline: 'Cronología', factsUsed: 'Datos de esta diapositiva', disputed: 'En discusión',
    accepted: 'aceptado', notes: 'Notas', lectures: 'Clases', factIndex: 'Índice de datos', people: 'Personas',
    glossary: 'Glosario', usedIn: 'Aparece en', involvedIn: 'Relacionado con', slide: 'diapositiva', page: 'Página', of: 'de', lq: '«', rq: '»', dash: ' — ', home: 'Inicio del curso', slides: 'Diapositivas (PDF)', handout: 'Material para docentes (PDF)', figure: 'Figura', table: 'Tabla', equation: 'Ecuación',
    studentHandout: 'Material para estudiantes (PDF)', lecture: 'Clase',
    types: { event: 'acontecimiento', person: 'persona', figure: 'cifra', quote: 'cita', term: 'término', place: 'lugar', document: 'documento' },
  },
  it: {
    about: 'circa', sources: 'Fonti', timeline: 'Cronologia', factsUsed: 'Fatti in questa diapositiva', disputed: 'Controverso',
    accepted: 'accettato', notes: 'Note', lectures: 'Lezioni', factIndex: 'Indice dei fatti', people: 'Persone',
    glossary: 'Glossario', usedIn: 'Citato in', involvedIn: 'Coinvolto in', slide: 'diapositiva', page: 'Pagina', of: 'di', lq: '«', rq: '»', dash: ' – ', home: 'Pagina del corso', slides: 'Diapositive (PDF)', handout: 'Dispensa del docente (PDF)', figure: 'Figura', table: 'Tabella', equation: 'Equazione',
    studentHandout: 'Dispensa per gli studenti (PDF)', lecture: 'Lezione',
    types: { event: 'evento', person: 'persona', figure: 'cifra', quote: 'citazione', term: 'termine', place: 'luogo', document: 'documento' },
  },
};

/** Whether Lectern has its own words (labels, headings) in a language, or falls back to English. */
export function hasWords(lang: string): boolean {
  return Boolean(WORDS[lang] ?? WORDS[lang.split('-')[0]!]);
}

/** The languages Lectern has its own words in. */
export const WORD_LANGUAGES: readonly string[] = Object.keys(WORDS);

export function words(lang: string): Words {
  return WORDS[lang] ?? WORDS[lang.split('-')[0]!] ?? WORDS.en!;
}
