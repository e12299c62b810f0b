import type { MessageKey } from '../../../lib/i18n';
import ChoiceGroup from './ChoiceGroup';

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

/** A labelled radio group choosing one of a fixed set of values. */
export default function RadioGroup<T extends string>({
  value,
  onChange,
  ...rest
}: RadioGroupProps<T>) {
  return (
    <ChoiceGroup
      type="radio"
      {...rest}
      isChecked={(v) => v === value}
      onToggle={(v, checked) => checked && onChange(v)}
    />
  );
}
