import { type MessageKey, t } from '../../../lib/i18n';

export interface CheckboxGroupProps<T extends string> {
  /** The checkboxes' shared `name` (the setting they choose). */
  name: string;
  legend: MessageKey;
  value: readonly T[];
  /** Each value that may be chosen, with the message that labels it, in display order. */
  options: readonly (readonly [T, MessageKey])[];
  /** The values now checked, in the options' order. */
  onChange(value: T[]): void;
}

/** A labelled group of checkboxes choosing any of a fixed set of values. */
export default function CheckboxGroup<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: CheckboxGroupProps<T>) {
  const toggle = (v: T, on: boolean) => {
    const set = new Set(value);
    if (on) set.add(v);
    else set.delete(v);
    onChange(options.map(([o]) => o).filter((o) => set.has(o)));
  };
  return (
    <fieldset class="fr-field">
      <legend>{t(legend)}</legend>
      <div class="fr-choices fr-types">
        {options.map(([v, label]) => (
          <label key={v} class="fr-choice">
            <input
              type="checkbox"
              name={name}
              value={v}
              checked={value.includes(v)}
              onChange={(e) => toggle(v, e.currentTarget.checked)}
            />
            {t(label)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
