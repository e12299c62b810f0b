/**
 * The mentions on show: which of the found mentions the reader's settings let through, kept in
 * step with the renderer by difference, and counted per entity for the popup and the badge.
 */

import type { Settings } from '../settings';
import type { MentionStore } from './mention-store';
import { compareMentions } from './mentions';
import type { MentionRenderer } from './render/types';
import type { PageEntityCount, PageMention } from './types';
import { type EntityInfo, shownMentions } from './visibility';

/** Longest wait between drawing batches of highlights during a first scan. */
const DRAW_INTERVAL_MS = 100;

export interface ShownDeps {
  store: MentionStore;
  entities: ReadonlyMap<string, EntityInfo>;
  /** Nothing is shown on a page that is not (yet) on topic. */
  onTopic(): boolean;
  settings(): Settings;
  renderer(): MentionRenderer | null;
  /** Runs Frontera's own DOM edits without them coming back as page changes. */
  own(fn: () => void): void;
  /**
   * Whether a mention may be drawn where it is: a generic name only near the story (StoryMap),
   * and only once the story is known. Absent: everywhere.
   */
  placeAllows?(pm: PageMention): boolean;
}

export class ShownMentions {
  private list: PageMention[] = [];
  private keys = new Set<number>();
  private sorted = true;
  private undrawn: PageMention[] = [];
  private lastDraw = 0;
  private wasOnTopic = false;

  constructor(private readonly deps: ShownDeps) {}

  get size(): number {
    return this.list.length;
  }

  has(pm: PageMention): boolean {
    return this.keys.has(pm.key);
  }

  /**
   * In document order, sorted only when someone asks (navigation): sorting thousands of mentions
   * by document position after every page change would cost a long task.
   */
  inOrder(): PageMention[] {
    if (!this.sorted) {
      this.list.sort(compareMentions);
      this.sorted = true;
    }
    return this.list;
  }

  /** Forgets everything (the renderer is cleared by the caller). */
  clear(): void {
    this.list = [];
    this.keys = new Set();
    this.sorted = true;
    this.undrawn = [];
    this.wasOnTopic = false;
  }

  /**
   * During a full scan mentions arrive in document order and are shown as they come, but drawn at
   * most every DRAW_INTERVAL_MS: each change of the highlights costs the page a repaint.
   */
  addInOrder(batch: readonly PageMention[]): void {
    const { store, entities } = this.deps;
    const settings = this.deps.settings();
    store.add(batch);
    if (!this.deps.onTopic()) return;
    if (!this.wasOnTopic) {
      // The page just turned on topic: what was found before is shown too.
      this.refresh();
      return;
    }
    const types = new Set(settings.entityTypes);
    const seen = settings.mentions === 'first' ? new Set(this.list.map((m) => m.entityId)) : null;
    const allows = this.deps.placeAllows;
    for (const pm of batch) {
      const type = entities.get(pm.entityId)?.type;
      if (!type || !types.has(type)) continue;
      if (allows && !allows(pm)) continue;
      if (seen) {
        if (seen.has(pm.entityId)) continue;
        seen.add(pm.entityId);
      }
      this.list.push(pm);
      this.keys.add(pm.key);
      this.undrawn.push(pm);
    }
    if (performance.now() - this.lastDraw >= DRAW_INTERVAL_MS) this.draw();
  }

  /** Draws what `addInOrder` has not drawn yet. */
  draw(): void {
    if (this.undrawn.length === 0) return;
    const list = this.undrawn;
    this.undrawn = [];
    this.lastDraw = performance.now();
    this.deps.own(() => this.deps.renderer()?.add(list));
  }

  /** Draws every shown mention anew (after a renderer swap). */
  redrawAll(): void {
    const all = this.list;
    this.deps.own(() => this.deps.renderer()?.add(all));
  }

  /** Recomputes which mentions are shown and updates the page by the difference. */
  refresh(): void {
    const { store, entities } = this.deps;
    const settings = this.deps.settings();
    // "First mention per entity" needs document order; "all" does not.
    const firstOnly = settings.mentions === 'first';
    const onTopic = this.deps.onTopic();
    this.wasOnTopic = onTopic;
    const allows = this.deps.placeAllows;
    const found = firstOnly ? store.ordered() : [...store.all()];
    const next = onTopic
      ? shownMentions(allows ? found.filter(allows) : found, settings, entities)
      : [];
    const nextKeys = new Set(next.map((m) => m.key));
    const gone = this.list.filter((m) => !nextKeys.has(m.key));
    const added = next.filter((m) => !this.keys.has(m.key));
    this.list = next;
    this.keys = nextKeys;
    this.sorted = firstOnly;
    this.undrawn = [];
    this.deps.own(() => {
      const r = this.deps.renderer();
      r?.remove(gone);
      r?.add(added);
    });
  }

  /**
   * Takes these mentions off the page and out of the store now (their text changed, went away or
   * became editable). A later rescan may find them again; nothing is redrawn here.
   */
  forget(mentions: readonly PageMention[]): void {
    if (mentions.length === 0) return;
    this.deps.store.remove(mentions);
    let shown = false;
    for (const pm of mentions) if (this.keys.delete(pm.key)) shown = true;
    if (shown) {
      this.list = this.list.filter((pm) => this.keys.has(pm.key));
      this.undrawn = this.undrawn.filter((pm) => this.keys.has(pm.key));
    }
    this.deps.own(() => this.deps.renderer()?.remove(mentions));
  }

  /** Shown mentions per entity, most mentioned first. */
  counts(): PageEntityCount[] {
    const counts = new Map<string, number>();
    for (const pm of this.list) counts.set(pm.entityId, (counts.get(pm.entityId) ?? 0) + 1);
    const out: PageEntityCount[] = [];
    for (const [id, count] of counts) {
      const e = this.deps.entities.get(id);
      if (e) out.push({ id, name: e.name, type: e.type, count });
    }
    // Plain comparison: the first localeCompare call builds an ICU collator (~20 ms).
    return out.sort(
      (a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
    );
  }

  /** What the User Timing marks carry. */
  summary(): { mentions: number; entities: number } {
    return { mentions: this.list.length, entities: new Set(this.list.map((m) => m.entityId)).size };
  }
}
