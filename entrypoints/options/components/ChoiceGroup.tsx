import { type MessageKey, t } from '../../../lib/i18n';

export interface ChoiceGroupProps<T extends string> {
  /** 'radio' chooses one value; 'checkbox' any of them. */
  type: 'radio' | 'checkbox';
  /** The inputs' shared `name` (the setting they choose). */
  name: string;
  legend: MessageKey;
  /** Each choice: its value and the message that labels it, in display order. */
  options: readonly (readonly [T, MessageKey])[];
  isChecked(value: T): boolean;
  onToggle(value: T, checked: boolean): void;
  hint?: MessageKey;
  /** Extra class of the choices' box (the entity types lay out in columns). */
  layout?: string;
}

/** A labelled fieldset of radios or checkboxes over a fixed set of values, an optional hint below. */
export default function ChoiceGroup<T extends string>({
  type,
  name,
  legend,
  options,
  isChecked,
  onToggle,
  hint,
  layout,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset class="fr-field">
      <legend>{t(legend)}</legend>
      <div class={layout ? `fr-choices ${layout}` : 'fr-choices'}>
        {options.map(([v, label]) => (
          <label key={v} class="fr-choice">
            <input
              type={type}
              name={name}
              value={v}
              checked={isChecked(v)}
              onChange={(e) => onToggle(v, e.currentTarget.checked)}
            />
            {t(label)}
          </label>
        ))}
      </div>
      {hint ? <p class="fr-field-hint">{t(hint)}</p> : null}
    </fieldset>
  );
}
