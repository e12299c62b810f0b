/**
 * What an import will do, for the dialog that asks before it happens: which articles and names it
 * adds, which it updates (only a pack's own, imported again), which it leaves out because the
 * library already has them as the reader's or another pack's, and which aliases clash with a name
 * Frontera already knows. A file never replaces or takes over a record it did not bring: the
 * reader's article keeps its passages, title and origin, so removing the pack later cannot delete
 * it. Pure: the caller reads the library once and passes what is needed; the import
 * itself is one transaction elsewhere.
 *
 * A clash is the corpus validation's notion (lib/corpus/validate.ts checkAliasCollisions): two
 * names claim the same alias, compared folded (accents, case, curly quotes), and neither claim has
 * a `context` rule to tell them apart.
 */
import { entityAliases } from '../corpus/aliases';
import type { AliasContext, AliasSpec } from '../corpus/types';
import { fold } from '../text';
import type { PackFile } from './pack';
import type { Origin, PackRecord, ReaderName, SavedArticle } from './types';

export interface ExistingLibrary {
  /** The saved articles' ids, each with whose it is: null for the reader's own, else a pack's id. */
  articles: ReadonlyMap<string, Origin>;
  /** The reader's names as stored (ReaderName fits): the name is an alias too. */
  names: readonly Pick<ReaderName, 'id' | 'name' | 'aliases' | 'origin'>[];
  /** The bundled corpus's aliases, e.g. scan.json's `aliases` (name included). */
  bundledAliases: readonly { text: string; entityId: string; context?: AliasContext }[];
  /** Packs already imported: id → title. */
  packs: ReadonlyMap<string, string>;
}

export interface AliasClash {
  /** The alias as the pack writes it. */
  alias: string;
  /** The pack's name that claims it: display name and id. */
  name: string;
  nameId: string;
  /** The entity (bundled id, or a reader name's id) that already claims it. */
  withEntity: string;
  /** True when `withEntity` is a bundled entity (a checked name), false for a reader's name. */
  bundled: boolean;
}

/**
 * A record of the file left out because the library already has one of that id that the file may
 * not replace: the reader's own (`owner` null), or another pack's (`owner` its id, `ownerTitle`
 * its title). The library's record stays exactly as it is.
 */
export interface Kept {
  owner: Origin;
  ownerTitle: string | null;
}
export type KeptArticle = SavedArticle & Kept;
export type KeptName = ReaderName & Kept;
export type KeptPack = PackRecord & Kept;

export interface ImportPlan {
  addArticles: SavedArticle[];
  /** This pack's own articles from its earlier import: the new version replaces them. */
  updateArticles: SavedArticle[];
  /** Articles the library already has as the reader's or another pack's: left out of the import. */
  keptArticles: KeptArticle[];
  addNames: ReaderName[];
  /** This pack's own names from its earlier import: replaced. */
  updateNames: ReaderName[];
  /** Names the library already has as the reader's or another pack's: left out. */
  keptNames: KeptName[];
  /** A library file's packs that the library already has: kept as they are, with their records. */
  keptPacks: KeptPack[];
  clashes: AliasClash[];
  /** A 'pack' file whose id is already imported: importing again updates that pack. */
  alreadyImported: boolean;
}

/** The key aliases are compared by, as the corpus validation compares them. */
export const aliasKey = (text: string): string => fold(text).trim();

interface Claim {
  entityId: string;
  bundled: boolean;
  hasContext: boolean;
}

function claimsOf(
  names: readonly Pick<ReaderName, 'id' | 'name' | 'aliases'>[],
): [string, AliasSpec][] {
  return names.flatMap((n) => entityAliases(n).map((a): [string, AliasSpec] => [n.id, a]));
}

/**
 * Who an imported record belongs to once written: a 'pack' file's records all belong to the pack,
 * a 'library' file's keep the origin they were exported with.
 */
export const ownerOf = (pack: PackFile, record: { origin: Origin }): Origin =>
  pack.kind === 'pack' ? pack.id : record.origin;

