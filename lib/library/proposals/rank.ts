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

interface Node {
  articleId: string;
  c: ArticleCandidate;
}

export function rankProposals(
  perArticle: { articleId: string; candidates: ArticleCandidate[] }[],
  options: RankOptions,
): Proposal[] {
  const nodes: Node[] = [];
  for (const a of perArticle)
    for (const c of a.candidates) nodes.push({ articleId: a.articleId, c });
  const parent = nodes.map((_, i) => i);
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
  nodes.forEach((n, i) => {
    for (const k of linkKeys(n.c)) {
      const at = firstWithKey.get(k);
      if (at === undefined) firstWithKey.set(k, i);
      else union(at, i);
    }
  });
  let groups = gather(nodes, find);
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
    const fuller = pool.filter(
      (m) => m !== g && isShortForm(g.words, m.words, m.type === 'person'),
    );
    if (fuller.length === 1)
      union((fuller[0] as Group).members[0] as number, g.members[0] as number);
  }
  groups = gather(nodes, find);
  const dismissed = options.dismissed ?? new Set<string>();
  const out: Proposal[] = [];
  for (const g of groups) {
    const p = toProposal(g, nodes);
    if (dismissed.has(p.key) || g.keys.some((k) => dismissed.has(k))) continue;
    if (ownForms(p.name, p.forms).some((f) => options.known.isKnown(f))) continue;
    out.push(p);
  }
  out.sort(
    (a, b) =>
      b.articleCount - a.articleCount ||
      b.besideKnown - a.besideKnown ||
      b.mentions - a.mentions ||
      a.name.localeCompare(b.name),
  );
  return options.limit === undefined ? out : out.slice(0, options.limit);
}

interface Group {
  members: number[];
  words: string[];
  type: EntityType;
  anchored: boolean;
  keys: string[];
}

function gather(nodes: readonly Node[], find: (i: number) => number): Group[] {
  const byRoot = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(i);
    const list = byRoot.get(r) ?? [];
    list.push(i);
    byRoot.set(r, list);
  });
  return [...byRoot.values()].map((members) => {
    const name = bestName(members.map((i) => (nodes[i] as Node).c));
    return {
      members,
      words: keyWords(name),
      type: majorityType(members.map((i) => (nodes[i] as Node).c)),
      anchored: members.some((i) => {
        const c = (nodes[i] as Node).c;
        return ownForms(c.name, c.forms).length > 1;
      }),
      keys: [...new Set(members.map((i) => (nodes[i] as Node).c.key))],
    };
  });
}

/** The keys a candidate is linked by: its own forms, and the other language's spelling. */
function linkKeys(c: ArticleCandidate): string[] {
  const keys = ownForms(c.name, c.forms).map(candidateKey).filter(Boolean);
  const other = crossLanguageKey(keyWords(c.name));
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

function bestName(cs: readonly ArticleCandidate[]): string {
  const count = new Map<string, number>();
  for (const c of cs) count.set(c.name, (count.get(c.name) ?? 0) + 1);
  // The fullest spelling ("Fiscalía General de la República", not "FGR"), then the commonest.
  return [...count.keys()].sort(
    (a, b) =>
      keyWords(b).length - keyWords(a).length ||
      (count.get(b) as number) - (count.get(a) as number) ||
      b.length - a.length ||
      a.localeCompare(b),
  )[0] as string;
}

function majorityType(cs: readonly ArticleCandidate[]): EntityType {
  const votes = new Map<EntityType, number>();
  for (const c of cs) votes.set(c.type, (votes.get(c.type) ?? 0) + c.mentions);
  return [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'person';
}

function toProposal(g: Group, nodes: readonly Node[]): Proposal {
  const cs = g.members.map((i) => nodes[i] as Node);
  const name = bestName(cs.map((n) => n.c));
  const forms = [name];
  const seen = new Set([name]);
  for (const n of cs) {
    for (const f of n.c.forms) {
      if (!seen.has(f)) {
        seen.add(f);
        forms.push(f);
      }
    }
  }
  const articleIds = [...new Set(cs.map((n) => n.articleId))];
  const mentions = cs.reduce((s, n) => s + n.c.mentions, 0);
  const besideKnown = cs.reduce((s, n) => s + n.c.besideKnown, 0);
  return {
    key: candidateKey(name),
    name,
    forms,
    type: g.type,
    articleIds,
    articleCount: articleIds.length,
    mentions,
    besideKnown,
    score: articleIds.length * 1e8 + Math.min(besideKnown, 9999) * 1e4 + Math.min(mentions, 9999),
  };
}
