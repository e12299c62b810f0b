/**
 * The real saved pages bench:real runs on, copied by `npm run pages:fetch` from two public test
 * corpora (postlight/parser fixtures, mozilla/readability test pages) into the git-ignored
 * bench-pages/ folder. Third-party pages: never committed, only this list is.
 *
 * Every page is served under a news address Frontera runs on by default (lib/sites/news-domains):
 * the outlet's own host where it is one of them, else www.nytimes.com. None of these stories is
 * about US–Mexico security: they are the off-topic pages. The planted copies add one on-topic
 * paragraph inside the article body (scripts/fetch-real-pages.ts).
 */

export const MIRRORS = {
  'postlight/parser': '/work/.mirror/postlight+parser/repo',
  'mozilla/readability': '/work/.mirror/mozilla+readability/repo',
} as const;

export type MirrorRepo = keyof typeof MIRRORS;

export interface RealPage {
  /** File name in bench-pages/ without .html. */
  name: string;
  repo: MirrorRepo;
  /** Path in the repository (read at HEAD). */
  path: string;
  lang: 'en' | 'es' | 'fr' | 'pt';
  /** Host it is served under. */
  host: string;
  /** Which planted paragraph (index into PLANTS) a planted copy gets, if any. */
  plant?: number;
}

const P = (
  name: string,
  host: string,
  lang: RealPage['lang'] = 'en',
  plant?: number,
): RealPage => ({
  name: `pl-${name}`,
  repo: 'postlight/parser',
  path: `fixtures/${name}.html`,
  lang,
  host,
  plant,
});
const R = (
  name: string,
  host: string,
  lang: RealPage['lang'] = 'en',
  plant?: number,
): RealPage => ({
  name: `rd-${name}`,
  repo: 'mozilla/readability',
  path: `test/test-pages/${name}/source.html`,
  lang,
  host,
  plant,
});

const NYT = 'www.nytimes.com';

export const REAL_PAGES: RealPage[] = [
  // Spanish
  R('la-nacion', NYT, 'es', 3),
  R('nytimes-5', NYT, 'es'),
  R('cnet-svg-classes', NYT, 'es', 4),
  // English news, mozilla/readability
  R('bbc-1', 'www.bbc.com', 'en', 0),
  R('guardian-1', 'www.theguardian.com'),
  R('nytimes-1', NYT, 'en', 1),
  R('nytimes-2', NYT),
  R('nytimes-3', NYT),
  R('wapo-1', 'www.washingtonpost.com', 'en', 2),
  R('wapo-2', 'www.washingtonpost.com'),
  R('cnn', 'www.cnn.com', 'en', 0),
  R('msn', NYT),
  R('seattletimes-1', NYT),
  R('herald-sun-1', NYT),
  R('telegraph', NYT),
  R('breitbart', NYT),
  R('buzzfeed-1', NYT),
  R('salon-1', NYT),
  // English news, postlight/parser
  P('www.nytimes.com', NYT, 'en', 1),
  P('www.nytimes.com--recent', NYT),
  P('www.washingtonpost.com', 'www.washingtonpost.com'),
  P('www.cnn.com', 'www.cnn.com'),
  P('www.theguardian.com', 'www.theguardian.com'),
  P('www.npr.org', 'www.npr.org', 'en', 2),
  P('www.latimes.com', 'www.latimes.com', 'en', 0),
  P('www.politico.com', 'www.politico.com'),
  P('www.reuters.com', 'www.reuters.com', 'en', 1),
  P('www.bloomberg.com--news', 'www.bloomberg.com'),
  P('www.yahoo.com', NYT),
  P('www.nbcnews.com', 'www.nbcnews.com'),
  P('www.cbc.ca', NYT),
  P('abcnews.go.com', 'abcnews.go.com'),
  P('sandiegouniontribune.com', 'www.sandiegouniontribune.com'),
  P('www.miamiherald.com', NYT),
  P('www.chicagotribune.com', NYT),
  P('www.nydailynews.com', NYT),
  P('www.huffingtonpost.com', NYT),
  P('www.theatlantic.com', NYT),
  // Other kinds of page and languages
  R('medium-1', NYT),
  R('wikipedia', NYT),
  R('lemonde-1', NYT, 'fr'),
  R('folha', NYT, 'pt'),
];

export interface Plant {
  lang: 'en' | 'es';
  text: string;
  /** What `npm run cli -- annotate` finds in the text (corpus/entities ids). */
  entities: string[];
}

export const PLANTS: Plant[] = [
  {
    lang: 'en',
    text: 'Mexican President Claudia Sheinbaum said the Sinaloa Cartel had been weakened after the extradition of its leaders, and Omar García Harfuch credited the Mérida Initiative.',
    entities: [
      'claudia-sheinbaum',
      'sinaloa-cartel',
      'extradition',
      'omar-garcia-harfuch',
      'merida-initiative',
    ],
  },
  {
    lang: 'en',
    text: 'Officials in Washington said fentanyl trafficked by the Jalisco New Generation Cartel had driven the overdose crisis, and the Drug Enforcement Administration pointed to Ciudad Juárez as a crossing point.',
    entities: ['fentanyl', 'cjng', 'dea'],
  },
  {
    lang: 'en',
    text: 'Prosecutors in the case of Rafael Caro Quintero, accused in the 1985 killing of DEA agent Enrique Camarena, said the US Border Patrol had seen smuggling rise along the US–Mexico border.',
    entities: [
      'rafael-caro-quintero',
      'dea',
      'enrique-camarena',
      'us-border-patrol',
      'us-mexico-border',
    ],
  },
  {
    lang: 'es',
    text: 'La presidenta Claudia Sheinbaum afirmó que el Cártel de Sinaloa se ha debilitado tras la extradición de sus líderes, y Omar García Harfuch atribuyó el avance a la Iniciativa Mérida.',
    entities: [
      'claudia-sheinbaum',
      'sinaloa-cartel',
      'extradition',
      'omar-garcia-harfuch',
      'merida-initiative',
    ],
  },
  {
    lang: 'es',
    text: 'Autoridades de Washington dijeron que el fentanilo traficado por el Cártel Jalisco Nueva Generación agravó la crisis de sobredosis, y la DEA señaló a Ciudad Juárez como punto de cruce.',
    entities: ['fentanyl', 'cjng', 'dea'],
  },
];

/** The entries of bench-pages/manifest.json. */
export interface ManifestEntry {
  name: string;
  file: string;
  source: { repo: MirrorRepo; path: string; commit: string };
  lang: RealPage['lang'];
  host: string;
  offTopic: boolean;
  planted: boolean;
  /** For planted copies: the page it was made from, the paragraph and its expected entity ids. */
  plantedFrom?: string;
  plantedText?: string;
  expectedEntities?: string[];
  /** How the paragraph was placed (after which paragraph). */
  plantedAfter?: string;
}
