/**
 * Runs of capitalised words in one passage: "Juan Ramón de la Fuente", "Cártel del Golfo",
 * "Secretary of State Marco Rubio", with the nicknames and acronyms attached to them. What a run
 * means (a title, a fragment, a name) is decided later (observe.ts); this file only cuts.
 */
import { fold } from '../../text';
import {
  ARTICLES,
  ENGLISH_MONTHS_AND_DAYS,
  GROUP_CUES,
  INSTITUTION_CONNECTORS,
  INSTITUTION_CUES,
  PARTICLES,
  POLICY_CUES,
} from './lexicon';
import { type QuotedNickname, quotedNicknames } from './nicknames';
import type { Word } from './words';

export interface Run {
  words: Word[];
  /** Nicknames quoted inside or beside the run. */
  nicknames: string[];
  /** Acronyms in parentheses right after it: "(USMCA)", "(FGR, por sus siglas…)". */
  acronyms: string[];
  /** The run is itself a nickname ("alias El Mencho", a quoted "El Ratón" on its own). */
  isNickname: boolean;
  /** Text before the run, folded, for the preposition that makes a place ("in Culiacán"). */
  before: string;
}

const SPACE_ONLY = /^[ \u00a0]$/;
const PAREN_ACRONYM = /^\s*\(\s*(\p{Lu}[\p{L}\d.-]{1,11})\s*(?:,[^)]*)?\)/u;

export function isHead(w: Word): boolean {
  return INSTITUTION_CUES.has(w.folded) || POLICY_CUES.has(w.folded) || GROUP_CUES.has(w.folded);
}

function nameWord(w: Word): boolean {
  // Spanish writes its months and days in lower case: a capital "Mayo" is El Mayo.
  return (w.capital || w.acronym) && !ENGLISH_MONTHS_AND_DAYS.has(w.folded);
}

/** Cut the passage's words into runs; quoted nicknames are attached, not read as words. */
export function runsOf(text: string, words: readonly Word[]): Run[] {
  const nicks = quotedNicknames(text);
  const inNick = (w: Word) => nicks.find((n) => w.start >= n.start && w.end <= n.end);
  const runs: Run[] = [];
  let cur: Word[] = [];
  let pendingNick: string[] = [];
  const flush = () => {
    if (cur.length > 0) {
      while (cur.length > 0 && !nameWord(cur[cur.length - 1] as Word)) cur.pop();
      if (cur.length > 0) {
        runs.push({
          words: cur,
          nicknames: pendingNick,
          acronyms: [],
          isNickname: false,
          before: fold(
            text.slice(Math.max(0, (cur[0] as Word).start - 24), (cur[0] as Word).start),
          ),
        });
      }
    }
    cur = [];
    pendingNick = [];
  };
  const seenNick = new Set<QuotedNickname>();
  let carry: { nick: string; at: number } | null = null;
  /** After a nickname inside a name, the word that continues the name. */
  let bridgeTo = -1;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as Word;
    const nick = inNick(w);
    if (nick) {
      if (seenNick.has(nick)) continue;
      seenNick.add(nick);
      const next = words.slice(i).find((x) => x.start >= nick.end);
      const inside =
        cur.length > 0 &&
        text.slice((cur[cur.length - 1] as Word).end, nick.start) === ' ' &&
        next?.capital === true &&
        text.slice(nick.end, next.start) === ' ';
      if (inside) {
        pendingNick.push(nick.text);
        bridgeTo = next.start;
        continue; // the run goes on after the nickname: Joaquín "El Chapo" Guzmán
      }
      flush();
      const lastRun = runs[runs.length - 1];
      const lastWord = lastRun?.words[lastRun.words.length - 1];
      if (
        lastRun !== undefined &&
        lastWord !== undefined &&
        !lastRun.isNickname &&
        lastWord.end <= nick.introStart &&
        /^,?\s*$/.test(text.slice(lastWord.end, nick.introStart))
      ) {
        lastRun.nicknames.push(nick.text); // Ismael Zambada García, "El Mayo" / …, known as "…"
        continue;
      }
      if (
        next?.capital &&
        /^,?\s$/.test(text.slice(nick.end, next.start)) &&
        opensAt(text, nick.introStart)
      ) {
        carry = { nick: nick.text, at: next.start }; // Known as "El Ratón", Ovidio was…
        continue;
      }
      runs.push(nicknameRun(text, nick, words, i));
      continue;
    }
    if (cur.length === 0) {
      if (nameWord(w) || isCapitalParticle(w, words[i + 1], words[i + 2])) {
        cur.push(w);
        if (carry?.at === w.start) pendingNick.push(carry.nick);
      }
      continue;
    }
    const prev = cur[cur.length - 1] as Word;
    const gap = text.slice(prev.end, w.start);
    const joined = SPACE_ONLY.test(gap) || gap === ' & ' || w.start === bridgeTo;
    if (!joined || prev.possessive) {
      flush();
      if (nameWord(w) || isCapitalParticle(w, words[i + 1], words[i + 2])) cur.push(w);
      continue;
    }
    if (nameWord(w)) {
      cur.push(w);
      continue;
    }
    // A group's name takes no connector: "Cártel de Sinaloa en Culiacán" is a name and a place.
    const headed = cur.some((x) => INSTITUTION_CUES.has(x.folded) || POLICY_CUES.has(x.folded));
    // "Seguridad y Protección Ciudadana", not "Ejército y de la Fiscalía" (a list of two).
    const next = words[i + 1];
    const connects =
      headed &&
      INSTITUTION_CONNECTORS.has(w.folded) &&
      next !== undefined &&
      (next.capital || PARTICLES.has(next.folded)) &&
      !(PARTICLES.has(next.folded) && ['y', 'e', 'and'].includes(w.folded));
    if (PARTICLES.has(w.folded) || connects) {
      cur.push(w); // kept only if a name word follows (flush trims trailing connectors)
      continue;
    }
    flush();
  }
  flush();
  attachAcronyms(text, runs);
  markAliases(runs);
  return joinAcronymExpansions(text, runs);
}

