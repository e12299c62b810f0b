/**
 * A BlockMatcher over a matcher in this same realm: what tests and tools use, and the shape the
 * background's match service answers with (lib/background/match-service.ts).
 */
import type { ScanData } from '../corpus/types';
import type { Matcher, Mention } from '../match';
import { createTopicJudge, type TopicJudge } from '../topic';
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

/** The entities named by `mentions`, with their topic points. */
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
    if (e) out.push({ ...e, points: judge?.points(id) ?? 0 });
  }
  return out;
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
  const onTopicAt = scan?.topic?.onTopicAt ?? 0;
  const info = (id: string) => {
    const e = byId.get(id);
    return e ? { id: e.id, name: e.name, type: e.type } : undefined;
  };
  return {
    async match(texts, contextEntities): Promise<BlockMatch> {
      const mentions = matchTexts(matcher, texts, contextEntities);
      return { mentions, entities: entitiesOf(mentions, info, judge), onTopicAt };
    },
    async couldBeOnTopic(text) {
      return judge ? judge.judge(matcher.find(text)).onTopic : true;
    },
  };
}
