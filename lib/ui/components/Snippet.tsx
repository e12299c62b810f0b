import { type Range, snippet, toSegments } from '../../search';
import HighlightedText from './HighlightedText';

export interface SnippetProps {
  text: string;
  /** The matched words in `text`, marked in the cut. */
  ranges: readonly Range[];
  /** About how many characters to keep around the matches. */
  length: number;
  lang?: string;
  /** The element and class the cut sits in (a listbox option's span, a reader paragraph). */
  as?: 'span' | 'p';
  class: string;
}

/** A passage cut around its matches, an ellipsis where it was cut, the matched words marked. */
export default function Snippet({
  text,
  ranges,
  length,
  lang,
  as = 'span',
  class: cls,
}: SnippetProps) {
  const s = snippet(text, ranges, length);
  const Tag = as;
  return (
    <Tag class={cls} lang={lang}>
      {s.clippedStart ? '… ' : ''}
      <HighlightedText segments={toSegments(s.text, s.ranges)} />
      {s.clippedEnd ? ' …' : ''}
    </Tag>
  );
}
