/**
 * The words that decide what a capitalised run of words is, English and Spanish, folded (lib/text's
 * `fold`: no accents, lower case). Hand lists rather than an NLP library: `compromise` was measured
 * on these articles (see the commit that added this folder) and neither reads Spanish nor splits
 * "Secretary of State Marco Rubio" into a title and a name; the lists below are what a reporter's
 * prose needs, and small enough to read.
 */

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/**
 * Words that begin a sentence with a capital only because they begin it: dropped from the start
 * of a run that opens a sentence ("However", "Según", "The").
 */
export const SENTENCE_STARTERS = set(`
  the a an however but and or so yet for nor this that these those there here it its he she they we
  i you his her their our my your in on at after before since when while during despite although
  though if once unlike with without under over about like as by from into of to up also some many
  most several both each every all more no not only even then now still today yesterday tomorrow
  last next according among between because unless until where whether which who what how why
  meanwhile instead later earlier elsewhere other another such one two three four five few
  el la los las lo un una unos unas al del de en con sin por para segun desde hasta tras durante
  entre hacia sobre ante bajo contra pero aunque mientras cuando donde como si ya hoy ayer manana
  este esta estos estas ese esa esos esas aquel su sus nuestro nuestra tambien sin embargo ademas
  luego despues antes otro otra otros otras cada todos todas varios varias muchos muchas algunos
  algunas ambos hace mas menos solo incluso asi pues
`);

/** Articles a name may carry in front ("Los Zetas", "El Mayo", "the Gulf Cartel"). */
export const ARTICLES = set('the el la los las');

/** Connect capitalised words inside one name: "Juan Ramón de la Fuente", "Cártel del Golfo". */
export const PARTICLES = set('de del la las los of');

/**
 * Connect words only inside an institution's or a law's name ("Secretaría de Seguridad y
 * Protección Ciudadana", "Ley General en Materia de…"): between two people they are a list.
 */
export const INSTITUTION_CONNECTORS = set('y e and en in for on entre para contra against the');

export const ENGLISH_MONTHS_AND_DAYS = set(`
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday
`);

export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([
  ...ENGLISH_MONTHS_AND_DAYS,
  ...set(`
    enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
    diciembre lunes martes miercoles jueves viernes sabado domingo
  `),
]);

/** Titles before a person's name: stripped ("President Claudia Sheinbaum"); alone, never a name. */
export const TITLES = set(`
  president presidenta presidente secretary secretario secretaria minister ministro ministra
  governor gobernador gobernadora senator senador senadora ambassador embajador embajadora judge
  juez jueza attorney fiscal general gen director directora chancellor canciller mayor alcalde
  alcaldesa commander comandante representative rep sen mr mrs ms dr don dona sr sra lic ing
  lawmaker diputado diputada congressman congresswoman sheriff agent officer chief deputy former
  exgobernador exsecretario expresidente vice vicepresidente vicepresidenta spokesman spokeswoman
  vocero vocera capo lord captain capitan colonel coronel lieutenant teniente admiral almirante
  bishop obispo pope papa king rey queen reina prince principe
`);

/**
 * Words that qualify a title ("Economy Secretary", "Secretary of State", "Homeland Security"):
 * dropped with it. Alone, or as a whole run, they are common words, never a name.
 */
export const TITLE_QUALIFIERS = set(`
  state estado homeland security seguridad defense defence defensa justice justicia economy
  economia commerce comercio trade interior foreign exterior exteriores affairs relaciones
  treasury hacienda us u.s usa national nacional federal finance finanzas public publica publico
  health salud energy energia agriculture agricultura labor trabajo education educacion navy
  marina army ejercito gobernacion special senior acting interim top
`);

/**
 * Nouns that begin or end the name of a group, an institution or a law, and alone name nothing
 * in particular ("the Navy", "el Senado", "Cartel"): a run of only these is never a name.
 */
export const GENERIC_NAMES = set(`
  cartel cartels cartel carteles government gobierno congress congreso senate senado house camara
  court corte tribunal navy marina army ejercito military militares police policia guard guardia
  cabinet gabinete department departamento secretariat secretaria ministry office oficina agency
  agencia administration administracion party partido republic republica state estado states
  estados city ciudad county condado embassy embajada consulate consulado treasury hacienda
  prosecutor prosecutors fiscalia fiscalias justice justicia economy economia security seguridad
  defense defensa federation federacion nation nacion union union university universidad
  supreme suprema law ley act agreement acuerdo treaty tratado plan initiative iniciativa
  program programa strategy estrategia reform reforma order orden north south east west norte sur
  este oeste northern southern border frontera marines marinos capital republicans democrats
  republican democrat god dios internet tv ok ceo marine interstate highway
`);

