import { t } from '../../lib/i18n';

export interface CardPictureProps {
  /** The entity type's label in the UI language ("Person"). */
  type: string;
}

/**
 * A picture of Frontera at work, drawn with the card's own styles so it follows the theme: a
 * line of a news story with a marked name, and the card that name opens.
 */
export default function CardPicture({ type }: CardPictureProps) {
  return (
    <figure class="fr-welcome-figure" aria-label={t('welcomeFigureLabel')}>
      <p class="fr-welcome-story">
        {t('welcomeFigureBefore')}
        <span class="fr-welcome-mention">Claudia Sheinbaum</span>
        {t('welcomeFigureAfter')}
      </p>
      <div class="fr-card fr-welcome-card">
        <div class="fr-head">
          <p class="fr-name">Claudia Sheinbaum</p>
          <p class="fr-type">{type}</p>
        </div>
        <p class="fr-summary">{t('welcomeFigureSummary')}</p>
        <p class="fr-source">{t('welcomeFigureSource')}</p>
      </div>
    </figure>
  );
}
