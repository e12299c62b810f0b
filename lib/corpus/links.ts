/** Links from a passage back to where a reader can check it. */
import type { Passage, SourceDocumentMeta } from './types';

/**
 * The video at the passage's moment, for podcast summaries:
 * `https://www.youtube.com/watch?v=<videoId>&t=<seconds>s`. Without a timestamp, the video's
 * start; without a video, null.
 */
export function videoLink(
  doc: Pick<SourceDocumentMeta, 'videoId'>,
  passage: Pick<Passage, 'time'>,
): string | null {
  if (!doc.videoId) return null;
  const base = `https://www.youtube.com/watch?v=${encodeURIComponent(doc.videoId)}`;
  return passage.time === null ? base : `${base}&t=${Math.max(0, Math.floor(passage.time))}s`;
}

/**
 * Where to open a passage outside Frontera. Only podcast passages have such a place today (the
 * seeds carry no article URLs), so this is the video link or null.
 */
export function passageUrl(
  doc: Pick<SourceDocumentMeta, 'videoId'>,
  passage: Pick<Passage, 'time'>,
): string | null {
  return videoLink(doc, passage);
}
