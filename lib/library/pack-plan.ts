/**
 * What an import will do, for the dialog that asks before it happens: which articles it adds and
 * which it updates, which names it adds or updates, and which aliases clash with a name Frontera
 * already knows. Pure: the caller reads the library once and passes what is needed; the import
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
import type { ReaderName, SavedArticle } from './types';

export interface ExistingLibrary {
  articleIds: ReadonlySet<string>;
  /** The reader's names as stored (ReaderName fits): the name is an alias too. */
  names: readonly Pick<ReaderName, 'id' | 'name' | 'aliases'>[];
  /** The bundled corpus's aliases, e.g. scan.json's `aliases` (name included). */
  bundledAliases: readonly { text: string; entityId: string; context?: AliasContext }[];
  /** Ids of packs already imported. */
  packIds: ReadonlySet<string>;
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

export interface ImportPlan {
  addArticles: SavedArticle[];
  /** Articles whose id is already saved: the pack's version replaces them. */
  updateArticles: SavedArticle[];
  addNames: ReaderName[];
  /** Names whose id already exists (a pack imported again): replaced. */
  updateNames: ReaderName[];
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

export function planImport(pack: PackFile, existing: ExistingLibrary): ImportPlan {
  const articles = pack.articles.map(({ passages: _passages, candidates: _candidates, ...a }) => a);
  const existingNameIds = new Set(existing.names.map((n) => n.id));
  const incomingIds = new Set(pack.names.map((n) => n.id));

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
  // A name the pack replaces does not clash with its own older self.
  const kept = existing.names.filter((n) => !incomingIds.has(n.id));
  for (const [entityId, a] of claimsOf(kept)) {
    claim(a.text, { entityId, bundled: false, hasContext: !!a.context });
  }

  const clashes: AliasClash[] = [];
  const seen = new Set<string>();
  for (const n of pack.names) {
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
    addArticles: articles.filter((a) => !existing.articleIds.has(a.id)),
    updateArticles: articles.filter((a) => existing.articleIds.has(a.id)),
    addNames: pack.names.filter((n) => !existingNameIds.has(n.id)),
    updateNames: pack.names.filter((n) => existingNameIds.has(n.id)),
    clashes,
    alreadyImported: pack.kind === 'pack' && existing.packIds.has(pack.id),
  };
}
