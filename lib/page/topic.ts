/**
 * The page's topic as the matcher's answers come in: each distinct entity found exactly or by
 * a context rule adds its points (lib/topic explains the rule); typo guesses add none. The score
 * only grows while a page lives, so a page that turned on topic (a story loaded by infinite
 * scroll) stays so; a new page (navigation) starts from zero.
 */
import type { BlockMatch } from './types';

export class PageTopic {
  private readonly points = new Map<string, number>();
  private readonly counted = new Set<string>();
  private score = 0;
  /** 0 until a matcher says otherwise: every page is on topic. */
  private needed = 0;

  get onTopic(): boolean {
    return this.score >= this.needed;
  }

  learn(match: BlockMatch): void {
    this.needed = match.onTopicAt;
    for (const e of match.entities) this.points.set(e.id, e.points);
    for (const list of match.mentions) {
      for (const m of list) {
        if (m.method === 'fuzzy' || this.counted.has(m.entityId)) continue;
        this.counted.add(m.entityId);
        this.score += this.points.get(m.entityId) ?? 0;
      }
    }
  }

  reset(): void {
    this.points.clear();
    this.counted.clear();
    this.score = 0;
  }

  state(): { onTopic: boolean; score: number; needed: number } {
    return { onTopic: this.onTopic, score: this.score, needed: this.needed };
  }
}
