import { render } from 'preact';
import { type CorpusLookup, corpusClient } from '../../lib/corpus-client';
import { localizeDocument } from '../../lib/i18n';
import { announceLibraryChange, watchLibraryChanges } from '../../lib/library/changes';
import { openLibrary } from '../../lib/library/db';
import { toBackground } from '../../lib/messages';
import { DEFAULT_SETTINGS, loadSettings, type Theme, watchSettings } from '../../lib/settings';
import {
  libraryReader,
  parseReaderHash,
  READER_CSS,
  ReaderApp,
  type ReaderSources,
  readerHash,
} from '../../lib/ui/reader';
import { CARD_CSS, THEME_CSS } from '../../lib/ui/styles/card-css';

// The browser's UI language, like the rest of Frontera's pages.
localizeDocument(document);

const style = document.createElement('style');
style.textContent = `${THEME_CSS}\n${CARD_CSS}\n${READER_CSS}`;
document.head.append(style);

// The reader page is in the extension's origin: it reads (and removes from) the library's
// database itself; the library's search index lives in the background, which it asks.
const sources: ReaderSources = {
  // After a removal the background hears of it, so the matcher and the search index follow.
  // Other open pages (another reader, the options) hear of it too.
  library: libraryReader(openLibrary(), () => {
    announceLibraryChange('other');
    return toBackground.sendMessage('library:changed', undefined);
  }),
  searcher: corpusClient.searcher,
  searchLibrary: (query) => toBackground.sendMessage('library:search', { query, limit: 30 }),
  suggestions: {
    list: () => toBackground.sendMessage('library:suggestions', {}),
    dismiss: (key, name) => toBackground.sendMessage('library:dismiss-suggestion', { key, name }),
    undo: (key) => toBackground.sendMessage('library:undo-dismiss', { key }),
  },
};

const app = document.getElementById('app') as HTMLElement;
let corpus: CorpusLookup | null = null;
let error: string | null = null;
let theme: Theme = DEFAULT_SETTINGS.theme;
/** Bumped when another page changes the library: the view is built again from what is stored. */
let revision = 0;

function paint() {
  // The page itself carries the theme too, so overscroll and short pages match the reader.
  document.documentElement.classList.add('fr-theme');
  document.documentElement.dataset.theme = theme;
  render(
    <ReaderApp
      key={revision}
      corpus={corpus}
      error={error}
      route={parseReaderHash(location.hash)}
      theme={theme}
      sources={sources}
      onSearch={(q) => {
        location.hash = readerHash(q.trim() ? { view: 'search', query: q } : { view: 'list' });
      }}
    />,
    app,
  );
}

window.addEventListener('hashchange', paint);
watchLibraryChanges(() => {
  revision++;
  paint();
});
paint();

loadSettings().then((s) => {
  theme = s.theme;
  paint();
});
watchSettings((s) => {
  theme = s.theme;
  paint();
});

corpusClient
  .corpus()
  .then((lookup) => {
    corpus = lookup;
    paint();
  })
  .catch((err: unknown) => {
    error = err instanceof Error ? err.message : String(err);
    paint();
  });
