/**
 * The names a saved article mentions, found with the page's own matcher and topic rule. As in
 * the corpus build, typo guesses are left out: a saved passage is quoted on cards, and a guess
 * must not make it "about" a name. An article that is not on topic keeps only the reader's own
 * names, so a saved story about something else never shows up on the card of a generic name.
 */
import type { Matcher } from '../match';
import type { TopicJudge } from '../topic';
import { isReaderNameId } from './ids';
import type { PassageMention } from './types';

export function articleMentions(
  matcher: Matcher,
  judge: TopicJudge,
  texts: readonly string[],
): PassageMention[][] {
  const found = new Set<string>();
  const all = texts.map((text) => {
    const mentions = matcher.find(text, { contextEntities: found, exactOnly: true });
    for (const m of mentions) found.add(m.entityId);
    return mentions;
  });
  const onTopic = judge.judge(all.flat()).onTopic;
  return all.map((mentions) =>
    mentions
      .filter((m) => onTopic || isReaderNameId(m.entityId))
      .map(({ entityId, start, end }) => ({ entityId, start, end })),
  );
}
