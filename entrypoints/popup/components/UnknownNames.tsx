import { useEffect, useState } from 'preact/hooks';
import { t, typeLabel } from '../../../lib/i18n';
import { type SuggestionsReply, toBackground } from '../../../lib/messages';
import { addNamePath } from '../../../lib/ui/add-name/form';

export interface UnknownNamesProps {
  tabId: number;
  /** Read again when this changes (the article was just saved). */
  refresh?: number;
  /** The extension page's full address (browser.runtime.getURL). */
  getURL(path: string): string;
  /** How to ask the background (tests pass their own). */
  load?: (tabId: number) => Promise<SuggestionsReply>;
}

const askBackground = (tabId: number) =>
  toBackground.sendMessage('library:suggestions', { tabId, limit: 8 });

/**
 * "Names Frontera doesn't know yet", under "On this page": the names this page's saved article
 * (or, with "Propose names from pages I read", the page as read) names that Frontera does not
 * know, each with Add, which opens the add-name form filled in. Nothing is shown for a page
 * Frontera knows nothing of.
 */
export default function UnknownNames({
  tabId,
  refresh = 0,
  getURL,
  load = askBackground,
}: UnknownNamesProps) {
  const [reply, setReply] = useState<SuggestionsReply | null>(null);
  useEffect(() => {
    let live = true;
    load(tabId)
      .then((r) => live && setReply(r))
      .catch(() => live && setReply(null));
    return () => {
      live = false;
    };
  }, [tabId, refresh]);
  if (!reply || reply.source === 'none' || reply.source === 'library') return null;
  return (
    <section class="fr-section-block" aria-labelledby="fr-unknown-names">
      <h2 id="fr-unknown-names" class="fr-block-title">
        {t('unknownNamesTitle')}
      </h2>
      <p class="fr-muted fr-unknown-source">
        {t(reply.source === 'saved' ? 'unknownNamesFromSaved' : 'unknownNamesFromPage')}
      </p>
      {reply.proposals.length === 0 ? (
        <p class="fr-muted">{t('unknownNamesNone')}</p>
      ) : (
        <ul class="fr-mentions fr-unknown-names">
          {reply.proposals.map((p) => (
            <li key={p.key} class="fr-unknown">
              <span class="fr-mention-name">{p.name}</span>
              <span class="fr-mention-type">{typeLabel(p.type)}</span>
              <a
                class="fr-button fr-unknown-add"
                href={getURL(addNamePath(p))}
                target="_blank"
                rel="noopener"
                aria-label={t('suggestionAddLabel', p.name)}
              >
                {t('suggestionAdd')}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
