/**
 * Every mention found on the page, indexed the three ways the page layer asks for them:
 * by key, by text node (pointer hit-testing) and by block (rescanning what changed).
 */
import { compareMentions, isAlive } from './mentions';
import type { PageMention } from './types';

export class MentionStore {
  private readonly byKey = new Map<number, PageMention>();
  private readonly byNode = new Map<Text, PageMention[]>();
  private readonly byBlock = new Map<Element, PageMention[]>();
  private sorted: PageMention[] | null = null;
  private readonly perEntity = new Map<string, number>();

  get size(): number {
    return this.byKey.size;
  }

  add(mentions: readonly PageMention[]): void {
    for (const pm of mentions) {
      this.byKey.set(pm.key, pm);
      for (const n of pm.nodes) push(this.byNode, n, pm);
      push(this.byBlock, pm.block, pm);
      this.perEntity.set(pm.entityId, (this.perEntity.get(pm.entityId) ?? 0) + 1);
    }
    if (mentions.length) this.sorted = null;
  }

  remove(mentions: readonly PageMention[]): void {
    for (const pm of mentions) {
      if (!this.byKey.delete(pm.key)) continue;
      for (const n of pm.nodes) pull(this.byNode, n, pm);
      pull(this.byBlock, pm.block, pm);
      const n = (this.perEntity.get(pm.entityId) ?? 1) - 1;
      if (n > 0) this.perEntity.set(pm.entityId, n);
      else this.perEntity.delete(pm.entityId);
    }
    if (mentions.length) this.sorted = null;
  }

  clear(): void {
    this.byKey.clear();
    this.byNode.clear();
    this.byBlock.clear();
    this.perEntity.clear();
    this.sorted = null;
  }

  /** Ids of the entities found on the page so far (live view). */
  entityIds(): Iterable<string> {
    return this.perEntity.keys();
  }

  /** Mentions found in `el` or in blocks inside it. */
  inside(el: Element): PageMention[] {
    const out: PageMention[] = [];
    for (const [block, list] of this.byBlock) {
      if (el === block || el.contains(block)) out.push(...list);
    }
    return out;
  }

  /** Mentions whose text the page has removed. */
  dead(): PageMention[] {
    const out: PageMention[] = [];
    for (const pm of this.byKey.values()) if (!isAlive(pm)) out.push(pm);
    return out;
  }

  /** Mentions covering any part of the text node `node`. */
  onNode(node: Node): readonly PageMention[] {
    return (node.nodeType === 3 && this.byNode.get(node as Text)) || [];
  }

  /** The mentions covering a caret position (a text node and an offset in it). */
  at(node: Node, offset: number): PageMention[] {
    const list = node.nodeType === 3 ? this.byNode.get(node as Text) : undefined;
    if (!list) return [];
    return list.filter((pm) => {
      const first = pm.nodes[0] === node;
      const last = pm.nodes[pm.nodes.length - 1] === node;
      return (!first || offset >= pm.startOffset) && (!last || offset <= pm.endOffset);
    });
  }

  /** All mentions, in no particular order (cheap). */
  all(): Iterable<PageMention> {
    return this.sorted ?? this.byKey.values();
  }

  /** All mentions in document order. */
  ordered(): PageMention[] {
    if (!this.sorted) this.sorted = [...this.byKey.values()].sort(compareMentions);
    return this.sorted;
  }

  has(pm: PageMention): boolean {
    return this.byKey.get(pm.key) === pm;
  }
}

function push<K>(map: Map<K, PageMention[]>, key: K, pm: PageMention): void {
  const list = map.get(key);
  if (list) list.push(pm);
  else map.set(key, [pm]);
}

function pull<K>(map: Map<K, PageMention[]>, key: K, pm: PageMention): void {
  const list = map.get(key);
  if (!list) return;
  const i = list.indexOf(pm);
  if (i >= 0) list.splice(i, 1);
  if (list.length === 0) map.delete(key);
}
