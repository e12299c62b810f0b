import type { Ref } from 'preact';
import type { CardView } from '../../corpus/card';
import { t } from '../../i18n';
import type { Mention } from '../../match';
import type { Theme } from '../../settings';
import EntityCard from '../components/EntityCard';
import type { CardLinks } from '../links';

export const POPOVER_HEADING_ID = 'fr-popover-title';

export interface PopoverViewProps {
  card: CardView | null;
  mention?: Mention;
  /** Pinned: a dialog that holds focus; otherwise a tooltip that follows the pointer's intent. */
  pinned: boolean;
  theme: Theme;
  /**
   * Read out by screen readers (a polite live region) when a card opens from keyboard focus on
   * a mention, since the card itself is not focused then.
   */
  announcement?: string;
  /** True for the first frame after opening, so the card can fade in (unless motion is reduced). */
  entering?: boolean;
  links: CardLinks;
  rootRef?: Ref<HTMLDivElement>;
  onSelectEntity?(id: string): void;
  /** Name of the card shown before a related entity was chosen; with onBack, a way back to it. */
  backTo?: string;
  onBack?(): void;
  onClose(): void;
  onPointerEnter?(): void;
  onPointerLeave?(): void;
  onPointerDown?(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Keeps Tab and Shift+Tab inside `root` (only while pinned). */
function trapTab(e: KeyboardEvent, root: HTMLElement) {
  const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) {
    e.preventDefault();
    return;
  }
  const active = (root.getRootNode() as Document | ShadowRoot).activeElement;
  if (e.shiftKey && (active === first || active === root)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/**
 * The popover's surface: the entity card in a themed frame with the right ARIA role.
 * Pure: the controller owns state, position and timers.
 */
export default function PopoverView(props: PopoverViewProps) {
  const { card, pinned } = props;
  // The status region stays mounted while closed: screen readers only announce changes to a
  // live region they already know about.
  const status = (
    <div class="fr-sr-only" role="status">
      {props.announcement ?? ''}
    </div>
  );
  if (!card) return <div class="fr-theme">{status}</div>;
  const onKeyDown = (e: KeyboardEvent) => {
    if (pinned && e.key === 'Tab') trapTab(e, e.currentTarget as HTMLElement);
  };
  return (
    <div class="fr-theme" data-theme={props.theme}>
      {status}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the card is a tooltip or a dialog (role set below); its handlers track the pointer and trap Tab, they are not controls */}
      {/* biome-ignore lint/a11y/useAriaPropsSupportedByRole: aria-modal is only set together with role="dialog" */}
      <div
        ref={props.rootRef}
        class="fr-popover"
        data-entering={props.entering ? '' : undefined}
        data-pinned={pinned ? '' : undefined}
        role={pinned ? 'dialog' : 'tooltip'}
        aria-modal={pinned ? 'true' : undefined}
        aria-labelledby={pinned ? POPOVER_HEADING_ID : undefined}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onPointerEnter={props.onPointerEnter}
        onPointerLeave={props.onPointerLeave}
        onPointerDown={props.onPointerDown}
      >
        {pinned ? (
          <button
            type="button"
            class="fr-popover-close"
            aria-label={t('cardClose')}
            title={t('cardCloseTitle')}
            onClick={props.onClose}
          >
            ×
          </button>
        ) : null}
        {props.backTo && props.onBack ? (
          <button type="button" class="fr-popover-back" onClick={props.onBack}>
            ← {t('cardBack', props.backTo)}
          </button>
        ) : null}
        <EntityCard
          card={card}
          mention={props.mention}
          links={props.links}
          onSelectEntity={props.onSelectEntity}
          headingId={POPOVER_HEADING_ID}
        />
      </div>
    </div>
  );
}