function opensAt(text: string, at: number): boolean {
  const before = text.slice(0, at).trimEnd();
  return before === '' || /[.!?:;"“]$/.test(before);
}

/** "De la Fuente": a capitalised particle that opens a surname. */
function isCapitalParticle(w: Word, next?: Word, after?: Word): boolean {
  if (w.folded !== 'de' && w.folded !== 'del') return false;
  if (!w.capital || next === undefined) return false;
  if (next.capital && w.folded === 'del') return true;
  return (next.folded === 'la' || next.folded === 'los') && after?.capital === true;
}

function nicknameRun(text: string, nick: QuotedNickname, words: readonly Word[], i: number): Run {
  const inner = words.filter((x) => x.start >= nick.start && x.end <= nick.end);
  return {
    words: inner.length > 0 ? inner : [words[i] as Word],
    nicknames: [],
    acronyms: [],
    isNickname: true,
    before: fold(text.slice(Math.max(0, nick.start - 24), nick.start)),
  };
}

function attachAcronyms(text: string, runs: Run[]): void {
  for (const run of runs) {
    const last = run.words[run.words.length - 1] as Word;
    const m = PAREN_ACRONYM.exec(text.slice(last.end, last.end + 60));
    if (!m || run.isNickname) continue;
    const acr = m[1] as string;
    const uppers = acr.match(/\p{Lu}/gu)?.length ?? 0;
    if (uppers >= 2 || (acr.length <= 6 && run.words.length >= 2)) run.acronyms.push(acr);
  }
  // The acronym in the parentheses is read once, as the run's form, not again as a run.
  for (let i = runs.length - 1; i > 0; i--) {
    const prev = runs[i - 1] as Run;
    const r = runs[i] as Run;
    const last = prev.words[prev.words.length - 1] as Word;
    if (
      prev.acronyms.length > 0 &&
      r.words.length === 1 &&
      prev.acronyms.includes((r.words[0] as Word).text) &&
      /^\s*\(\s*$/.test(text.slice(last.end, (r.words[0] as Word).start))
    ) {
      runs.splice(i, 1);
    }
  }
}

/** "alias El Mencho": the run after "alias" is a nickname, of the name just before it. */
function markAliases(runs: Run[]): void {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i] as Run;
    if (!/(^|\s)alias\s$/.test(r.before)) continue;
    const prev = runs[i - 1];
    if (prev && /,\s*alias\s$/.test(r.before) && !prev.isNickname) {
      prev.nicknames.push(r.words.map((w) => w.text).join(' '));
      runs.splice(i, 1);
      i--;
    } else {
      r.isNickname = true;
    }
  }
}

/**
 * An acronym's expansion may hold commas and "and" ("Bureau of Alcohol, Tobacco, Firearms and
 * Explosives (ATF)", "Tratado entre México, Estados Unidos y Canadá (T-MEC)"): runs before one
 * that carries an acronym are joined to it when the leftmost begins with an institution's or a
 * law's head word, so the expansion is read whole.
 */
function joinAcronymExpansions(text: string, runs: Run[]): Run[] {
  for (let i = runs.length - 1; i > 0; i--) {
    const r = runs[i] as Run;
    if (r.acronyms.length === 0 || r.words.length === 0) continue;
    let j = i;
    let ok = -1;
    while (j > 0 && i - j < 6) {
      const left = runs[j - 1] as Run;
      const gap = text.slice(
        (left.words[left.words.length - 1] as Word).end,
        ((runs[j] as Run).words[0] as Word).start,
      );
      if (!/^(,\s|\s(and|y|e)\s)$/.test(gap) || left.isNickname) break;
      j--;
      const head = left.words.find((w) => !ARTICLES.has(w.folded));
      if (head !== undefined && isHead(head)) ok = j;
    }
    if (ok >= 0 && !isHead(r.words[0] as Word)) {
      const joined = runs.slice(ok, i + 1);
      const first = joined[0] as Run;
      runs.splice(ok, i - ok + 1, {
        words: joined.flatMap((x) => x.words),
        nicknames: joined.flatMap((x) => x.nicknames),
        acronyms: r.acronyms,
        isNickname: false,
        before: first.before,
      });
      i = ok;
    }
  }
  return runs;
}
