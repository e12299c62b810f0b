/**
 * Build problems: everything the corpus build rejects is reported as a problem that names the
 * file and the line (or field), so a maintainer can jump straight to it. Loaders collect problems
 * instead of throwing, so one build run reports all of them at once.
 */

export interface CorpusProblem {
  /** Path of the file, as given to the loader (usually relative to the repository). */
  file: string;
  /** 1-based line, when the problem has a place in the file. */
  line?: number;
  /** Where in the record: e.g. `entities[3].aliases[1].text` or `front matter: kind`. */
  field?: string;
  message: string;
}

/** `corpus/entities/people.yaml:12 (aliases[1]): alias "AMLO" is …` */
export function formatProblem(problem: CorpusProblem): string {
  const place = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field ? ` (${problem.field})` : '';
  return `${place}${field}: ${problem.message}`;
}

/** Thrown by the build when any problem was found; carries them all. */
export class CorpusBuildError extends Error {
  constructor(readonly problems: CorpusProblem[]) {
    super(
      `${problems.length} corpus problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CorpusBuildError';
  }
}
