/**
 * @mozilla/readability, run in a page's content-script world only when Frontera looks for the
 * article there (the background injects it with scripting.executeScript): most pages of a news
 * site are off topic and never need it. Exposed to the content script on the world's global
 * object (lib/page/on-demand.ts); pages cannot see it (isolated world).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ReadabilityModule } from '@/lib/page/article-root';
import { ON_DEMAND_GLOBALS } from '@/lib/page/on-demand';

export default defineUnlistedScript(() => {
  const module: ReadabilityModule = { Readability, isProbablyReaderable };
  (globalThis as Record<string, unknown>)[ON_DEMAND_GLOBALS.readability] = module;
});
