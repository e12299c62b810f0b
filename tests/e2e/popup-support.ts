/**
 * Helpers for the popup and options end-to-end tests: open Frontera's own pages as tabs
 * (chrome-extension://<id>/popup.html), and run axe-core in them.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/browser';

const AXE = resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js');

/** Opens the popup page (optionally with `?q=`) and waits until its search index is loaded. */
export async function openPopup(b: ExtensionBrowser, query?: string): Promise<Page> {
  const page = await b.context.newPage();
  const qs = query === undefined ? '' : `?${new URLSearchParams({ q: query })}`;
  await page.goto(`chrome-extension://${b.extensionId}/popup.html${qs}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15_000 });
  return page;
}

export async function openOptions(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/options.html`);
  await page.waitForSelector('.fr-options', { timeout: 15_000 });
  return page;
}

/**
 * Types `text` into the popup's search box, replacing what was there, and waits for what the
 * reader then sees: the results (or "nothing matches") for exactly that text. Preact renders
 * after the input event, so reading the list straight after typing could see the old one.
 */
export async function search(page: Page, text: string): Promise<void> {
  await page.fill('#fr-q', text);
  await waitForSearchShown(page, text);
}

/** Waits until the popup shows the outcome of searching `text` (the home view for ""). */
export async function waitForSearchShown(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const input = document.querySelector<HTMLInputElement>('#fr-q');
      if (input?.value !== q) return false;
      if (q.trim() === '') return document.querySelector('.fr-home') !== null;
      // The live status ("3 names, 5 passages") is rendered with the list it describes.
      return (
        document.querySelector('.fr-home') === null &&
        (document.querySelector('.fr-status')?.textContent ?? '') !== ''
      );
    },
    text,
    { timeout: 10_000 },
  );
}

/** Index of the selected option, as the reader sees it (aria-selected), or -1. */
export async function selectedIndex(page: Page): Promise<number> {
  return page.$$eval('[role="option"]', (els) =>
    els.findIndex((el) => el.getAttribute('aria-selected') === 'true'),
  );
}

export interface OptionInfo {
  id: string;
  group: 'entities' | 'passages';
  text: string;
  marks: string[];
  selected: boolean;
}

/** The result list as the reader sees it: each option's text, its <mark>s and selection. */
export async function results(page: Page): Promise<OptionInfo[]> {
  return page.$$eval('[role="option"]', (els) =>
    els.map((el) => ({
      id: el.id,
      group: el.closest('[role="group"]')?.getAttribute('aria-labelledby')?.includes('entities')
        ? ('entities' as const)
        : ('passages' as const),
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      marks: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      selected: el.getAttribute('aria-selected') === 'true',
    })),
  );
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA + best practices) in the page. Extension pages forbid inline
 * scripts (CSP script-src 'self'), so `addScriptTag` is refused there; axe's source is evaluated
 * through the DevTools protocol instead, which the page's CSP does not govern.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate(readFileSync(AXE, 'utf8'));
  }
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global script
    const axe = (window as any).axe;
    const r = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
    });
    return r.violations.map(
      (v: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }),
    );
  });
}

/** Colours the reader sees on an element: computed background and text colour. */
export async function colours(
  page: Page,
  selector: string,
): Promise<{ background: string; color: string }> {
  return page.$eval(selector, (el) => {
    const cs = getComputedStyle(el);
    return { background: cs.backgroundColor, color: cs.color };
  });
}

/** Waits until `fn` holds, polling (for changes that arrive through storage events). */
export async function eventually(fn: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await fn()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('condition not met in time');
}

export type { BrowserContext };
