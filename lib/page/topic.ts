/**
 * The page's topic as the matcher's answers come in: each distinct entity found exactly or by
 * a context rule adds its points (lib/topic explains the rule, supporting names counting only
 * once the page names Mexico); typo guesses add none. The score only grows while a page lives,
 * so a page that turned on topic (a story loaded by infinite scroll) stays so; a new page
 * (navigation) starts from zero.
 */
import type { NearRule } from '../corpus/types';
import { type EntityEvidence, topicScore } from '../topic';
import type { BlockMatch } from './types';

export class PageTopic {
  private readonly evidence = new Map<string, EntityEvidence>();
  private readonly counted = new Set<string>();
  private namesMexico = false;
  private score = 0;
  /** 0 until a matcher says otherwise: every page is on topic. */
  private needed = 0;
  private nearRule: NearRule | undefined;

  get onTopic(): boolean {
    return this.score >= this.needed;
  }

  /** Where generic names are drawn, as the matcher last said. */
  get near(): NearRule | undefined {
    return this.nearRule;
  }

  /** Points one entity brings to the page. */
  points(entityId: string): number {
    return this.evidence.get(entityId)?.points ?? 0;
  }

  /** Points the page needs: a name that brings them alone (decisive) is drawn everywhere. */
  get neededPoints(): number {
    return this.needed;
  }

  learn(match: BlockMatch): void {
    this.needed = match.onTopicAt;
    this.nearRule = match.near;
    if (match.namesMexico) this.namesMexico = true;
    for (const e of match.entities) {
      this.evidence.set(e.id, {
        points: e.points,
        needsMexico: e.needsMexico ?? false,
        placesInMexico: e.placesInMexico ?? false,
      });
    }
    for (const list of match.mentions) {
      for (const m of list) if (m.method !== 'fuzzy') this.counted.add(m.entityId);
    }
    const found: EntityEvidence[] = [];
    for (const id of this.counted) {
      const e = this.evidence.get(id);
      if (e) found.push(e);
    }
    this.score = topicScore(found, this.namesMexico || match.namesMexico === undefined);
  }

  reset(): void {
    this.evidence.clear();
    this.counted.clear();
    this.namesMexico = false;
    this.score = 0;
  }

  state(): { onTopic: boolean; score: number; needed: number } {
    return { onTopic: this.onTopic, score: this.score, needed: this.needed };
  }
}
