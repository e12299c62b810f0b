/**
 * The add-name form as data: what it proposes for a selection, and what it asks the background
 * once the reader submits. Checks the library would refuse anyway (no name, a spelling too short
 * to find) are made here first, so the reader is told in their language and next to the field.
 */
import { ENTITY_TYPES, type EntityType } from '../../corpus/types';
import { MAX_NAME_CHARS, MAX_NOTE_CHARS, proposeAliases } from '../../library/names';
import type { NameRequest } from '../../messages';
import { fold } from '../../text';

export interface NameForm {
  name: string;
  type: EntityType;
  /** Other spellings, one per line, as the reader typed them. */
  aliases: string;
  note: string;
}

/** A field the reader must fix, and the words that say why. */
export type FormProblem =
  | { field: 'name'; problem: 'empty' }
  | { field: 'name' | 'aliases'; problem: 'too-short'; text: string };

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The spellings proposed for `name` (it as written, and without its accents), one per line. */
export function proposedAliases(name: string): string {
  return proposeAliases(name).join('\n');
}

/** A proposed name's other spellings the form takes from its address, at most. */
export const MAX_PREFILLED_ALIASES = 20;

/**
 * The form for a page opened as `?text=<selection>` (the context menu), or as
 * `?text=<name>&aliases=<spellings, one per line>&type=<type>` (a proposed name's Add): the name,
 * its spellings (each kept to a name's length, repeats dropped) and its type when it is one.
 * Everything in the address is only a proposal: the reader edits it before it is sent.
 */
export function initialForm(search: string): NameForm {
  const params = new URLSearchParams(search);
  const selection = clean(params.get('text') ?? '').slice(0, MAX_NAME_CHARS);
  const asked = params.get('type');
  const type = (ENTITY_TYPES as readonly string[]).includes(asked ?? '')
    ? (asked as EntityType)
    : 'person';
  const given = (params.get('aliases') ?? '')
    .split('\n')
    .map((a) => clean(a).slice(0, MAX_NAME_CHARS))
    .filter((a) => a !== '')
    .slice(0, MAX_PREFILLED_ALIASES);
  // Exact repeats only: the name's accent-less form is a spelling of its own on purpose.
  const aliases = [...new Set([...proposeAliases(selection), ...given])];
  return { name: selection, type, aliases: aliases.join('\n'), note: '' };
}

/** True when the address brought its own spellings (they are not redone as the name is edited). */
export function hasPrefilledAliases(search: string): boolean {
  return (new URLSearchParams(search).get('aliases') ?? '').trim() !== '';
}

/** The add-name page's address for a proposed name: the form opens filled in, editable. */
export function addNamePath(proposal: {
  name: string;
  forms: readonly string[];
  type: EntityType;
}): string {
  const name = clean(proposal.name).slice(0, MAX_NAME_CHARS);
  const others = proposal.forms
    .map(clean)
    .filter((f) => f !== '' && fold(f) !== fold(name))
    .slice(0, MAX_PREFILLED_ALIASES);
  const params = new URLSearchParams({ text: name, type: proposal.type });
  if (others.length > 0) params.set('aliases', others.join('\n'));
  return `/add-name.html?${params.toString()}`;
}

/** A blank form for "Add another", keeping the type the reader chose last. */
export function blankForm(type: EntityType): NameForm {
  return { name: '', type, aliases: '', note: '' };
}

/** The spellings of the aliases box: one per line, blanks and repeats of the name dropped. */
export function aliasLines(form: Pick<NameForm, 'name' | 'aliases'>): string[] {
  const seen = new Set([fold(clean(form.name))]);
  const out: string[] = [];
  for (const line of form.aliases.split('\n').map(clean)) {
    const key = fold(line);
    if (line === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(line);
  }
  return out;
}

/** As lib/library/names.ts: a spelling needs two letters or digits to be found on a page. */
const tooShort = (text: string) => (fold(text).match(/[a-z0-9]/g) ?? []).length < 2;

/** The request to send, or the first problem the reader must fix first. */
export function requestOf(form: NameForm): NameRequest | FormProblem {
  const name = clean(form.name);
  if (!name) return { field: 'name', problem: 'empty' };
  if (tooShort(name)) return { field: 'name', problem: 'too-short', text: name };
  const aliases = aliasLines(form);
  const short = aliases.find(tooShort);
  if (short !== undefined) return { field: 'aliases', problem: 'too-short', text: short };
  const note = form.note.trim().slice(0, MAX_NOTE_CHARS);
  return { name, type: form.type, aliases, note: note || null };
}

export function isProblem(value: NameRequest | FormProblem): value is FormProblem {
  return 'problem' in value;
}
