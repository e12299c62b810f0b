import { t, typeLabel } from '../../../lib/i18n';
import type { PageEntityCount } from '../../../lib/messages';

export interface PageMentionsProps {
  /** Sorted by count, most first; null when Frontera is not running on the page. */
  entities: PageEntityCount[] | null;
  onReveal(entityId: string): void;
}

/** "On this page": the names Frontera found on the tab; a click takes the reader to the first. */
export default function PageMentions({ entities, onReveal }: PageMentionsProps) {
  if (entities === null) return null;
  return (
    <section class="fr-section-block" aria-labelledby="fr-on-page">
      <h2 id="fr-on-page" class="fr-block-title">
        {t('onThisPage')}
      </h2>
      {entities.length === 0 ? (
        <p class="fr-muted">{t('onThisPageNone')}</p>
      ) : (
        <ul class="fr-mentions">
          {entities.map((e) => (
            <li key={e.id}>
              <button
                type="button"
                class="fr-mention"
                onClick={() => onReveal(e.id)}
                title={t('revealMention', e.name)}
              >
                <span class="fr-mention-name">{e.name}</span>
                <span class="fr-mention-type">{typeLabel(e.type)}</span>
                <span class="fr-count" aria-hidden="true">
                  {e.count}
                </span>
                <span class="visually-hidden">{t('mentionCount', String(e.count))}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
