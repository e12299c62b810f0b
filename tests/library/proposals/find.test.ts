/**
 * What a saved article proposes: the people, groups, institutions, places and laws it names that
 * Frontera does not know, each once with all its spellings, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../lib/library/proposals';
import { article, candidate, known, names } from './support';

describe('finding names in a saved article', () => {
  it.each([
    ['Juan Ramón de la Fuente met reporters in the capital.', 'Juan Ramón de la Fuente'],
    ['The talks were led by Rosa Icela Rodríguez on Monday.', 'Rosa Icela Rodríguez'],
    ['Prosecutors named Nemesio Oseguera Cervantes as the leader.', 'Nemesio Oseguera Cervantes'],
    ['El gobierno acusó a Iván Archivaldo Guzmán de lavado.', 'Iván Archivaldo Guzmán'],
    ['Gunmen of the Gulf Cartel fought for the city.', 'Gulf Cartel'],
    ['Vecinos dicen que el Cártel del Golfo cobra cuotas.', 'Cártel del Golfo'],
    ['The army once fought Los Zetas for the routes.', 'Los Zetas'],
    ['Shelters in Tijuana are almost empty.', 'Tijuana'],
  ])('finds the name in %j', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('reads a nickname inside a name as one of its forms', () => {
    const c = candidate('Joaquín Guzmán', 'A jury convicted Joaquín "El Chapo" Guzmán in 2019.');
    expect(c?.forms).toEqual(['Joaquín Guzmán', 'El Chapo']);
    expect(c?.type).toBe('person');
  });

  it('attaches a nickname after a name, after "alias", and before the name it introduces', () => {
    expect(
      candidate('Ismael Zambada García', 'Ismael Zambada García, "El Mayo", se declaró culpable.')
        ?.forms,
    ).toContain('El Mayo');
    expect(
      candidate(
        'Nemesio Oseguera Cervantes',
        'Buscan a Nemesio Oseguera Cervantes, alias El Mencho, en Jalisco.',
      )?.forms,
    ).toContain('El Mencho');
    expect(
      candidate('Ovidio Guzmán', "Conocido como 'El Ratón', Ovidio Guzmán fue extraditado.")?.forms,
    ).toContain('El Ratón');
  });

  it('proposes a quoted nickname with an article on its own, as a person', () => {
    const found = findCandidates(article('The reward for "El Mencho" was raised again.'), known);
    expect(found.map((c) => [c.name, c.type])).toEqual([['El Mencho', 'person']]);
  });

  it('merges the forms of one name: full name, shorter name, nickname and surname', () => {
    const found = findCandidates(
      article(
        'Ismael "El Mayo" Zambada García pleaded guilty on Monday.',
        'Prosecutors said Ismael Zambada had paid bribes for decades.',
        'The arrest of El Mayo set off a war. Zambada denied it.',
      ),
      known,
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ name: 'Ismael Zambada García', mentions: 4 });
    expect(found[0]?.forms).toEqual(
      expect.arrayContaining(['Ismael Zambada García', 'El Mayo', 'Ismael Zambada', 'Zambada']),
    );
  });

  it('leaves a surname two names share apart', () => {
    const found = findCandidates(
      article(
        'Ovidio Guzmán López and his brother Joaquín Guzmán López surrendered.',
        'A lawyer for Guzmán López declined to comment.',
      ),
      known,
    );
    const ovidio = found.find((c) => c.name === 'Ovidio Guzmán López');
    const joaquin = found.find((c) => c.name === 'Joaquín Guzmán López');
    expect(ovidio?.forms).toEqual(['Ovidio Guzmán López']);
    expect(joaquin?.forms).toEqual(['Joaquín Guzmán López']);
  });

  it.each([
    [
      'the United States-Mexico-Canada Agreement (USMCA) is due for review.',
      'United States-Mexico-Canada Agreement',
      'USMCA',
      'policy',
    ],
    [
      'según la Fiscalía General de la República (FGR), el caso sigue abierto.',
      'Fiscalía General de la República',
      'FGR',
      'organization',
    ],
    [
      'The Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) traced the guns.',
      'Bureau of Alcohol, Tobacco, Firearms and Explosives',
      'ATF',
      'organization',
    ],
    ['El T-MEC (USMCA, por sus siglas en inglés) debe revisarse.', 'T-MEC', 'USMCA', 'policy'],
  ])('reads an acronym with its expansion: %j', (text, name, acronym, type) => {
    const found = findCandidates(article(text), known);
    expect(found.map((c) => c.name)).toEqual([name]);
    expect(found[0]?.forms).toContain(acronym);
    if (name !== 'T-MEC') expect(found[0]?.type).toBe(type);
  });

  it.each([
    ['However, the talks went on.'],
    ['Según los fiscales, hubo sobornos.'],
    ['The talks went on. Yesterday they ended.'],
    ['In July the review begins; by September it ends.'],
    ['El acuerdo se firmó el lunes 3 de Marzo.'],
    ['The President said nothing.'],
    ['El Presidente no respondió.'],
    ['The Secretary declined to comment.'],
    ['The Mexican government denied it.'],
    ['Officials said Mexican troops were sent.'],
    ['Americans and Mexicans share the border.'],
    ['Reporters asked questions. Analysts said it was late.'],
    ['Mexico and the United States met in Washington.'],
    ['México y Estados Unidos acordaron.'],
  ])('proposes nothing in %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it.each([
    ['President Claudia Sheinbaum spoke on Monday.'],
    ['Claudia Sheinbaum Pardo spoke on Monday.'],
    ['la presidenta Sheinbaum habló el lunes.'],
    ['They fought the Sinaloa Cartel for years.'],
    ['Security chief Omar Harfuch said so.'],
    ['Trump threatened tariffs.'],
  ])('never proposes a name known under another spelling: %j', (text) => {
    expect(names(text)).toEqual([]);
  });

  it('skips the text of known mentions and strips the title beside one', () => {
    expect(names('Ambassador [Ronald Johnson] met [Marcelo Ebrard].')).toEqual([]);
    expect(names('FBI Director Kash Patel met Secretary of State Marco Rubio.')).toEqual([
      'FBI',
      'Kash Patel',
      'Marco Rubio',
    ]);
  });

  it('reads an institution that holds a known name whole', () => {
    expect(names('exrector de la Universidad Autónoma de [Sinaloa], dijo.')).toEqual([
      'Universidad Autónoma de Sinaloa',
    ]);
  });

  it('proposes a word that opens a sentence only when the article also writes it elsewhere', () => {
    expect(names('Reynosa vivió otra jornada de violencia.')).toEqual([]);
    expect(names('Reynosa vivió otra jornada.', 'Los vecinos de Reynosa no salen.')).toEqual([
      'Reynosa',
    ]);
  });

  it('reads the first word after a line break as a sentence opener (a headline joined to its lede)', () => {
    expect(
      names(
        'Charges are expected within months\nPeople close to the case said Ulises Bastidas Orozco would be charged.',
      ),
    ).toEqual(['Ulises Bastidas Orozco']);
  });

  it('reads nothing in a headline in title case', () => {
    expect(names('Violence Flares in Tamaulipas as Gulf Cartel Factions Clash')).toEqual([]);
  });

  it.each([
    ['El Cártel del Noreste domina la ciudad.', 'Cártel del Noreste', 'criminal-group'],
    ['La Ley de Seguridad Nacional lo permite.', 'Ley de Seguridad Nacional', 'policy'],
    ['The Fentanyl Sanctions Act gives new powers.', 'Fentanyl Sanctions Act', 'policy'],
    ['La Secretaría de Marina informó el domingo.', 'Secretaría de Marina', 'organization'],
    ['The Treasury Department barred the banks.', 'Treasury Department', 'organization'],
    ['Factories in Ciudad Juárez build cars.', 'Ciudad Juárez', 'place'],
    ['The shelters in Tijuana are empty.', 'Tijuana', 'place'],
    ['Lawmakers questioned Ronald Johnson on Tuesday.', 'Ronald Johnson', 'person'],
  ])('proposes a type from cues: %j', (text, name, type) => {
    expect(candidate(name, text)?.type).toBe(type);
  });

  it('counts mentions and those in a passage that names a known name', () => {
    const c = candidate(
      'Rubén Rocha Moya',
      'Rubén Rocha Moya met [Sheinbaum] in the capital.',
      'Rocha Moya denied any ties.',
    );
    expect(c).toMatchObject({ mentions: 2, besideKnown: 1, key: 'ruben rocha moya' });
  });

  it('reads nothing in capitals that are not acronyms: a headline, a dateline, a shouted word', () => {
    expect(names('MEXICO CITY — TROOPS ON MEXICAN SOIL AND A NEW DEAL.')).toEqual([]);
    expect(names('AUSTIN — The governor spoke.')).toEqual([]);
    expect(names('CULIACÁN (Wire) — La policía llegó.')).toEqual(['Wire']);
  });

  it('never proposes a misspelling of a known name', () => {
    expect(
      names('Claudia Sheinbuam said so.', 'Then Sheimbaum left. The Cártel de Sinalao denied it.'),
    ).toEqual([]);
  });

  it('keeps a known name and the place beside it apart', () => {
    expect(names('Detuvieron a una célula del [Cártel de Sinaloa] en Culiacán.')).toEqual([
      'Culiacán',
    ]);
  });

  it('does not fold a place into a name that begins with it, nor offer a known alias as a form', () => {
    const found = findCandidates(
      article(
        'Troops of the Texas National Guard arrived in Texas.',
        'La Guardia Nacional de Texas llegó.',
      ),
      known,
    );
    expect(found.map((c) => c.name).sort()).toEqual([
      'Guardia Nacional de Texas',
      'Texas',
      'Texas National Guard',
    ]);
    expect(found.find((c) => c.name === 'Guardia Nacional de Texas')?.forms).toEqual([
      'Guardia Nacional de Texas',
    ]);
  });
});
