/**
 * The library's proposals: the candidates of every saved article, the same name's forms merged
 * across articles (a shared spelling, nickname or acronym; "Gulf Cartel" = "Cártel del Golfo"; a
 * shorter form only one fuller name contains), ranked by how many articles name it, then how
 * often beside a known name, then how often at all. Linear in the candidates.
 */
import type { EntityType } from '../../corpus/types';
import { ownForms } from './find';
import { candidateKey, keyWords } from './key';
import { CROSS_LANGUAGE_WORDS } from './lexicon';
import { isShortForm } from './merge';
import type { ArticleCandidate, Proposal, RankOptions } from './types';

/**
 * Every candidate with one key, over all articles: the same name saved many times is linked and
 * described once (2,000 articles hold some 20,000 candidates but a tenth as many keys).
 */
interface Bucket {
  index: number;
  key: string;
  /** Each spelling shown as the name, with how many articles show it. */
  names: Map<string, number>;
  /** Few per name: an array is cheaper than a set. */
  forms: string[];
  /** In the order the articles come: each once, since an article lists a key once. */
  articleIds: string[];
  mentions: number;
  besideKnown: number;
  votes: Map<EntityType, number>;
  /** Has a nickname or an acronym of its own (set once the candidates are in). */
  anchored: boolean;
}

