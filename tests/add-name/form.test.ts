/**
 * The add-name form as data: the context menu's address carries the selection to the form, and
 * the request sent is what the reader typed, tidied the way the library reads it.
 */
import { describe, expect, it } from 'vitest';
import { addNamePageUrl } from '../../lib/background/context-menu';
import { MAX_NAME_CHARS } from '../../lib/library/names';
import {
  addNamePath,
  hasPrefilledAliases,
  initialForm,
  MAX_PREFILLED_ALIASES,
  requestOf,
} from '../../lib/ui/add-name/form';

const opened = (selection: string) => initialForm(new URL(addNamePageUrl(selection), 'x:/').search);

describe('the form the context menu opens', () => {
  it.each([
    ['Talvoren Quiscamba', 'Talvoren Quiscamba', ['Talvoren Quiscamba']],
    [' Ovidio\n Guzmán ', 'Ovidio Guzmán', ['Ovidio Guzmán', 'Ovidio Guzman']],
    [
      'Cártel del Golfo & co? #1',
      'Cártel del Golfo & co? #1',
      ['Cártel del Golfo & co? #1', 'Cartel del Golfo & co? #1'],
    ],
  ])('selection %j → name %j, spellings %j', (selection, name, aliases) => {
    const form = opened(selection);
    expect(form.name).toBe(name);
    expect(form.aliases.split('\n')).toEqual(aliases);
    expect(form.note).toBe('');
  });

  it('keeps a long selection to the longest name the library takes', () => {
    expect(opened('word '.repeat(40)).name.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
  });

  it('is empty when opened without a selection', () => {
    expect(initialForm('')).toEqual({ name: '', type: 'person', aliases: '', note: '' });
  });
});

describe('the request it sends', () => {
  it('drops blank lines and repeats of the name (accents and case do not matter)', () => {
    expect(
      requestOf({
        name: ' Ovidio  Guzmán ',
        type: 'person',
        aliases: 'Ovidio Guzmán\nOVIDIO GUZMAN\n\n El Ratón \nel raton\nOvidio G.',
        note: '  ',
      }),
    ).toEqual({
      name: 'Ovidio Guzmán',
      type: 'person',
      aliases: ['El Ratón', 'Ovidio G.'],
      note: null,
    });
  });

  it.each([
    [{ name: '   ' }, { field: 'name', problem: 'empty' }],
    [{ name: 'X.' }, { field: 'name', problem: 'too-short', text: 'X.' }],
    [{ aliases: 'Z' }, { field: 'aliases', problem: 'too-short', text: 'Z' }],
  ])('%j is a problem to fix first: %j', (patch, problem) => {
    expect(requestOf({ name: 'Talvoren', type: 'place', aliases: '', note: '', ...patch })).toEqual(
      problem,
    );
  });
});

describe("the form a proposed name's Add opens", () => {
  const fromProposal = (p: Parameters<typeof addNamePath>[0]) =>
    initialForm(new URL(addNamePath(p), 'x:/').search);

  it('is filled in with the name, its merged spellings and the proposed type', () => {
    const form = fromProposal({
      name: 'Ovidio Guzmán López',
      forms: ['Ovidio Guzmán López', 'Ovidio Guzmán', 'El Ratón'],
      type: 'person',
    });
    expect(form.name).toBe('Ovidio Guzmán López');
    expect(form.type).toBe('person');
    expect(form.aliases.split('\n')).toEqual([
      'Ovidio Guzmán López',
      'Ovidio Guzman Lopez',
      'Ovidio Guzmán',
      'El Ratón',
    ]);
    expect(
      hasPrefilledAliases(
        new URL(addNamePath({ name: 'A B', forms: ['A B', 'C D'], type: 'place' }), 'x:/').search,
      ),
    ).toBe(true);
  });

  it('takes a group type as proposed', () => {
    expect(
      fromProposal({ name: 'Los Zetas', forms: ['Los Zetas'], type: 'criminal-group' }).type,
    ).toBe('criminal-group');
  });

  it.each([
    ['an unknown type', '?text=Los%20Zetas&type=celebrity', 'person'],
    ['no type', '?text=Los%20Zetas', 'person'],
  ])('falls back to a person for %s', (_what, search, type) => {
    expect(initialForm(search).type).toBe(type);
  });

  it('keeps each spelling to a name’s length and at most twenty of them', () => {
    const many = Array.from({ length: 40 }, (_, i) => `Spelling ${i} ${'x'.repeat(100)}`);
    const form = initialForm(
      `?${new URLSearchParams({ text: 'Los Zetas', aliases: many.join('\n') })}`,
    );
    const lines = form.aliases.split('\n');
    expect(lines.length).toBeLessThanOrEqual(1 + MAX_PREFILLED_ALIASES);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
  });
});
