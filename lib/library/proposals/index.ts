// PLACEHOLDER: replaced by the engine from branch proposals
/**
 * A naive stand-in for the proposal engine, with the engine's exact signatures, so the storage,
 * the messages, the popup and the reader can be built and tested before the engine is merged.
 * It finds runs of two to four capitalised words that do not open a sentence, and quoted
 * nicknames; merges them by folded key; ranks by the number of articles that name them.
 */
import type { EntityType } from '../../corpus/types';
import { fold } from '../../text';
import type { ArticleCandidate, ArticleInput, KnownNames, Proposal, RankOptions } from './types';

export type {
  ArticleCandidate,
  ArticleInput,
  KnownNames,
  Proposal,
  RankOptions,
} from './types';

/** The key a name is merged by: folded, spaces squeezed. */
export function candidateKey(name: string): string {
  return fold(name).replace(/\s+/g, ' ').trim();
}

export function knownNamesFrom(aliases: Iterable<string>): KnownNames {
  const keys = new Set<string>();
  for (const a of aliases) keys.add(candidateKey(a));
  return { isKnown: (text) => keys.has(candidateKey(text)) };
}

const CAP = "\\p{Lu}[\\p{L}'’.-]+";
const PARTICLE = '(?:de la|de los|del|de|y)';
const RUN = new RegExp(`${CAP}(?:\\s+(?:${PARTICLE}\\s+)?${CAP}){1,3}`, 'gu');
const QUOTED = /[“"]((?:\p{Lu}[\p{L}'’.-]*\s?){1,3})[”"]/gu;
const GROUP_WORDS = /\b(cartel|cártel|zetas|gang|army|navy|police)\b/i;

function typeOf(name: string): EntityType {
  return GROUP_WORDS.test(name) ? 'criminal-group' : 'person';
}

/** True when the run starts a sentence (the text's start, or after . ! ? and space). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 4), at).trimEnd();
  return before === '' || /[.!?:“"]$/.test(before);
}

export function findCandidates(article: ArticleInput, known: KnownNames): ArticleCandidate[] {
  const found = new Map<string, ArticleCandidate>();
  const add = (name: string, besideKnown: boolean) => {
    const text = name.replace(/\s+/g, ' ').trim();
    if (text === '' || known.isKnown(text)) return;
    const key = candidateKey(text);
    const c = found.get(key);
    if (c) {
      c.mentions++;
      if (besideKnown) c.besideKnown++;
      if (!c.forms.includes(text)) c.forms.push(text);
    } else {
      found.set(key, {
        key,
        name: text,
        forms: [text],
        type: typeOf(text),
        mentions: 1,
        besideKnown: besideKnown ? 1 : 0,
      });
    }
  };
  for (const passage of article.passages) {
    const beside = passage.mentions.length > 0;
    const inMention = (start: number, end: number) =>
      passage.mentions.some((m) => m.start < end && start < m.end);
    for (const m of passage.text.matchAll(RUN)) {
      const start = m.index ?? 0;
      if (opensSentence(passage.text, start) || inMention(start, start + m[0].length)) continue;
      add(m[0], beside);
    }
    for (const m of passage.text.matchAll(QUOTED)) {
      const nick = m[1] ?? '';
      if (nick.trim().split(/\s+/).length >= 2) add(nick, beside);
    }
  }
  return [...found.values()];
}

export function rankProposals(
  perArticle: { articleId: string; candidates: ArticleCandidate[] }[],
  options: RankOptions,
): Proposal[] {
  const merged = new Map<string, Proposal>();
  for (const { articleId, candidates } of perArticle) {
    for (const c of candidates) {
      if (options.dismissed?.has(c.key) || options.known.isKnown(c.name)) continue;
      if (c.forms.some((f) => options.known.isKnown(f))) continue;
      const p = merged.get(c.key);
      if (!p) {
        merged.set(c.key, {
          key: c.key,
          name: c.name,
          forms: [...c.forms],
          type: c.type,
          articleIds: [articleId],
          articleCount: 1,
          mentions: c.mentions,
          besideKnown: c.besideKnown,
          score: 0,
        });
        continue;
      }
      if (!p.articleIds.includes(articleId)) p.articleIds.push(articleId);
      p.articleCount = p.articleIds.length;
      p.mentions += c.mentions;
      p.besideKnown += c.besideKnown;
      for (const f of c.forms) if (!p.forms.includes(f)) p.forms.push(f);
    }
  }
  const ranked = [...merged.values()].map((p) => ({
    ...p,
    score: p.articleCount * 10 + p.besideKnown / Math.max(1, p.mentions),
  }));
  ranked.sort((a, b) => b.score - a.score || b.mentions - a.mentions || (a.key < b.key ? -1 : 1));
  return options.limit === undefined ? ranked : ranked.slice(0, options.limit);
}
