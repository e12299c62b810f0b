/**
 * The reader's own names. An alias another name already answers to, without a context rule
 * to tell them apart, is refused, as the corpus validation refuses it
 * (lib/corpus/validate.ts checkAliasCollisions): the matcher could not know which one a page
 * means.
 */
import { ENTITY_TYPES, type EntityType } from '../corpus/types';
import { fold } from '../text';
import { recountPack } from './contents';
import { aliasKeysOf, type LibraryDb, type StoredName } from './db';
import { READER_NAME_PREFIX } from './ids';
import { keepValid, packsSwitchedOff } from './records';
import { LibraryError, type ReaderName } from './types';

export interface NameInput {
  name: string;
  type: EntityType;
  aliases?: readonly string[];
  note?: string | null;
}

/** An alias the matcher knows already. */
export interface KnownAlias {
  text: string;
  entityId: string;
  context?: unknown;
}

export const MAX_NAME_CHARS = 80;
export const MAX_NOTE_CHARS = 1000;

/** What the add-name form proposes for a selection: it as written, and without its accents. */
export function proposeAliases(selection: string): string[] {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const bare = text.normalize('NFD').replace(/\p{Mn}/gu, '');
  return bare === text ? [text] : [text, bare];
}

function slug(text: string): string {
  return (
    fold(text)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'name'
  );
}

function validated(input: NameInput): { name: string; aliases: string[]; note: string | null } {
  const name = input.name.replace(/\s+/g, ' ').trim();
  if (!name) throw new LibraryError('invalid-name', 'A name needs some text.', ['empty']);
  if (name.length > MAX_NAME_CHARS) {
    throw new LibraryError('invalid-name', `A name is at most ${MAX_NAME_CHARS} characters.`, [
      'name-too-long',
      String(MAX_NAME_CHARS),
    ]);
  }
  if (!(ENTITY_TYPES as readonly string[]).includes(input.type)) {
    throw new LibraryError('invalid-name', `“${input.type}” is not a type of name.`, [
      'bad-type',
      input.type,
    ]);
  }
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE_CHARS) {
    throw new LibraryError('invalid-name', `A note is at most ${MAX_NOTE_CHARS} characters.`, [
      'note-too-long',
      String(MAX_NOTE_CHARS),
    ]);
  }
  const aliases = [name, ...(input.aliases ?? [])]
    .map((a) => a.replace(/\s+/g, ' ').trim())
    .filter((a, i, all) => a !== '' && all.findIndex((b) => fold(b) === fold(a)) === i);
  for (const alias of aliases) {
    if ((fold(alias).match(/[a-z0-9]/g) ?? []).length < 2) {
      throw new LibraryError('invalid-name', `“${alias}” is too short to find on a page.`, [
        'too-short',
        alias,
      ]);
    }
  }
  return { name, aliases, note };
}

/** The first alias of `aliases` that `known` already claims without a context, and by whom. */
export function clashOf(
  aliases: readonly string[],
  known: readonly KnownAlias[],
): { alias: string; entityId: string } | null {
  const defaults = new Map<string, string>();
  for (const k of known) if (!k.context) defaults.set(fold(k.text).trim(), k.entityId);
  for (const alias of aliases) {
    const owner = defaults.get(fold(alias).trim());
    if (owner) return { alias, entityId: owner };
  }
  return null;
}

export async function addName(
  db: LibraryDb,
  input: NameInput,
  known: readonly KnownAlias[],
  nameOf: (entityId: string) => string = (id) => id,
  now: () => Date = () => new Date(),
): Promise<ReaderName> {
  const { name, aliases, note } = validated(input);
  const clash = clashOf(aliases, known);
  if (clash) {
    const owner = nameOf(clash.entityId);
    throw new LibraryError(
      'alias-clash',
      `“${clash.alias}” already names ${owner} in Frontera. Use a longer or different name.`,
      [clash.alias, owner],
    );
  }
  return db.transaction('rw', db.names, async () => {
    const keys = aliasKeysOf({ name, aliases: aliases.map((text) => ({ text })) });
    // Another tab may have added the same alias since `known` was read.
    const taken = await db.names.where('aliasKeys').anyOf(keys).first();
    if (taken) {
      throw new LibraryError('alias-clash', `“${taken.name}” is already one of your names.`, [
        taken.name,
      ]);
    }
    let id = `${READER_NAME_PREFIX}${slug(name)}`;
    for (let n = 2; await db.names.get(id); n++) id = `${READER_NAME_PREFIX}${slug(name)}-${n}`;
    const at = now().toISOString();
    const record: StoredName = {
      id,
      name,
      type: input.type,
      aliases: aliases.slice(1).map((text) => ({ text })),
      note,
      createdAt: at,
      updatedAt: at,
      origin: null,
      aliasKeys: keys,
    };
    await db.names.add(record);
    return withoutKeys(record);
  });
}

function withoutKeys({ aliasKeys: _keys, ...name }: StoredName): ReaderName {
  return name;
}

/** The names in use: the reader's, and those of packs that are switched on. */
export async function namesInUse(db: LibraryDb): Promise<ReaderName[]> {
  const off = await packsSwitchedOff(db);
  return keepValid('names', await db.names.toArray()).filter(
    (n) => n.origin === null || !off.has(n.origin),
  );
}

/** Removes a name; a pack's name also leaves that pack's count, in the same step. */
export async function removeName(db: LibraryDb, id: string): Promise<void> {
  await db.transaction('rw', [db.articles, db.names, db.packs], async () => {
    const origin = (await db.names.get(id))?.origin;
    await db.names.delete(id);
    if (typeof origin === 'string') await recountPack(db, origin);
  });
}

export async function updateNote(db: LibraryDb, id: string, note: string | null): Promise<void> {
  const text = note?.trim() || null;
  if (text && text.length > MAX_NOTE_CHARS) {
    throw new LibraryError('invalid-name', `A note is at most ${MAX_NOTE_CHARS} characters.`);
  }
  const changed = await db.names.update(id, { note: text, updatedAt: new Date().toISOString() });
  if (!changed) throw new LibraryError('not-found', 'That name is no longer in your library.');
}
