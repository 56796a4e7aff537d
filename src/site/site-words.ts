import { ownLanguageName } from '../course/language-names.js';

/** The words of the site's own navigation, per language; English otherwise. */
export interface SiteWords {
  lecture: string;
  menu: string;
  search: string;
  searchLabel: string;
  noResults: string;
  results: string;
  outOfDate: string;
  studentHandout: string;
  otherLanguages: string;
  skipToContent: string;
  searchNeedsScript: string;
  /** The course reader of a language, on the home pages. */
  reader: string;
  /** The accessible names of the deck's arrows. */
  previousSlide: string;
  nextSlide: string;
  slideAbove: string;
  slideBelow: string;
  /** A deck's PowerPoint file. */
  pptx: string;
  /** The headings of the fact index's groups, one per type of fact. */
  typeGroups: Record<'event' | 'person' | 'figure' | 'quote' | 'term' | 'place' | 'document', string>;
}

const SITE_WORDS: Record<string, SiteWords> = {
  en: {
    lecture: 'Lecture', menu: 'Menu', search: 'Search', searchLabel: 'Search the course', noResults: 'Nothing found.', results: 'results',
    outOfDate: 'out of date', studentHandout: 'Student handout (PDF)', otherLanguages: 'Other languages', skipToContent: 'Skip to content',
    searchNeedsScript: 'Search needs JavaScript.',
    previousSlide: 'Previous slide', nextSlide: 'Next slide', slideAbove: 'Slide above', slideBelow: 'Slide below',
    reader: 'Course reader (PDF)', pptx: 'Slides (PowerPoint)',
    typeGroups: { event: 'Events', person: 'People', figure: 'Figures', quote: 'Quotations', term: 'Terms', place: 'Places', document: 'Documents' },
  },
  ru: {
    lecture: 'Лекция', menu: 'Меню', search: 'Поиск', searchLabel: 'Поиск по курсу', noResults: 'Ничего не найдено.', results: 'результатов',
    outOfDate: 'устаревшая версия', studentHandout: 'Материал для студентов (PDF)', otherLanguages: 'Другие языки', skipToContent: 'К содержанию',
    searchNeedsScript: 'Для поиска нужен JavaScript.',
    previousSlide: 'Предыдущий слайд', nextSlide: 'Следующий слайд', slideAbove: 'Слайд выше', slideBelow: 'Слайд ниже',
    reader: 'Сборник материалов курса (PDF)', pptx: 'Слайды (PowerPoint)',
    typeGroups: { event: 'События', person: 'Персоналии', figure: 'Числа', quote: 'Цитаты', term: 'Термины', place: 'Места', document: 'Документы' },
  },
  de: {
    lecture: 'Vorlesung', menu: 'Menü', search: 'Suche', searchLabel: 'Den Kurs durchsuchen', noResults: 'Nichts gefunden.', results: 'Treffer',
    outOfDate: 'veraltet', studentHandout: 'Handout für Studierende (PDF)', otherLanguages: 'Andere Sprachen', skipToContent: 'Zum Inhalt',
    searchNeedsScript: 'Die Suche braucht JavaScript.',
    previousSlide: 'Vorherige Folie', nextSlide: 'Nächste Folie', slideAbove: 'Folie darüber', slideBelow: 'Folie darunter',
    reader: 'Kursreader (PDF)', pptx: 'Folien (PowerPoint)',
    typeGroups: { event: 'Ereignisse', person: 'Personen', figure: 'Zahlen', quote: 'Zitate', term: 'Begriffe', place: 'Orte', document: 'Dokumente' },
  },
  fr: {
    lecture: 'Cours', menu: 'Menu', search: 'Recherche', searchLabel: 'Rechercher dans le cours', noResults: 'Aucun résultat.', results: 'résultats',
    outOfDate: 'version périmée', studentHandout: 'Polycopié étudiant (PDF)', otherLanguages: 'Autres langues', skipToContent: 'Aller au contenu',
    searchNeedsScript: 'La recherche nécessite JavaScript.',
    previousSlide: 'Diapositive précédente', nextSlide: 'Diapositive suivante', slideAbove: 'Diapositive au-dessus', slideBelow: 'Diapositive en dessous',
    reader: 'Recueil du cours (PDF)', pptx: 'Diapositives (PowerPoint)',
    typeGroups: { event: 'Événements', person: 'Personnes', figure: 'Chiffres', quote: 'Citations', term: 'Termes', place: 'Lieux', document: 'Documents' },
  },
  es: {
    lecture: 'Clase', menu: 'Menú', search: 'Buscar', searchLabel: 'Buscar en el curso', noResults: 'No se encontró nada.', results: 'resultados',
    outOfDate: 'desactualizado', studentHandout: 'Material para estudiantes (PDF)', otherLanguages: 'Otros idiomas', skipToContent: 'Ir al contenido',
    searchNeedsScript: 'La búsqueda necesita JavaScript.',
    previousSlide: 'Diapositiva anterior', nextSlide: 'Diapositiva siguiente', slideAbove: 'Diapositiva de arriba', slideBelow: 'Diapositiva de abajo',
    reader: 'Dosier del curso (PDF)', pptx: 'Diapositivas (PowerPoint)',
    typeGroups: { event: 'Acontecimientos', person: 'Personas', figure: 'Cifras', quote: 'Citas', term: 'Términos', place: 'Lugares', document: 'Documentos' },
  },
  it: {
    lecture: 'Lezione', menu: 'Menu', search: 'Cerca', searchLabel: 'Cerca nel corso', noResults: 'Nessun risultato.', results: 'risultati',
    outOfDate: 'non aggiornato', studentHandout: 'Dispensa per gli studenti (PDF)', otherLanguages: 'Altre lingue', skipToContent: 'Vai al contenuto',
    searchNeedsScript: 'La ricerca richiede JavaScript.',
    previousSlide: 'Diapositiva precedente', nextSlide: 'Diapositiva successiva', slideAbove: 'Diapositiva sopra', slideBelow: 'Diapositiva sotto',
    reader: 'Antologia del corso (PDF)', pptx: 'Diapositive (PowerPoint)',
    typeGroups: { event: 'Eventi', person: 'Persone', figure: 'Cifre', quote: 'Citazioni', term: 'Termini', place: 'Luoghi', document: 'Documenti' },
  },
};

export function siteWords(lang: string): SiteWords {
  return SITE_WORDS[lang] ?? SITE_WORDS[lang.split('-')[0]!] ?? SITE_WORDS.en!;
}

/** A language's own name for itself ("English", "Русский"). */
export function languageName(lang: string): string {
  const name = ownLanguageName(lang) ?? lang;
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}
