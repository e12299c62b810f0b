/**
 * Finds mentions for the content scripts. The matcher (the knowledge base's aliases, the typo
 * index, the context rules) is compiled once per background lifetime and stays warm, so a page
 * pays neither its download nor its compile: the content script sends its text blocks and gets
 * offsets back. The knowledge base is bundled into the background (scan.json).
 */
import type { ScanData } from '../corpus/types';
import { articleMentions } from '../library/article-mentions';
import { withReaderNames } from '../library/scan-names';
import type { PassageMention, ReaderName } from '../library/types';
import { createMatcher, type Matcher } from '../match';
import type { BackgroundProtocol, Handlers } from '../messages';
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
}

export function createMatchService(bundled: ScanData): MatchService {
  let scan = bundled;
  let matcher: Matcher | null = null;
  let judge: TopicJudge | null = null;
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
    },
    scan: () => scan,
    articleMentions(texts) {
      const { matcher, judge } = ready();
      return articleMentions(matcher, judge, texts);
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
): Pick<Handlers<BackgroundProtocol>, 'content:match' | 'content:could-be-on-topic'> {
  return {
    'content:match': async ({ texts, contextEntities }) => {
      await ready;
      const blocks = Array.isArray(texts) ? texts.filter((t) => typeof t === 'string') : [];
      const context = Array.isArray(contextEntities) ? contextEntities.map(String) : [];
      if (blocks.reduce((n, t) => n + t.length, 0) > MAX_CHARS) {
        throw new Error('content:match: too much text in one request');
      }
      return service.match(blocks, context);
    },
    'content:could-be-on-topic': async ({ text }) => {
      await ready;
      return service.couldBeOnTopic(typeof text === 'string' ? text.slice(0, MAX_CHARS) : '');
    },
  };
}
