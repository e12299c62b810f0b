import { t } from '../../i18n';
import type { LibraryFilter as Filter } from '../../library/library-index';

export interface LibraryFilterProps {
  /** The radios' shared name (one group per page). */
  name: string;
  value: Filter;
  onChange(value: Filter): void;
  /** Class of each chip (the chosen one also gets `on`), of the fieldset and of its hidden legend. */
  chipClass: string;
  fieldsetClass: string;
  hiddenClass: string;
}

const FILTERS = [
  ['all', 'filterAll'],
  ['bundled', 'filterBundled'],
  ['mine', 'filterMine'],
] as const;

/** The search filter the popup and the reader share: everything, the corpus only, or the library only. */
export default function LibraryFilter({
  name,
  value,
  onChange,
  chipClass,
  fieldsetClass,
  hiddenClass,
}: LibraryFilterProps) {
  return (
    <fieldset class={fieldsetClass}>
      <legend class={hiddenClass}>{t('filterLabel')}</legend>
      {FILTERS.map(([v, label]) => (
        <label key={v} class={value === v ? `${chipClass} on` : chipClass}>
          <input
            type="radio"
            name={name}
            value={v}
            checked={value === v}
            onChange={() => onChange(v)}
          />
          {t(label)}
        </label>
      ))}
    </fieldset>
  );
}
