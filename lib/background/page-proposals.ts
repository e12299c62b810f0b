/**
 * "Propose names from pages I read" (off by default): the text blocks an on-topic page sends
 * to be matched are also run through the proposal finder, and what it finds is kept in memory
 * per tab, for the popup's "Names Frontera doesn't know yet" only. Nothing is stored: the page's
 * candidates are forgotten when the tab navigates or closes, when the setting is turned off, and
 * when the background stops.
 */
import { findCandidates } from '../library/proposals';
import type { ArticleCandidate, KnownNames } from '../library/proposals/types';
import type { MessageSender, PageEntityCount } from '../messages';

/** A page that names more than this many unknown names is not read for more (memory bound). */
const MAX_PER_TAB = 500;

export interface PageProposals {
  setEnabled(on: boolean): void;
  readonly enabled: boolean;
  /** A batch of a tab's text blocks and the known mentions found in them (content:match). */
  read(
    sender: MessageSender,
    texts: readonly string[],
    mentions: readonly { entityId: string; start: number; end: number }[][],
  ): void;
  /** The tab reported its drawn names (content:page-mentions): some means it is on topic. */
  reported(sender: MessageSender, entities: readonly PageEntityCount[]): void;
  forget(tabId: number): void;
  /** The tab's candidates once it is on topic; null when it is not, or the setting is off. */
  of(tabId: number): ArticleCandidate[] | null;
}

interface TabCandidates {
  url: string;
  onTopic: boolean;
  byKey: Map<string, ArticleCandidate>;
}

function merge(into: Map<string, ArticleCandidate>, found: readonly ArticleCandidate[]): void {
  for (const c of found) {
    const had = into.get(c.key);
    if (!had) {
      if (into.size < MAX_PER_TAB) into.set(c.key, { ...c, forms: [...c.forms] });
      continue;
    }
    had.mentions += c.mentions;
    had.besideKnown += c.besideKnown;
    for (const f of c.forms) if (!had.forms.includes(f)) had.forms.push(f);
    if (c.name.length > had.name.length) had.name = c.name;
  }
}

export function createPageProposals(known: () => KnownNames): PageProposals {
  const tabs = new Map<number, TabCandidates>();
  let on = false;
  const tabOf = (sender: MessageSender): TabCandidates | null => {
    const tabId = sender.tab?.id;
    // The top frame only: the popup speaks of the page, not of its embedded frames.
    if (tabId === undefined || sender.frameId || !sender.url) return null;
    let tab = tabs.get(tabId);
    if (!tab || tab.url !== sender.url) {
      tab = { url: sender.url, onTopic: false, byKey: new Map() };
      tabs.set(tabId, tab);
    }
    return tab;
  };
  return {
    setEnabled(value) {
      on = value;
      if (!on) tabs.clear();
    },
    get enabled() {
      return on;
    },
    read(sender, texts, mentions) {
      if (!on) return;
      const tab = tabOf(sender);
      if (!tab) return;
      try {
        const passages = texts.map((text, i) => ({
          text,
          mentions: (mentions[i] ?? []).map(({ entityId, start, end }) => ({
            entityId,
            start,
            end,
          })),
        }));
        merge(tab.byKey, findCandidates({ language: null, passages }, known()));
      } catch (err) {
        console.warn('Frontera: no proposed names for this page', err);
      }
    },
    reported(sender, entities) {
      if (!on) return;
      const tab = tabOf(sender);
      if (tab && entities.length > 0) tab.onTopic = true;
    },
    forget(tabId) {
      tabs.delete(tabId);
    },
    of(tabId) {
      const tab = tabs.get(tabId);
      return on && tab?.onTopic ? [...tab.byKey.values()] : null;
    },
  };
}
