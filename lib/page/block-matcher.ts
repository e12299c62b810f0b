/**
 * A BlockMatcher over a matcher in this same realm: what tests and tools use, and the shape the
 * background's match service answers with (lib/background/match-service.ts).
 */
import type { ScanData } from '../corpus/types';
import type { Matcher, Mention } from '../match';
import { createTopicJudge, drawnPerBlock, type TopicJudge } from '../topic';
import type { BlockMatch, BlockMatcher, MatchedEntity } from './types';

/** Matches texts one after the other, each corroborated by the entities found before it. */
export function matchTexts(
  matcher: Matcher,
  texts: readonly string[],
  contextEntities: readonly string[],
): Mention[][] {
  const found = new Set(contextEntities);
  return texts.map((text) => {
    const mentions = matcher.find(text, { contextEntities: found });
    for (const m of mentions) found.add(m.entityId);
    return mentions;
  });
}

/** The entities named by `mentions`, with what they say of the page's topic. */
export function entitiesOf(
  mentions: readonly Mention[][],
  info: (id: string) => Omit<MatchedEntity, 'points'> | undefined,
  judge: TopicJudge | null,
): MatchedEntity[] {
  const ids = new Set<string>();
  for (const list of mentions) for (const m of list) ids.add(m.entityId);
  const out: MatchedEntity[] = [];
  for (const id of ids) {
    const e = info(id);
    if (!e) continue;
    const evidence = judge?.evidence(id);
    out.push({
      ...e,
      points: evidence?.points ?? 0,
      ...(evidence?.needsMexico ? { needsMexico: true } : {}),
      ...(evidence?.placesInMexico ? { placesInMexico: true } : {}),
    });
  }
  return out;
}

/** The answer to one batch of a page's texts: mentions, their entities and the topic rule. */
export function blockMatch(
  matcher: Matcher,
  judge: TopicJudge | null,
  scan: Pick<ScanData, 'topic'> | null,
  info: (id: string) => Omit<MatchedEntity, 'points'> | undefined,
  texts: readonly string[],
  contextEntities: readonly string[],
): BlockMatch {
  const mentions = matchTexts(matcher, texts, contextEntities);
  const topic = scan?.topic;
  return {
    mentions,
    entities: entitiesOf(mentions, info, judge),
    onTopicAt: topic?.onTopicAt ?? 0,
    ...(topic?.mexico && judge ? { namesMexico: texts.some((t) => judge.namesMexico(t)) } : {}),
    ...(topic?.near ? { near: topic.near } : {}),
  };
}

/** Whether a page's whole text could be on topic: the exact pass, context rules included. */
export function textCouldBeOnTopic(matcher: Matcher, judge: TopicJudge, text: string): boolean {
  // Typo guesses are no evidence: the exact pass with its context rules is enough here.
  return judge.judge(matcher.find(text, { exactOnly: true }), text).onTopic;
}

/**
 * A BlockMatcher over `matcher`. With `scan`, entities and the topic rule come from it; without,
 * `entities` names them and every page is on topic.
 */
export function localBlockMatcher(
  matcher: Matcher,
  source:
    | { scan: Pick<ScanData, 'entities' | 'topic'> }
    | { entities: ReadonlyMap<string, Omit<MatchedEntity, 'points'>> },
): BlockMatcher {
  const scan = 'scan' in source ? source.scan : null;
  const byId =
    'scan' in source ? new Map(source.scan.entities.map((e) => [e.id, e])) : source.entities;
  const judge = scan ? createTopicJudge(scan) : null;
  const info = (id: string) => {
    const e = byId.get(id);
    return e ? { id: e.id, name: e.name, type: e.type } : undefined;
  };
  return {
    async match(texts, contextEntities): Promise<BlockMatch> {
      return blockMatch(matcher, judge, scan, info, texts, contextEntities);
    },
    async couldBeOnTopic(text) {
      return judge ? textCouldBeOnTopic(matcher, judge, text) : true;
    },
  };
}

/**
 * What a page would draw in these blocks (read in order, each corroborated by the ones before):
 * nothing off topic, generic names only near the story (lib/topic drawnPerBlock). The content
 * script reaches the same answer batch by batch; the command line and the evaluations use this.
 */
export function drawnInBlocks(
  matcher: Matcher,
  judge: TopicJudge,
  blocks: readonly string[],
  headings: readonly boolean[] = [],
): Mention[][] {
  const mentions = matchTexts(matcher, blocks, []);
  return drawnPerBlock(
    blocks.map((text, i) => ({ text, mentions: mentions[i] ?? [], heading: headings[i] })),
    judge,
  );
}
