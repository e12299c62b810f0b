/**
 * Watches the page for new and changed text (infinite scroll, live blogs, "load more", React
 * re-renders) and reports what to rescan, batched into idle time. Frontera's own changes
 * (accessible-mode elements, the popover host) are never reported.
 */
import { blockOf, isInlineElement } from './collect-text';
import { isEditable } from './editable';
import { isFronteraUi } from './skip-rules';
import type { PageHost } from './types';

export interface ChangeBatch {
  /** Elements whose subtree has new or changed text (outermost only). */
  roots: Element[];
  /** True when the page removed nodes: mentions in them are gone. */
  removed: boolean;
}

export interface ChangeObserver {
  /** Runs `change` (Frontera editing the DOM) without reporting what it does. */
  ownChanges(change: () => void): void;
  /** Applies pending records now instead of at idle time (tests, teardown). */
  flush(): void;
  stop(): void;
}

export interface ObserveOptions {
  host: PageHost;
  target: Node;
  onChanges: (batch: ChangeBatch) => void;
  /** Sees every record synchronously, before the page paints (accessible mode's cleanup). */
  onRecords?: (records: readonly MutationRecord[]) => void;
  /** Longest wait for idle time, ms. */
  idleTimeout?: number;
}

function isOwn(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && (isFronteraUi(el) || el.closest('[data-frontera-ui]') !== null);
}

/** Reduces records to the elements to rescan. Exported for tests. */
export function changedRoots(records: readonly MutationRecord[]): ChangeBatch {
  const dirty = new Set<Element>();
  let removed = false;
  for (const rec of records) {
    if (rec.type === 'attributes') {
      // `contenteditable` changed: a block that stopped being editable is read again (one that
      // became editable was unmarked at once, in the observer's callback).
      const el = rec.target as Element;
      if (!isOwn(el) && !isEditable(el)) dirty.add(blockOf(el) ?? el);
      continue;
    }
    if (rec.type === 'characterData') {
      const block = blockOf(rec.target);
      if (block && !isOwn(rec.target)) dirty.add(block);
      continue;
    }
    if (rec.type !== 'childList' || isOwn(rec.target)) continue;
    if (rec.removedNodes.length) removed = true;
    let inlineChange = rec.removedNodes.length > 0;
    for (const node of rec.addedNodes) {
      if (isOwn(node)) continue;
      if (node.nodeType === 3 || (node.nodeType === 1 && isInlineElement(node as Element))) {
        inlineChange = true;
      } else if (node.nodeType === 1) {
        dirty.add(node as Element);
      }
    }
    // Text or inline markup changed inside a block: that whole block is read again.
    if (inlineChange) {
      const block = blockOf(rec.target);
      if (block) dirty.add(block);
    }
  }
  // Outermost only: a block inside another dirty element is rescanned with it.
  const roots = [...dirty].filter((el) => {
    if (!el.isConnected) return false;
    for (let p = el.parentElement; p; p = p.parentElement) if (dirty.has(p)) return false;
    return true;
  });
  return { roots, removed };
}

export function observeChanges(options: ObserveOptions): ChangeObserver {
  const { host } = options;
  const pending: MutationRecord[] = [];
  let scheduled = false;
  let stopped = false;

  const deliver = () => {
    scheduled = false;
    if (stopped || pending.length === 0) return;
    const records = pending.splice(0);
    const batch = changedRoots(records);
    if (batch.roots.length || batch.removed) options.onChanges(batch);
  };

  const observerCallback = (records: MutationRecord[]) => {
    if (stopped) return;
    options.onRecords?.(records);
    pending.push(...records);
    if (!scheduled) {
      scheduled = true;
      host.requestIdleCallback(deliver, { timeout: options.idleTimeout ?? 300 });
    }
  };
  const observer = new MutationObserver(observerCallback);
  observer.observe(options.target, {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: ['contenteditable'],
  });
  const unlisten = host.onInvalidated(() => observer.disconnect());

  return {
    ownChanges(change) {
      // Keep the page's records that are already queued; drop only what `change` causes.
      const before = observer.takeRecords();
      if (before.length) observerCallback(before);
      try {
        change();
      } finally {
        observer.takeRecords();
      }
    },
    flush() {
      const records = observer.takeRecords();
      if (records.length) observerCallback(records);
      deliver();
    },
    stop() {
      stopped = true;
      observer.disconnect();
      pending.length = 0;
      unlisten();
    },
  };
}
