/**
 * Node-side loading of corpus/sources/ (the build script and the CLI use it; the extension never
 * reads sources). Collects problems from every file instead of stopping at the first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { splitPassages } from './passages';
import type { CorpusProblem } from './problems';
import { parseSource, type SourceDocument } from './source';
import type { Passage } from './types';

export interface LoadedSources {
  documents: SourceDocument[];
  passages: Passage[];
  problems: CorpusProblem[];
}

/** Loads every `*.md` in `dir`, in file-name order. `root` makes file names in messages relative. */
export function loadSources(dir: string, root = process.cwd()): LoadedSources {
  const documents: SourceDocument[] = [];
  const passages: Passage[] = [];
  const problems: CorpusProblem[] = [];
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  if (names.length === 0) {
    problems.push({ file: relative(root, dir) || dir, message: 'no source documents (*.md)' });
  }
  const ids = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = relative(root, path) || path;
    const result = parseSource(file, readFileSync(path, 'utf8'));
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const { doc } = result;
    const clash = ids.get(doc.meta.id);
    if (clash) {
      problems.push({ file, line: 1, field: 'id', message: `duplicate id, also in ${clash}` });
      continue;
    }
    ids.set(doc.meta.id, file);
    documents.push(doc);
    const docPassages = splitPassages(doc.meta, doc.body, doc.bodyLine);
    if (docPassages.length === 0) {
      problems.push({ file, line: doc.bodyLine, message: 'the document has no text' });
    }
    passages.push(...docPassages);
  }
  // Reading order is the seeds' order, not the alphabet of ids.
  const order = (id: string) => documents.find((d) => d.meta.id === id)?.meta.seed ?? id;
  documents.sort((a, b) => a.meta.seed.localeCompare(b.meta.seed));
  passages.sort((a, b) => order(a.docId).localeCompare(order(b.docId)) || a.position - b.position);
  return { documents, passages, problems };
}
