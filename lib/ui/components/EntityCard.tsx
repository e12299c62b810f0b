import type { CardView } from '../../corpus/card';
import { t, typeLabel, uiLanguage } from '../../i18n';
import type { Mention } from '../../match';
import type { CardLinks } from '../links';
import Excerpt from './Excerpt';
import MatchNote from './MatchNote';
import RelatedChips from './RelatedChips';

export interface EntityCardProps {
  card: CardView;
  /** The page mention the card was opened from (for the "matched … as …" note). */
  mention?: Mention;
  links: CardLinks;
  /** Show a related entity's card in place; without it, related entities are plain labels. */
  onSelectEntity?(id: string): void;
  /** Id for the name heading, so a dialog can be labelled by it. */
  headingId?: string;
  /** Heading level of the name: 2 in the popover, deeper inside a list of results. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * What Frontera knows about one entity: name, type, summary, the best excerpts with their
 * sources, related entities and a way into the corpus. Pure: props in, markup out; used by the
 * popover and the popup. All text is rendered as text.
 */
export default function EntityCard({
  card,
  mention,
  links,
  onSelectEntity,
  headingId,
  headingLevel = 2,
}: EntityCardProps) {
  const { entity, excerpts, related } = card;
  const Heading = `h${headingLevel}` as 'h2';
  const searchUrl = links.searchUrl(entity.name);
  const nameUrl = links.nameUrl(entity.id);
  // A web page may not open extension pages itself: the popover's links go through the background.
  const opener = (url: string) =>
    links.openExtensionPage
      ? (e: MouseEvent) => {
          e.preventDefault();
          links.openExtensionPage?.(url);
        }
      : undefined;
  return (
    <article class="fr-card" lang={uiLanguage()}>
      <header class="fr-head">
        <Heading class="fr-name" id={headingId}>
          {entity.name}
        </Heading>
        <span class="fr-type">
          {typeLabel(entity.type)}
          {entity.reader ? ` · ${t('cardYourName')}` : null}
        </span>
      </header>
      <MatchNote mention={mention} entityName={entity.name} />
      {entity.summary ? <p class="fr-summary">{entity.summary}</p> : null}
      {entity.reader?.note ? (
        <section class="fr-note" aria-label={t('cardYourNote')}>
          <p class="fr-section-title" aria-hidden="true">
            {t('cardYourNote')}
          </p>
          <p class="fr-note-text">{entity.reader.note}</p>
        </section>
      ) : null}
      {excerpts.length > 0 ? (
        <section class="fr-section" aria-label={t('cardFromCorpus')}>
          <ul class="fr-excerpts">
            {excerpts.map((ex) => (
              <Excerpt
                key={ex.passage.id}
                excerpt={ex}
                links={links}
                sharedNames={card.sharedNames}
              />
            ))}
          </ul>
        </section>
      ) : (
        <p class="fr-empty">{t('cardNoExcerpt')}</p>
      )}
      {related.length > 0 ? (
        <section class="fr-section" aria-label={t('cardRelated')}>
          <p class="fr-section-title" aria-hidden="true">
            {t('cardRelated')}
          </p>
          <RelatedChips related={related} onSelectEntity={onSelectEntity} />
        </section>
      ) : null}
      <footer class="fr-foot">
        <a class="fr-link" href={nameUrl} target="_blank" rel="noopener" onClick={opener(nameUrl)}>
          {t('cardEverythingOn', entity.name)}
        </a>
        <a
          class="fr-link"
          href={searchUrl}
          target="_blank"
          rel="noopener"
          onClick={opener(searchUrl)}
        >
          {t('cardSearchCorpus', entity.name)}
        </a>
      </footer>
    </article>
  );
}
