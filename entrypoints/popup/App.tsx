import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type Browser, browser, type PublicPath } from 'wxt/browser';
import { buildCard, type CardView } from '../../lib/corpus/card';
import { type CorpusLookup, corpusClient } from '../../lib/corpus-client';
import { useSettings } from '../../lib/extension-page';
import { t } from '../../lib/i18n';
import type { LibraryFilter as Filter } from '../../lib/library/library-index';
import { type LibrarySearchReply, type PageEntityCount, toBackground } from '../../lib/messages';
import type { Searcher } from '../../lib/search';
import { takePendingSearch } from '../../lib/search/pending';
import { isSiteDisabled, siteOf } from '../../lib/sites';
import EntityCard from '../../lib/ui/components/EntityCard';
import LibraryFilter from '../../lib/ui/components/LibraryFilter';
import { extensionLinks, readerPath } from '../../lib/ui/links';
import PageMentions from './components/PageMentions';
import ResultList, { optionId } from './components/ResultList';
import SaveArticle from './components/SaveArticle';
import SiteControls from './components/SiteControls';
import UnknownNames from './components/UnknownNames';
import { currentPageTab, pageMentions, revealEntity, tabUrl } from './page';

// runtime.getURL is typed to WXT's known public paths; ours are built from them.
const getURL = (path: string) => browser.runtime.getURL(path as PublicPath);
const links = extensionLinks(getURL);

export interface AppProps {
  /** From `popup.html?q=…` (the card's "Search the corpus" link, the context menu). */
  initialQuery: string;
}

/**
 * The toolbar popup: corpus search first (focused on open), then what Frontera found on this
 * page and whether it runs on this site.
 */
