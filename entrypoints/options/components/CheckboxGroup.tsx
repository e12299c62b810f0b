import type { MessageKey } from '../../../lib/i18n';
import ChoiceGroup from './ChoiceGroup';

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
  value,
  onChange,
  ...rest
}: CheckboxGroupProps<T>) {
  const toggle = (v: T, on: boolean) => {
    const set = new Set(value);
    if (on) set.add(v);
    else set.delete(v);
    onChange(rest.options.map(([o]) => o).filter((o) => set.has(o)));
  };
  return (
    <ChoiceGroup
      type="checkbox"
      layout="fr-types"
      {...rest}
      isChecked={(v) => value.includes(v)}
      onToggle={toggle}
    />
  );
}