export function planImport(pack: PackFile, existing: ExistingLibrary): ImportPlan {
  const alreadyImported = pack.kind === 'pack' && existing.packs.has(pack.id);
  // Only the pack's own earlier version may be replaced (importing it again removes it first);
  // anything else in the library, the reader's above all, is kept and the file's copy left out.
  const replaceable = (owner: Origin | undefined) => alreadyImported && owner === pack.id;
  const keptBy = (owner: Origin): Kept => ({
    owner,
    ownerTitle: owner === null ? null : (existing.packs.get(owner) ?? owner),
  });
  /** Why a record of the file may not be written, or null when it may. */
  const clashOf = (taken: boolean, owner: Origin | undefined, incoming: Origin): Kept | null => {
    if (taken) return replaceable(owner) ? null : keptBy(owner ?? null);
    // A 'library' file's records of a pack the library already has: that pack is kept as it is.
    if (pack.kind === 'library' && incoming !== null && existing.packs.has(incoming)) {
      return keptBy(incoming);
    }
    return null;
  };

  const addArticles: SavedArticle[] = [];
  const updateArticles: SavedArticle[] = [];
  const keptArticles: KeptArticle[] = [];
  for (const { passages: _passages, candidates: _candidates, ...a } of pack.articles) {
    const owner = existing.articles.get(a.id);
    const kept = clashOf(existing.articles.has(a.id), owner, ownerOf(pack, a));
    if (kept) keptArticles.push({ ...a, ...kept });
    else (existing.articles.has(a.id) ? updateArticles : addArticles).push(a);
  }

  const existingNames = new Map(existing.names.map((n) => [n.id, n]));
  const addNames: ReaderName[] = [];
  const updateNames: ReaderName[] = [];
  const keptNames: KeptName[] = [];
  for (const n of pack.names) {
    const before = existingNames.get(n.id);
    const kept = clashOf(before !== undefined, before?.origin, ownerOf(pack, n));
    if (kept) keptNames.push({ ...n, ...kept });
    else (before ? updateNames : addNames).push(n);
  }
  const keptPacks: KeptPack[] = pack.packs
    .filter((r) => existing.packs.has(r.id))
    .map((r) => ({ ...r, ...keptBy(r.id) }));

  const claims = new Map<string, Claim[]>();
  const claim = (text: string, c: Claim) => {
    const key = aliasKey(text);
    const list = claims.get(key);
    if (list) list.push(c);
    else claims.set(key, [c]);
  };
  for (const a of existing.bundledAliases) {
    claim(a.text, { entityId: a.entityId, bundled: true, hasContext: !!a.context });
  }
  // A name the pack's earlier version brought goes with it: it does not clash with its new self.
  const staying = existing.names.filter((n) => !replaceable(n.origin));
  for (const [entityId, a] of claimsOf(staying)) {
    claim(a.text, { entityId, bundled: false, hasContext: !!a.context });
  }

  const clashes: AliasClash[] = [];
  const seen = new Set<string>();
  for (const n of [...addNames, ...updateNames]) {
    for (const a of entityAliases(n)) {
      const key = aliasKey(a.text);
      const others = claims.get(key) ?? [];
      if (!a.context) {
        for (const other of others) {
          if (other.hasContext || other.entityId === n.id) continue;
          const id = `${n.id}\u0000${key}\u0000${other.entityId}`;
          if (seen.has(id)) continue;
          seen.add(id);
          clashes.push({
            alias: a.text,
            name: n.name,
            nameId: n.id,
            withEntity: other.entityId,
            bundled: other.bundled,
          });
        }
      }
      // Later names of the same pack are checked against this one too.
      claim(a.text, { entityId: n.id, bundled: false, hasContext: !!a.context });
    }
  }

  return {
    addArticles,
    updateArticles,
    keptArticles,
    addNames,
    updateNames,
    keptNames,
    keptPacks,
    clashes,
    alreadyImported,
  };
}

/** The file without the records the plan keeps out: what the import will write. */
export function withoutKept(pack: PackFile, plan: ImportPlan): PackFile {
  const articles = new Set(plan.keptArticles.map((a) => a.id));
  const names = new Set(plan.keptNames.map((n) => n.id));
  const packs = new Set(plan.keptPacks.map((r) => r.id));
  return {
    ...pack,
    articles: pack.articles.filter((a) => !articles.has(a.id)),
    names: pack.names.filter((n) => !names.has(n.id)),
    packs: pack.packs.filter((r) => !packs.has(r.id)),
  };
}