export default function App({ initialQuery }: AppProps) {
  const settings = useSettings();
  const [query, setQuery] = useState(initialQuery);
  const [searcher, setSearcher] = useState<Searcher | null>(null);
  const [corpus, setCorpus] = useState<CorpusLookup | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const [cardId, setCardId] = useState<string | null>(null);
  const [tab, setTab] = useState<Browser.tabs.Tab | null>(null);
  const [site, setSite] = useState<string | null>(null);
  const [mentions, setMentions] = useState<PageEntityCount[] | null>(null);
  // Saves from this popup: the page's unknown names are read again from the saved article.
  const [saves, setSaves] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    input.current?.focus();
    corpusClient
      .searcher()
      .then(setSearcher)
      .catch(() => setFailed(true));
    corpusClient
      .corpus()
      .then(setCorpus)
      .catch(() => setFailed(true));
    if (!initialQuery) {
      void takePendingSearch().then((q) => {
        if (q) setQuery(q);
      });
    }
    void refreshPage();
  }, []);

  async function refreshPage() {
    const current = await currentPageTab().catch(() => null);
    if (current) setSite(siteOf(await tabUrl(current)));
    setTab(current);
    if (current?.id !== undefined) setMentions(await pageMentions(current.id));
  }

  const [filter, setFilter] = useState<Filter>('all');
  const [library, setLibrary] = useState<LibrarySearchReply | null>(null);
  // The library's index lives in the background: one request per keystroke, the latest wins.
  useEffect(() => {
    const q = query.trim();
    if (!q || filter === 'bundled') {
      setLibrary(null);
      return;
    }
    let current = true;
    toBackground
      .sendMessage('library:search', { query: q, limit: 12 })
      .then((reply) => {
        if (current) setLibrary(reply);
      })
      .catch(() => {
        if (current) setLibrary(null);
      });
    return () => {
      current = false;
    };
  }, [query, filter]);

  const bundled = useMemo(() => (searcher ? searcher.search(query) : null), [searcher, query]);
  const results = useMemo(
    () => (bundled && filter === 'mine' ? { ...bundled, entities: [], passages: [] } : bundled),
    [bundled, filter],
  );
  const shownLibrary = filter === 'bundled' ? null : library;
  const libraryCount = shownLibrary ? shownLibrary.names.length + shownLibrary.passages.length : 0;
  const count = results ? results.entities.length + results.passages.length + libraryCount : 0;

  useEffect(() => setActive(0), [results]);
  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  useEffect(() => {
    if (!searcher) return;
    document.documentElement.dataset.ready = 'true';
    // For the benchmark (npm run bench:search): search box focused and its index loaded.
    performance.mark('frontera:popup-interactive');
  }, [searcher]);

  function openCard(id: string) {
    setCardId(id);
    requestAnimationFrame(() => back.current?.focus());
  }

  function activate(i: number) {
    if (!results) return;
    const entity = results.entities[i];
    if (entity) {
      openCard(entity.doc.id);
      return;
    }
    const hit = results.passages[i - results.entities.length];
    if (!hit) {
      const k = i - results.entities.length - results.passages.length;
      const name = shownLibrary?.names[k];
      if (name) {
        openCard(name.id);
        return;
      }
      const saved = shownLibrary?.passages[k - (shownLibrary?.names.length ?? 0)];
      if (saved) {
        void browser.tabs
          .create({ url: getURL(readerPath(saved.articleId, saved.id)) })
          .then(() => window.close());
      }
      return;
    }
    const docId = corpus?.passages.get(hit.doc.id)?.docId ?? hit.doc.id.split('/')[0] ?? '';
    void browser.tabs
      .create({ url: getURL(readerPath(docId, hit.doc.id)) })
      .then(() => window.close());
  }

  function closeCard() {
    setCardId(null);
    requestAnimationFrame(() => input.current?.focus());
  }

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === 'ArrowDown' && count > 0) {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, count - 1));
    } else if (e.key === 'ArrowUp' && count > 0) {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter' && count > 0) {
      e.preventDefault();
      activate(active);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) setQuery('');
      else window.close();
    }
  }

  const pageIds = mentions?.map((m) => m.id) ?? [];
  const [libraryCard, setLibraryCard] = useState<CardView | null>(null);
  // The background's card quotes the reader's library too; until it answers (or if it cannot),
  // the card from the bundled corpus alone.
  useEffect(() => {
    setLibraryCard(null);
    if (!cardId) return;
    let current = true;
    toBackground
      .sendMessage('content:get-card', { entityId: cardId, pageEntityIds: pageIds })
      .then((c) => {
        if (current) setLibraryCard(c);
      })
      .catch(() => {});
    return () => {
      current = false;
    };
  }, [cardId, mentions]);
  const card =
    libraryCard?.entity.id === cardId
      ? libraryCard
      : cardId && corpus
        ? buildCard(corpus.corpus, cardId, pageIds)
        : null;
  const trimmed = query.trim();

  return (
    <div class="fr-popup">
      <header class="fr-header">
        <h1 class="fr-brand">Frontera</h1>
        <nav class="fr-nav" aria-label={t('navLabel')}>
          <a href={getURL('/reader.html')} target="_blank" rel="noopener">
            {t('linkReader')}
          </a>
          <a
            href={getURL('/options.html')}
            onClick={(e) => {
              e.preventDefault();
              void browser.runtime.openOptionsPage().then(() => window.close());
            }}
          >
            {t('linkOptions')}
          </a>
        </nav>
      </header>

      {cardId ? (
        // biome-ignore lint/a11y/noStaticElementInteractions: Escape anywhere in the card returns to the results
        <div
          class="fr-card-view"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              closeCard();
            }
          }}
        >
          <button ref={back} type="button" class="fr-button link fr-back" onClick={closeCard}>
            ← {t('backToResults')}
          </button>
          {card ? (
            <EntityCard
              card={card}
              links={links}
              headingLevel={2}
              onSelectEntity={(id) => setCardId(id)}
            />
          ) : (
            <p class="fr-muted">{failed ? t('loadError') : t('loading')}</p>
          )}
        </div>
      ) : (
        <>
          <div class="fr-search">
            <label for="fr-q" class="visually-hidden">
              {t('searchLabel')}
            </label>
            <input
              id="fr-q"
              ref={input}
              type="text"
              role="combobox"
              enterKeyHint="search"
              autocomplete="off"
              spellcheck={false}
              aria-expanded={count > 0}
              aria-controls="fr-results"
              aria-autocomplete="list"
              aria-activedescendant={count > 0 ? optionId(active) : undefined}
              placeholder={t('searchPlaceholder')}
              value={query}
              onInput={(e) => setQuery(e.currentTarget.value)}
              onKeyDown={onKeyDown}
            />
          </div>
          <LibraryFilter
            name="fr-filter"
            value={filter}
            onChange={setFilter}
            chipClass="fr-chip-radio"
            fieldsetClass="fr-filter"
            hiddenClass="visually-hidden"
          />
          <div class="fr-status visually-hidden" role="status" aria-live="polite">
            {results && trimmed
              ? t('resultsStatus', [
                  String(results.entities.length + (shownLibrary?.names.length ?? 0)),
                  String(results.passages.length + (shownLibrary?.passages.length ?? 0)),
                ])
              : ''}
          </div>
          {failed && !searcher ? <p class="fr-state">{t('loadError')}</p> : null}
          {!trimmed ? (
            <div class="fr-home">
              <p class="fr-state fr-hint">{t('emptyHint')}</p>
              <PageMentions
                entities={
                  site && settings && isSiteDisabled(site, settings.disabledSites) ? null : mentions
                }
                onReveal={(id) => {
                  if (tab?.id !== undefined)
                    void revealEntity(tab.id, id).then(() => window.close());
                }}
              />
              {tab?.id !== undefined && mentions !== null ? (
                <>
                  <UnknownNames tabId={tab.id} refresh={saves} getURL={getURL} />
                  <SaveArticle tabId={tab.id} onSaved={() => setSaves((n) => n + 1)} />
                </>
              ) : null}
              {settings && tab ? (
                <SiteControls
                  site={site}
                  settings={settings}
                  onChange={() => setTimeout(() => void refreshPage(), 400)}
                />
              ) : null}
            </div>
          ) : results && count === 0 ? (
            <div class="fr-state">
              <p>
                <strong>{t('noResults', trimmed)}</strong>
              </p>
              <p class="fr-muted">{t('noResultsHint')}</p>
            </div>
          ) : results ? (
            <>
              <ResultList
                results={results}
                library={shownLibrary}
                active={active}
                onActivate={activate}
                onHover={setActive}
                entity={(id) => corpus?.corpus.entities.find((e) => e.id === id)}
                passage={(id) => corpus?.passages.get(id)}
                document={(id) => corpus?.documents.get(id)}
              />
              <p class="fr-keys fr-muted" aria-hidden="true">
                {t('keyboardHint')}
              </p>
            </>
          ) : (
            <p class="fr-state fr-muted">{t('loading')}</p>
          )}
        </>
      )}
    </div>
  );
}
