import { type MessageKey, t } from '../../../lib/i18n';

export interface CheckboxFieldProps {
  /** The checkbox's `name` (the setting it turns on or off). */
  name: string;
  label: MessageKey;
  value: boolean;
  onChange(value: boolean): void;
  hint?: MessageKey;
}

/** One setting that is on or off: a labelled checkbox, an optional hint below. */
export default function CheckboxField({ name, label, value, onChange, hint }: CheckboxFieldProps) {
  return (
    <div class="fr-field">
      <label class="fr-choice">
        <input
          type="checkbox"
          name={name}
          checked={value}
          onChange={(e) => onChange(e.currentTarget.checked)}
        />
        {t(label)}
      </label>
      {hint ? <p class="fr-field-hint">{t(hint)}</p> : null}
    </div>
  );
}
