import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../../lib/i18n';

export interface RangeFieldProps {
  /** The slider's id (its label and its value's `<output>` point at it). */
  id: string;
  label: MessageKey;
  /** The message that shows a value with its unit ("300 ms"). */
  unit: MessageKey;
  min: number;
  max: number;
  step: number;
  value: number;
  disabled?: boolean;
  /** Called on release, not while dragging. */
  onChange(value: number): Promise<unknown> | undefined;
}

/** A labelled slider with its value beside it. */
export default function RangeField({
  id,
  label,
  unit,
  min,
  max,
  step,
  value,
  disabled,
  onChange,
}: RangeFieldProps) {
  // Shown while dragging, saved on release: storage.sync allows ~2 writes a second.
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = dragged ?? value;
  return (
    <div class="fr-field">
      <label for={id}>{t(label)}</label>
      <div class="fr-range">
        <input
          id={id}
          type="range"
          min={min}
          max={max}
          step={step}
          value={shown}
          disabled={disabled}
          aria-describedby={`${id}-value`}
          onInput={(e) => setDragged(Number(e.currentTarget.value))}
          onChange={(e) => {
            void Promise.resolve(onChange(Number(e.currentTarget.value))).then(() =>
              setDragged(null),
            );
          }}
        />
        <output id={`${id}-value`} for={id}>
          {t(unit, String(shown))}
        </output>
      </div>
    </div>
  );
}
