import { type MessageKey, t } from '../../../lib/i18n';

export interface RadioGroupProps<T extends string> {
  /** The radios' shared `name` (the setting they choose). */
  name: string;
  legend: MessageKey;
  value: T;
  /** Each choice: its value and the message that labels it, in display order. */
  options: readonly (readonly [T, MessageKey])[];
  onChange(value: T): void;
  hint?: MessageKey;
}

/** A labelled radio group: a fieldset, one radio per choice, an optional hint below. */
export default function RadioGroup<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
  hint,
}: RadioGroupProps<T>) {
  return (
    <fieldset class="fr-field">
      <legend>{t(legend)}</legend>
      <div class="fr-choices">
        {options.map(([v, label]) => (
          <label key={v} class="fr-choice">
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
      </div>
      {hint ? <p class="fr-field-hint">{t(hint)}</p> : null}
    </fieldset>
  );
}
