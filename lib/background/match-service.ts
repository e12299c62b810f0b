/**
 * Finds mentions for the content scripts. The matcher (the knowledge base's aliases, the typo
 * index, the context rules) is compiled once per background lifetime and stays warm, so a page
 * pays neither its download nor its compile: the content script sends its text blocks and gets
 * offsets back. The knowledge base is bundled into the background (scan.json).
 */
import type { ScanData } from '../corpus/types';
import { createMatcher, type Matcher } from '../match';
import { type ContentToBackground, isFronteraMessage } from '../messages';
import { entitiesOf, matchTexts } from '../page/block-matcher';
import type { BlockMatch } from '../page/types';
import { createTopicJudge, separateGluedWords, type TopicJudge } from '../topic';

/** Longest text accepted in one request (a huge page is sent in several). */
const MAX_CHARS = 8_000_000;

export interface MatchService {
  match(texts: readonly string[], contextEntities: readonly string[]): BlockMatch;
  couldBeOnTopic(text: string): boolean;
}

export function createMatchService(scan: ScanData): MatchService {
  let matcher: Matcher | null = null;
  let judge: TopicJudge | null = null;
  const ready = () => {
    matcher ??= createMatcher(scan);
    judge ??= createTopicJudge(scan);
    return { matcher, judge };
  };
  const byId = new Map(scan.entities.map((e) => [e.id, e]));
  const info = (id: string) => {
    const e = byId.get(id);
    return e ? { id: e.id, name: e.name, type: e.type } : undefined;
  };
  return {
    match(texts, contextEntities) {
      const { matcher, judge } = ready();
      const mentions = matchTexts(matcher, texts, contextEntities);
      return {
        mentions,
        entities: entitiesOf(mentions, info, judge),
        onTopicAt: scan.topic?.onTopicAt ?? 0,
      };
    },
    couldBeOnTopic(text) {
      const { matcher, judge } = ready();
      // Typo guesses are no evidence: the exact pass with its context rules is enough here.
      return judge.judge(matcher.find(separateGluedWords(text), { exactOnly: true })).onTopic;
    },
  };
}

/** Handles 'content:match' and 'content:could-be-on-topic'; undefined for other messages. */
export function handleMatchMessage(
  service: MatchService,
  message: unknown,
): Promise<unknown> | undefined {
  if (!isFronteraMessage(message)) return undefined;
  const msg = message as ContentToBackground;
  if (msg.type === 'content:match') {
    const texts = Array.isArray(msg.texts) ? msg.texts.filter((t) => typeof t === 'string') : [];
    const context = Array.isArray(msg.contextEntities) ? msg.contextEntities.map(String) : [];
    if (texts.reduce((n, t) => n + t.length, 0) > MAX_CHARS) {
      return Promise.reject(new Error('content:match: too much text in one request'));
    }
    return Promise.resolve(service.match(texts, context));
  }
  if (msg.type === 'content:could-be-on-topic') {
    const text = typeof msg.text === 'string' ? msg.text.slice(0, MAX_CHARS) : '';
    return Promise.resolve(service.couldBeOnTopic(text));
  }
  return undefined;
}
