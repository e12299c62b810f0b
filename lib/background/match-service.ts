/**
 * Finds mentions for the content scripts. The matcher (the knowledge base's aliases, the typo
 * index, the context rules) is compiled once per background lifetime and stays warm, so a page
 * pays neither its download nor its compile: the content script sends its text blocks and gets
 * offsets back. The knowledge base is bundled into the background (scan.json).
 */
import type { ScanData } from '../corpus/types';
import { articleMentions } from '../library/article-mentions';
import { knownNamesFrom } from '../library/proposals';
import type { KnownNames } from '../library/proposals/types';
import { withReaderNames } from '../library/scan-names';
import type { PassageMention, ReaderName } from '../library/types';
import { createMatcher, type Matcher } from '../match';
import type { BackgroundProtocol, Handlers, MessageSender } from '../messages';
import { blockMatch, textCouldBeOnTopic } from '../page/block-matcher';
import type { BlockMatch } from '../page/types';
import { createTopicJudge, separateGluedWords, type TopicJudge } from '../topic';

/** Longest text accepted in one request (a huge page is sent in several). */
const MAX_CHARS = 8_000_000;

export interface MatchService {
  match(texts: readonly string[], contextEntities: readonly string[]): BlockMatch;
  couldBeOnTopic(text: string): boolean;
  /** The reader's names join the bundled ones (lib/library/scan-names); compiled on next use. */
  setReaderNames(names: readonly ReaderName[]): void;
  /** The knowledge base as matched now: bundled plus the reader's names. */
  scan(): ScanData;
  /** The names each passage of a saved article mentions (lib/library/article-mentions). */
  articleMentions(texts: readonly string[]): PassageMention[][];
  /**
   * Every alias known now (bundled and the reader's), for the proposed names: a name known
   * under any spelling is never proposed. Built once per change of the reader's names.
   */
  knownNames(): KnownNames;
}

export function createMatchService(bundled: ScanData): MatchService {
  let scan = bundled;
  let matcher: Matcher | null = null;
  let judge: TopicJudge | null = null;
  let known: KnownNames | null = null;
  const ready = () => {
    matcher ??= createMatcher(scan);
    judge ??= createTopicJudge(scan);
    return { matcher, judge };
  };
  let byId = new Map(scan.entities.map((e) => [e.id, e]));
  const info = (id: string) => {
    const e = byId.get(id);
    return e ? { id: e.id, name: e.name, type: e.type } : undefined;
  };
  return {
    match(texts, contextEntities) {
      const { matcher, judge } = ready();
      return blockMatch(matcher, judge, scan, info, texts, contextEntities);
    },
    couldBeOnTopic(text) {
      const { matcher, judge } = ready();
      return textCouldBeOnTopic(matcher, judge, separateGluedWords(text));
    },
    setReaderNames(names) {
      scan = withReaderNames(bundled, names);
      byId = new Map(scan.entities.map((e) => [e.id, e]));
      matcher = null;
      judge = null;
      known = null;
    },
    scan: () => scan,
    articleMentions(texts) {
      const { matcher, judge } = ready();
      return articleMentions(matcher, judge, texts);
    },
    knownNames() {
      known ??= knownNamesFrom([
        ...scan.aliases.map((a) => a.text),
        ...scan.entities.map((e) => e.name),
      ]);
      return known;
    },
  };
}

/**
 * The match service's part of the background's handler map. Requests are checked for shape
 * and size: a page's content script is the least trusted of Frontera's parts.
 */
export function matchHandlers(
  service: MatchService,
  /** The reader's names are loaded (pages are matched with them from the first request). */
  ready: Promise<void> = Promise.resolve(),
  /** Told of each batch matched, after the reply (lib/background/page-proposals.ts). */
  onMatched?: (texts: string[], result: BlockMatch, sender: MessageSender) => void,
): Pick<Handlers<BackgroundProtocol>, 'content:match' | 'content:could-be-on-topic'> {
  return {
    'content:match': async ({ texts, contextEntities }, sender) => {
      await ready;
      const blocks = Array.isArray(texts) ? texts.filter((t) => typeof t === 'string') : [];
      const context = Array.isArray(contextEntities) ? contextEntities.map(String) : [];
      if (blocks.reduce((n, t) => n + t.length, 0) > MAX_CHARS) {
        throw new Error('content:match: too much text in one request');
      }
      const result = service.match(blocks, context);
      // After the reply is on its way: the page waits for its mentions, not for this.
      if (onMatched) setTimeout(() => onMatched(blocks, result, sender), 0);
      return result;
    },
    'content:could-be-on-topic': async ({ text }) => {
      await ready;
      return service.couldBeOnTopic(typeof text === 'string' ? text.slice(0, MAX_CHARS) : '');
    },
  };
}
