/**
 * The reader's names join the knowledge base the matcher reads, so they are found on pages and
 * in saved articles exactly as bundled names are (same folding, same context rules).
 */
import type { ScanAlias, ScanData, ScanEntity } from '../corpus/types';
import { fold } from '../text';
import type { ReaderName } from './types';

/**
 * A name the reader added is what they read about: a page naming it is on topic. Typo
 * tolerance stays off unless asked for, since no one has checked the name against common words.
 */
export function readerNameScan(name: ReaderName): { entity: ScanEntity; aliases: ScanAlias[] } {
  const seen = new Set<string>();
  const aliases: ScanAlias[] = [];
  for (const spec of [{ text: name.name }, ...name.aliases]) {
    const key = `${fold(spec.text)}|${'caseSensitive' in spec && spec.caseSensitive ? 1 : 0}`;
    if (spec.text.trim() === '' || seen.has(key)) continue;
    seen.add(key);
    aliases.push({
      text: spec.text,
      entityId: name.id,
      caseSensitive: ('caseSensitive' in spec && spec.caseSensitive) || false,
      fuzzy: ('fuzzy' in spec && spec.fuzzy) || false,
      ...('context' in spec && spec.context ? { context: spec.context } : {}),
    });
  }
  return {
    entity: { id: name.id, name: name.name, type: name.type, evidence: 'decisive' },
    aliases,
  };
}

/** The bundled scan data with the reader's names added; the bundled data is not changed. */
export function withReaderNames(scan: ScanData, names: readonly ReaderName[]): ScanData {
  if (names.length === 0) return scan;
  const bundled = new Set(scan.entities.map((e) => e.id));
  const extra = names.filter((n) => !bundled.has(n.id)).map(readerNameScan);
  // The precompiled pattern table covers the bundled aliases only: the matcher compiles anew.
  const { matcher: _precompiled, ...rest } = scan;
  return {
    ...rest,
    entities: [...scan.entities, ...extra.map((x) => x.entity)],
    aliases: [...scan.aliases, ...extra.flatMap((x) => x.aliases)],
  };
}
