/**
 * The card's and reader's words in English and Spanish, picked by the browser's UI language
 * (like the rest of Frontera's UI), never by the page's language. `$1`… are substitutions.
 */
import type { DocumentKind, EntityType } from '../corpus/types';

export type UiLang = 'en' | 'es';

const EN = {
  type_person: 'Person',
  type_organization: 'Organization',
  'type_criminal-group': 'Criminal group',
  type_place: 'Place',
  type_policy: 'Policy',
  type_event: 'Event',
  type_topic: 'Topic',
  'kind_news-article': 'News article',
  'kind_news-roundup': 'News roundup',
  kind_interview: 'Interview',
  'kind_news-summary': 'News summary',
  'kind_podcast-summary': 'Podcast summary',
  matched: 'Matched “$1” as $2 ($3)',
  matchFuzzy: 'close spelling',
  matchContext: 'from context',
  fromCorpus: 'From the corpus',
  related: 'Related',
  noExcerpt: 'No excerpt in the corpus names it directly.',
  readInContext: 'Read in context',
  watchAt: 'Watch at $1',
  alsoMentions: 'Also mentions $1, as this page does.',
  and: 'and',
  more: '$1 more',
  searchCorpus: 'Search the corpus for “$1”',
  close: 'Close',
  announce: '$1, $2: $3 Press Enter for sources.',
  back: 'Back to $1',
  closeTitle: 'Close (Esc)',
  dateNotStated: 'date not stated',
  dateImplied: '$1 (implied)',
  // Reader page
  readerTitle: 'Frontera corpus',
  readerSearchLabel: 'Search the passages',
  readerSearchButton: 'Search',
  readerSearchForm: 'Search the corpus',
  readerLoading: 'Loading the corpus…',
  readerLoadError: 'The corpus could not be loaded: $1',
  readerDocuments: 'Documents ($1)',
  readerPassages: '$1 passages',
  readerAllDocuments: '← All documents',
  readerNotFound: 'Document not found',
  readerNotFoundText: 'The corpus has no document “$1”.',
  readerKind: 'Kind',
  readerOutlet: 'Outlet',
  readerAuthor: 'Author',
  readerDate: 'Date',
  readerVideo: 'Video',
  readerNotStated: 'not stated',
  readerWatchVideo: 'Watch on YouTube',
  readerPassage: 'Passage $1',
  readerLinkToPassage: 'Link to this passage',
  readerHits: '$1 passages with “$2”',
  readerHit: '1 passage with “$1”',
  langEnglish: 'English',
  langSpanish: 'Spanish',
} as const;

export type StringKey = keyof typeof EN;

const ES: Record<StringKey, string> = {
  type_person: 'Persona',
  type_organization: 'Organización',
  'type_criminal-group': 'Grupo criminal',
  type_place: 'Lugar',
  type_policy: 'Política',
  type_event: 'Evento',
  type_topic: 'Tema',
  'kind_news-article': 'Artículo de prensa',
  'kind_news-roundup': 'Resumen de noticias',
  kind_interview: 'Entrevista',
  'kind_news-summary': 'Síntesis de noticias',
  'kind_podcast-summary': 'Resumen de pódcast',
  matched: 'Se reconoció «$1» como $2 ($3)',
  matchFuzzy: 'grafía parecida',
  matchContext: 'por el contexto',
  fromCorpus: 'Del corpus',
  related: 'Relacionado',
  noExcerpt: 'Ningún pasaje del corpus lo nombra directamente.',
  readInContext: 'Leer en contexto',
  watchAt: 'Ver en $1',
  alsoMentions: 'También menciona $1, como esta página.',
  and: 'y',
  more: '$1 más',
  searchCorpus: 'Buscar «$1» en el corpus',
  close: 'Cerrar',
  announce: '$1, $2: $3 Pulse Intro para ver las fuentes.',
  back: 'Volver a $1',
  closeTitle: 'Cerrar (Esc)',
  dateNotStated: 'fecha no indicada',
  dateImplied: '$1 (deducida)',
  readerTitle: 'Corpus de Frontera',
  readerSearchLabel: 'Buscar en los pasajes',
  readerSearchButton: 'Buscar',
  readerSearchForm: 'Buscar en el corpus',
  readerLoading: 'Cargando el corpus…',
  readerLoadError: 'No se pudo cargar el corpus: $1',
  readerDocuments: 'Documentos ($1)',
  readerPassages: '$1 pasajes',
  readerAllDocuments: '← Todos los documentos',
  readerNotFound: 'Documento no encontrado',
  readerNotFoundText: 'El corpus no tiene el documento «$1».',
  readerKind: 'Tipo',
  readerOutlet: 'Medio',
  readerAuthor: 'Autor',
  readerDate: 'Fecha',
  readerVideo: 'Vídeo',
  readerNotStated: 'no indicado',
  readerWatchVideo: 'Ver en YouTube',
  readerPassage: 'Pasaje $1',
  readerLinkToPassage: 'Enlace a este pasaje',
  readerHits: '$1 pasajes con «$2»',
  readerHit: '1 pasaje con «$1»',
  langEnglish: 'Inglés',
  langSpanish: 'Español',
};

const TABLES: Record<UiLang, Record<StringKey, string>> = { en: EN, es: ES };

/** 'es' for any Spanish browser UI (es, es-MX, es-419…), otherwise 'en'. */
export function detectUiLang(lang: string | undefined = globalThis.navigator?.language): UiLang {
  return (lang ?? 'en').toLowerCase().startsWith('es') ? 'es' : 'en';
}

let current: UiLang = detectUiLang();

/** For tests and for a page that knows better (the browser's UI language from `browser.i18n`). */
export function setUiLang(lang: UiLang): void {
  current = lang;
}

export function uiLang(): UiLang {
  return current;
}

/** The string for `key` in the UI language, with `$1`, `$2`… replaced by `subs`. */
export function msg(key: StringKey, ...subs: (string | number)[]): string {
  return TABLES[current][key].replace(/\$(\d)/g, (_, i: string) =>
    String(subs[Number(i) - 1] ?? ''),
  );
}

export const typeLabel = (type: EntityType): string => msg(`type_${type}`);
export const kindLabel = (kind: DocumentKind): string => msg(`kind_${kind}`);
