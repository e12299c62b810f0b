import type { Settings } from '../../../lib/settings';
import { SETTINGS_TABLE, type SettingName } from '../../../lib/settings';
import CheckboxField from './CheckboxField';
import CheckboxGroup from './CheckboxGroup';
import RadioGroup from './RadioGroup';
import RangeField from './RangeField';

/** Settings whose control is read off their row of the table (not the site lists). */
export type FieldName = Exclude<SettingName, 'disabledSites'>;

export interface SettingFieldProps {
  name: FieldName;
  settings: Settings;
  save(patch: Partial<Settings>): Promise<unknown>;
  /** The element id, where the control has one (the slider). Defaults to the name. */
  id?: string;
  disabled?: boolean;
}

/**
 * The control for one setting, as its row of the settings table describes it: a radio group for
 * a choice, a slider for a range, a checkbox for a flag, checkboxes for a subset.
 */
export default function SettingField({ name, settings, save, id, disabled }: SettingFieldProps) {
  const spec = SETTINGS_TABLE[name];
  // The row and the value are of the same setting; the table's kinds tie their types together.
  const value = settings[name] as never;
  const set = (v: unknown) => save({ [name]: v } as Partial<Settings>);
  switch (spec.kind) {
    case 'choice':
      return (
        <RadioGroup
          name={name}
          legend={spec.label}
          options={spec.options}
          hint={'hint' in spec ? spec.hint : undefined}
          value={value}
          onChange={(v) => void set(v)}
        />
      );
    case 'range':
      return (
        <RangeField
          id={id ?? name}
          label={spec.label}
          unit={spec.unit}
          min={spec.min}
          max={spec.max}
          step={spec.step}
          value={value}
          disabled={disabled}
          onChange={set}
        />
      );
    case 'flag':
      return (
        <CheckboxField
          name={name}
          label={spec.label}
          hint={spec.hint}
          value={value}
          onChange={(v) => void set(v)}
        />
      );
    case 'subset':
      return (
        <CheckboxGroup
          name={name}
          legend={spec.label}
          options={spec.options}
          value={value}
          onChange={(v) => void set(v)}
        />
      );
  }
}
