/**
 * The content script: wires the page layer (lib/page) to the background's matcher, the card
 * (loaded on first use), settings and messages. Runs on the news sites of lib/sites and on sites
 * the reader enabled. Kept small on purpose: it is parsed and run on every page of those sites,
 * and most of them are not about Frontera's subject.
 */

import { serve, toBackground, toContent } from '@/lib/messages';
import { isSiteDisabled } from '@/lib/page';
import { createContentApp } from '@/lib/page/app';
import type { ReadabilityModule } from '@/lib/page/article-root';
import { watchLocation } from '@/lib/page/location-watch';
import { type OnDemandScript, onDemandModule } from '@/lib/page/on-demand';
import type { BlockMatcher } from '@/lib/page/types';
import { loadSettings, watchSettings } from '@/lib/settings';
import { newsMatchPatterns } from '@/lib/sites/news-domains';
import type { CardUiModule } from '@/lib/ui/card-ui';

export default defineContentScript({
  matches: newsMatchPatterns(),
  runAt: 'document_idle',
  // The card brings its own stylesheet into its shadow root; with 'ui', WXT would fetch a
  // content.css that does not exist, and the page would see a failed extension request.
  cssInjectionMode: 'manual',
  async main(ctx) {
    try {
      const ask = toBackground.sendMessage;
      const settings = await loadSettings();
      if (!isSiteDisabled(location.hostname, settings.disabledSites)) {
        // The page first: Frontera starts when it is idle.
        await new Promise<void>((resolve) =>
          ctx.requestIdleCallback(() => resolve(), { timeout: 500 }),
        );
      }

      const matcher: BlockMatcher = {
        match: (texts, contextEntities) =>
          ask('content:match', { texts: [...texts], contextEntities: [...contextEntities] }),
        couldBeOnTopic: (text) => ask('content:could-be-on-topic', { text }),
      };

      /** Has the background run one of the on-demand scripts here, and returns its module. */
      const load = async <T>(script: OnDemandScript): Promise<T> => {
        const ready = onDemandModule<T>(script);
        if (ready) return ready;
        await ask('content:load-script', { script });
        const module = onDemandModule<T>(script);
        if (!module) throw new Error(`${script} did not load`);
        return module;
      };

      const controller = createContentApp({
        doc: document,
        host: ctx,
        matcher,
        readability: () => load<ReadabilityModule>('readability'),
        settings,
        // wxt.config.ts declares PAGE_CSS for this script in the manifest (and site
        // registrations copy the manifest's css), so the page already has it.
        pageStylesDeclared: true,
        loadPopover: async (card) => {
          const ui = await load<CardUiModule>('card-ui');
          return ui.createPopover(ctx, {
            settings,
            getCard: async (entityId) =>
              (await ask('content:get-card', { entityId, pageEntityIds: card.pageEntityIds() })) ??
              null,
            onOpenChange: (open) => {
              if (!open) card.closed();
            },
          });
        },
        send: (entities) => ask('content:page-mentions', { entities }),
      });

      // Everything this tab answers (lib/messages: ContentProtocol).
      const stopServing = serve(
        toContent,
        {
          'popup:get-page-mentions': () => ({ entities: controller.pageEntities() }),
          'popup:reveal-entity': ({ entityId }) => controller.reveal(entityId),
          'popup:get-article': () => controller.article(),
          'background:command': ({ command }) => {
            if (command === 'next-mention') controller.next();
            else if (command === 'previous-mention') controller.previous();
            else void controller.toggle();
          },
        },
        () => ctx.isValid,
      );
      ctx.onInvalidated(stopServing);

      ctx.onInvalidated(watchSettings((next) => void controller.applySettings(next)));
      ctx.onInvalidated(() => controller.stop());
      // Single-page sites: a new "page" without a load. Give it a moment to render first.
      // (Not WXT's `wxt:locationchange`: a page can dispatch that event itself.)
      watchLocation(ctx, window, () => {
        ctx.setTimeout(() => void controller.rescan({ unlessRecent: true }), 300);
      });

      await controller.start();
    } catch (err) {
      console.warn('Frontera: content script failed to start', err);
    }
  },
});
