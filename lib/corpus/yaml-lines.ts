/** Line numbers for YAML nodes, so validation messages can point into the maintainer's file. */
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import type { CorpusProblem } from './problems';

/**
 * Parses YAML keeping line numbers; every syntax error becomes a problem at its line (shifted by
 * `lineOffset` when the YAML starts further down the file, as front matter does).
 */
export function parseYamlLines(
  file: string,
  text: string,
  options: { lineOffset?: number; field?: string } = {},
): { doc: Document; lines: LineCounter; problems: CorpusProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const problems: CorpusProblem[] = doc.errors.map((error) => ({
    file,
    line: lines.linePos(error.pos[0]).line + (options.lineOffset ?? 0),
    ...(options.field ? { field: options.field } : {}),
    message: `malformed YAML: ${error.message.split('\n')[0]}`,
  }));
  return { doc, lines, problems };
}

/** 1-based line of a YAML node (or undefined when the node has no source range). */
export function lineOf(node: unknown, lines: LineCounter, offsetLines = 0): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return lines.linePos(node.range[0]).line + offsetLines;
}