/** Names of people, places or groups formed from places: never a name of their own. */
export const DEMONYMS = set(`
  mexican mexicans mexicano mexicana mexicanos mexicanas american americans americano americana
  americanos americanas estadounidense estadounidenses norteamericano norteamericana
  norteamericanos canadian canadians canadiense canadienses chinese chino china chinos chinas
  colombian colombians colombiano colombiana colombianos guatemalan guatemalans guatemalteco
  salvadoran salvadorans salvadoreno honduran hondurans hondureno venezuelan venezuelans
  venezolano venezolanos cuban cubans cubano cubanos texan texans sinaloan sinaloans sinaloense
  sinaloenses tamaulipeco jalisciense latino latina latinos latinas hispanic hispanics european
  europeans europeo asian asians asiatico russian russians ruso rusos indian indians
  spanish espanol espanola english ingles
`);

/**
 * The beat's own setting: Mexico, the United States and their capitals named for their
 * governments. Every article names them; proposing them would highlight half of every line.
 */
export const SETTING: ReadonlySet<string> = new Set([
  'mexico',
  'us',
  'u.s',
  'u.s.',
  'usa',
  'eeuu',
  'ee.uu',
  'ee.uu.',
  'ee. uu',
  'ee. uu.',
  'america',
  'estados unidos',
  'united states',
  'washington',
  'cdmx',
]);

/** Acronyms that are not names a reader would look up (or are the setting). */
export const COMMON_ACRONYMS = set(`
  us usa u.s eeuu eu uu ee ok tv ceo cfo am pm ad bc dc gps dna adn id pdf faq usd mxn km kg
  ap afp efe ii iii iv
`);

/** Cue words, folded, and the type they suggest. A run is typed by its strongest cue. */
export const GROUP_CUES = set(
  'cartel cartels carteles organization organizacion familia clan gang pandilla',
);
export const POLICY_CUES = set(`
  agreement acuerdo act ley law treaty tratado initiative iniciativa plan strategy estrategia
  reform reforma code codigo decree decreto order orden program programa protocol protocolo
  amendment enmienda bill
`);
export const INSTITUTION_CUES = set(`
  secretaria secretariat department departamento fiscalia bureau office oficina agency agencia
  administration administracion ministry ministerio navy marina army ejercito guard guardia court
  corte tribunal senate senado congress congreso party partido commission comision institute
  instituto university universidad council consejo service servicio police policia customs
  protection patrol command comando embassy embajada consulate consulado gabinete cabinet bank
  banco network red foundation fundacion center centro centre committee comite house camara
  movement movimiento association asociacion
`);
export const PLACE_CUES = set(`
  city ciudad county condado river rio valley valle sierra port puerto bay bahia island isla
  mountains montes lake lago state county municipality municipio colonia neighborhood barrio
  nuevo nueva baja san santa santo palacio palace islands island islas
`);

/** Words before a single name that place it: "in Culiacán", "en Tamaulipas", "from Texas". */
export const PLACE_PREPOSITIONS = set('in en near desde hacia');

/** What introduces a nickname: 'known as "El Mencho"', "alias El Mencho", 'conocido como'. */
export const NICKNAME_INTRODUCERS = [
  'known as',
  'better known as',
  'also known as',
  'nicknamed',
  'alias',
  'aka',
  'conocido como',
  'conocida como',
  'apodado',
  'apodada',
  'mejor conocido como',
  'alias de',
];

/**
 * The beat's place words across its two languages, for the one pattern that names the same thing
 * both ways ("Gulf Cartel" = "Cártel del Golfo", "Mexico City" = "Ciudad de México").
 */
export const CROSS_LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  golfo: 'gulf',
  noreste: 'northeast',
  noroeste: 'northwest',
  pacifico: 'pacific',
  norte: 'north',
  sur: 'south',
  mexico: 'mexico',
  'nueva generacion': 'new generation',
};
