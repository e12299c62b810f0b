/** Every CLI command, in the order the usage text lists them. Add a command with one line. */
import type { Command } from '../registry';
import { annotate } from './annotate';
import { corpusEntities, corpusPassages, corpusStats } from './corpus';
import { packBuild } from './pack';

export const commands: Command[] = [
  corpusStats,
  corpusEntities,
  corpusPassages,
  annotate,
  packBuild,
];
