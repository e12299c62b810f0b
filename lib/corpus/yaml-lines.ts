/** Line numbers for YAML nodes, so validation messages can point into the maintainer's file. */
import { isNode, type LineCounter } from 'yaml';

/** 1-based line of a YAML node (or undefined when the node has no source range). */
export function lineOf(node: unknown, lines: LineCounter, offsetLines = 0): number | undefined {
  if (!isNode(node) || !node.range) return undefined;
  return lines.linePos(node.range[0]).line + offsetLines;
}
