import type { TextSegment } from '../format';

export interface HighlightedTextProps {
  segments: readonly TextSegment[];
}

/** Text with some spans in `<mark>`. Built from text nodes only: corpus text can never become markup. */
export default function HighlightedText({ segments }: HighlightedTextProps) {
  return (
    <>
      {segments.map((s, i) =>
        s.mark ? (
          <mark key={i} class="fr-mark">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}