export function rankProposals(
  perArticle: { articleId: string; candidates: ArticleCandidate[] }[],
  options: RankOptions,
): Proposal[] {
  const byKey = new Map<string, Bucket>();
  for (const a of perArticle) {
    for (const c of a.candidates) {
      let b = byKey.get(c.key);
      if (b === undefined) {
        b = {
          index: byKey.size,
          key: c.key,
          names: new Map(),
          forms: [],
          articleIds: [],
          mentions: 0,
          besideKnown: 0,
          votes: new Map(),
          anchored: false,
        };
        byKey.set(c.key, b);
      }
      b.names.set(c.name, (b.names.get(c.name) ?? 0) + 1);
      for (const f of c.forms) if (!b.forms.includes(f)) b.forms.push(f);
      if (b.articleIds[b.articleIds.length - 1] !== a.articleId) b.articleIds.push(a.articleId);
      b.mentions += c.mentions;
      b.besideKnown += c.besideKnown;
      b.votes.set(c.type, (b.votes.get(c.type) ?? 0) + c.mentions);
    }
  }
  const buckets = [...byKey.values()];
  const parent = buckets.map((_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[rb] = ra;
  };
  const firstWithKey = new Map<string, number>();
  buckets.forEach((b, i) => {
    const name = bestName([b]);
    const own = ownForms(name, b.forms);
    b.anchored = own.length > 1;
    for (const k of linkKeys(name, own)) {
      const at = firstWithKey.get(k);
      if (at === undefined) firstWithKey.set(k, i);
      else union(at, i);
    }
  });
  let groups = gather(buckets, find);
  // A name seen only in a shorter form ("Zambada", "Ismael Zambada") joins the one fuller name
  // of the library that contains it; where two could (Guzmán: Joaquín or Ovidio), it stays.
  const byWord = new Map<string, Group[]>();
  for (const g of groups) {
    if (g.words.length < 2) continue;
    for (const w of new Set(g.words)) {
      const list = byWord.get(w) ?? [];
      list.push(g);
      byWord.set(w, list);
    }
  }
  for (const g of groups) {
    if (g.anchored) continue;
    const pool = byWord.get(g.words[g.words.length - 1] as string) ?? [];
    // Across articles a lone word joins a person only as a surname ("Zambada"), never as a first
    // name: "Texas" in one article is not the "Texas Tenors" of another.
    const lone = g.words.length === 1;
    const fuller = pool.filter(
      (m) =>
        m !== g &&
        !(lone && m.words[0] === g.words[0]) &&
        isShortForm(g.words, m.words, m.type === 'person'),
    );
    if (fuller.length === 1)
      union(((fuller[0] as Group).members[0] as Bucket).index, (g.members[0] as Bucket).index);
  }
  groups = gather(buckets, find);
  const dismissed = options.dismissed ?? new Set<string>();
  const out: Proposal[] = [];
  for (const g of groups) {
    const p = toProposal(g);
    if (dismissed.has(p.key) || g.members.some((b) => dismissed.has(b.key))) continue;
    if (ownForms(p.name, p.forms).some((f) => options.known.isKnown(f))) continue;
    p.forms = p.forms.filter((f) => f === p.name || !options.known.isKnown(f));
    out.push(p);
  }
  out.sort(
    (a, b) =>
      b.articleCount - a.articleCount ||
      b.besideKnown - a.besideKnown ||
      b.mentions - a.mentions ||
      byCodeUnits(a.name, b.name),
  );
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

interface Group {
  members: Bucket[];
  name: string;
  words: readonly string[];
  type: EntityType;
  anchored: boolean;
}

function gather(buckets: readonly Bucket[], find: (i: number) => number): Group[] {
  const byRoot = new Map<number, Bucket[]>();
  buckets.forEach((b, i) => {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(b);
    else byRoot.set(r, [b]);
  });
  return [...byRoot.values()].map((members) => {
    const name = bestName(members);
    return {
      members,
      name,
      words: keyWords(name),
      type: majorityType(members),
      anchored: members.some((b) => b.anchored),
    };
  });
}

/** The keys a candidate is linked by: its own forms, and the other language's spelling. */
function linkKeys(name: string, own: readonly string[]): string[] {
  const keys = own.map(candidateKey).filter(Boolean);
  const other = crossLanguageKey(keyWords(name));
  if (other) keys.push(other);
  return keys;
}

/** "Cártel del Golfo" and "Gulf Cartel" → cartel:gulf; "Ciudad de México", "Mexico City" → city:mexico. */
function crossLanguageKey(words: readonly string[]): string | null {
  const tr = (core: readonly string[]) => {
    const whole = core.join(' ');
    return CROSS_LANGUAGE_WORDS[whole] ?? core.map((w) => CROSS_LANGUAGE_WORDS[w] ?? w).join(' ');
  };
  const first = words[0];
  const last = words[words.length - 1];
  if (words.length < 2) return null;
  if ((first === 'cartel' || first === 'ciudad') && (words[1] === 'de' || words[1] === 'del')) {
    const core = words.slice(2);
    return core.length > 0 ? `${first === 'cartel' ? 'cartel' : 'city'}:${tr(core)}` : null;
  }
  if (first === 'cartel') return `cartel:${tr(words.slice(1))}`;
  if (last === 'cartel') return `cartel:${tr(words.slice(0, -1))}`;
  if (last === 'city') return `city:${tr(words.slice(0, -1))}`;
  return null;
}

function bestName(members: readonly Bucket[]): string {
  const count = new Map<string, number>();
  for (const b of members) for (const [n, c] of b.names) count.set(n, (count.get(n) ?? 0) + c);
  // The fullest spelling ("Fiscalía General de la República", not "FGR"), then the commonest.
  let best = '';
  let bestWords = -1;
  let bestCount = 0;
  for (const [n, c] of count) {
    const w = keyWords(n).length;
    const better = w - bestWords || c - bestCount || n.length - best.length || byCodeUnits(best, n);
    if (better > 0) {
      best = n;
      bestWords = w;
      bestCount = c;
    }
  }
  return best;
}

function majorityType(members: readonly Bucket[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const b of members) for (const [t, v] of b.votes) votes.set(t, (votes.get(t) ?? 0) + v);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'person';
}

function toProposal(g: Group): Proposal {
  const forms = [g.name];
  const seen = new Set([g.name]);
  const articleIds = new Set<string>();
  let mentions = 0;
  let besideKnown = 0;
  for (const b of g.members) {
    for (const f of b.forms) {
      if (!seen.has(f)) {
        seen.add(f);
        forms.push(f);
      }
    }
    for (const id of b.articleIds) articleIds.add(id);
    mentions += b.mentions;
    besideKnown += b.besideKnown;
  }
  return {
    key: candidateKey(g.name),
    name: g.name,
    forms,
    type: g.type,
    articleIds: [...articleIds],
    articleCount: articleIds.size,
    mentions,
    besideKnown,
    score: articleIds.size * 1e8 + Math.min(besideKnown, 9999) * 1e4 + Math.min(mentions, 9999),
  };
}

/** A stable order for ties, cheaper than a locale's collation (most proposals tie on counts). */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
