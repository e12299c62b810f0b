/**
 * The content script: wires the page layer (lib/page) to the matcher, the popover, settings and
 * messages. Runs on the news sites of lib/sites and on sites the reader enabled.
 */

import type { CardView } from '@/lib/corpus/card';
import type { ScanData } from '@/lib/corpus/types';
import { createMatcher, type Matcher } from '@/lib/match';
import {
  type BackgroundToContent,
  type ContentToBackground,
  isFronteraMessage,
  type PageMentionsReply,
  type PopupToContent,
} from '@/lib/messages';
import { createPageController, type EntityInfo, isSiteDisabled, MARKS } from '@/lib/page';
import { measured } from '@/lib/page/timing';
import { loadSettings, watchSettings } from '@/lib/settings';
import { newsMatchPatterns } from '@/lib/sites/news-domains';
import { createPopover } from '@/lib/ui/popover';
import scanJson from '~/public/data/scan.json';

const scan = scanJson as ScanData;

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  // The card brings its own stylesheet into its shadow root; with 'ui', WXT would fetch a
  // content.css that does not exist, and the page would see a failed extension request.
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      // Compiled once per page, on first use (never on a site where Frontera is off); its cost
      // shows as a User Timing measure.
      let compiled: Matcher | null = null;
      const compile = () => {
        compiled ??= measured(MARKS.matcherCompile, () => createMatcher(scan));
        return compiled;
      };
      const matcher: Matcher = { find: (text, options) => compile().find(text, options) };
      const entities = new Map<string, EntityInfo>(scan.entities.map((e) => [e.id, e]));
      const settings = await loadSettings();
      if (!isSiteDisabled(location.hostname, settings.disabledSites)) {
        // The compile is one block of work (tens of ms): do it when the page is idle.
        await new Promise<void>((resolve) =>
          ctx.requestIdleCallback(() => resolve(), { timeout: 500 }),
        );
        compile();
        // Then the page gets a turn before the scan starts.
        await new Promise<void>((resolve) => ctx.setTimeout(resolve, 0));
      }
      const send = (msg: ContentToBackground) => browser.runtime.sendMessage(msg);

      let pageEntityIds: string[] = [];
      const popover = await createPopover(ctx, {
        settings,
        getCard: async (entityId) =>
          ((await send({
            type: 'content:get-card',
            entityId,
            pageEntityIds,
          })) as CardView | null) ?? null,
        onOpenChange: (open) => {
          if (!open) controller.popoverClosed();
        },
      });

      const controller = createPageController({
        doc: document,
        host: ctx,
        matcher,
        entities,
        settings,
        popover,
        // wxt.config.ts declares PAGE_CSS for this script in the manifest (and site
        // registrations copy the manifest's css), so the page already has it.
        pageStylesDeclared: true,
        onEntities: (list) => {
          pageEntityIds = list.map((e) => e.id);
          send({ type: 'content:page-mentions', entities: list }).catch(() => {
            // No background listening (e.g. during an extension update): the badge just lags.
          });
        },
      });

      browser.runtime.onMessage.addListener((raw: unknown) => {
        if (!ctx.isValid || !isFronteraMessage(raw)) return undefined;
        const msg = raw as PopupToContent | BackgroundToContent;
        switch (msg.type) {
          case 'popup:get-page-mentions':
            return Promise.resolve<PageMentionsReply>({ entities: controller.pageEntities() });
          case 'popup:reveal-entity':
            return Promise.resolve(controller.reveal(msg.entityId));
          case 'background:command':
            if (msg.command === 'next-mention') controller.next();
            else if (msg.command === 'previous-mention') controller.previous();
            else void controller.toggle();
            return undefined;
          default:
            return undefined;
        }
      });

      ctx.onInvalidated(watchSettings((next) => void controller.applySettings(next)));
      ctx.onInvalidated(() => controller.stop());
      // Single-page sites: a new "page" without a load. Give it a moment to render first.
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        ctx.setTimeout(() => void controller.rescan({ unlessRecent: true }), 300);
      });

      await controller.start();
    } catch (err) {
      console.warn('Frontera: content script failed to start', err);
    }
  },
});
