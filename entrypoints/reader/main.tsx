import { render } from 'preact';
import { browser, type PublicPath } from 'wxt/browser';
import type { CorpusData } from '../../lib/corpus/types';
import { localizeDocument, t } from '../../lib/i18n';
import { DEFAULT_SETTINGS, loadSettings, type Theme, watchSettings } from '../../lib/settings';
import { parseReaderHash, READER_CSS, ReaderApp, readerHash } from '../../lib/ui/reader';
import { CARD_CSS, THEME_CSS } from '../../lib/ui/styles/card-css';

// The browser's UI language, like the rest of Frontera's pages.
localizeDocument(document);

const style = document.createElement('style');
style.textContent = `${THEME_CSS}\n${CARD_CSS}\n${READER_CSS}`;
document.head.append(style);

const app = document.getElementById('app') as HTMLElement;
let corpus: CorpusData | null = null;
let error: string | null = null;
let theme: Theme = DEFAULT_SETTINGS.theme;

function paint() {
  // The page itself carries the theme too, so overscroll and short pages match the reader.
  document.documentElement.classList.add('fr-theme');
  document.documentElement.dataset.theme = theme;
  const route = parseReaderHash(location.hash);
  document.title =
    route.view === 'doc'
      ? `${corpus?.documents.find((d) => d.id === route.docId)?.title ?? route.docId} · Frontera`
      : t('readerTitle');
  render(
    <ReaderApp
      corpus={corpus}
      error={error}
      route={route}
      theme={theme}
      onSearch={(q) => {
        location.hash = readerHash(q.trim() ? { view: 'search', query: q } : { view: 'list' });
      }}
    />,
    app,
  );
}

window.addEventListener('hashchange', paint);
paint();

loadSettings().then((s) => {
  theme = s.theme;
  paint();
});
watchSettings((s) => {
  theme = s.theme;
  paint();
});

fetch(browser.runtime.getURL('/data/corpus.json' as PublicPath))
  .then((res) => {
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return res.json() as Promise<CorpusData>;
  })
  .then((data) => {
    corpus = data;
    paint();
  })
  .catch((err: unknown) => {
    error = err instanceof Error ? err.message : String(err);
    paint();
  });
