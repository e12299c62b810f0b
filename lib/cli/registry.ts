/**
 * The command registry of the `frontera` CLI. A command is a few words ("corpus stats") and a
 * run function; commands/index.ts lists them, main.ts dispatches to the longest matching name.
 */

export interface CliIO {
  /** Repository root: where corpus/ and public/ live. */
  root: string;
  out(text: string): void;
  err(text: string): void;
}

export interface Command {
  /** The words that select the command, e.g. "corpus stats". */
  name: string;
  /** Arguments after the name, for the usage text, e.g. "[--doc ID] [--json]". */
  args?: string;
  /** One line for the usage text. */
  summary: string;
  /** Returns the exit code. `args` are the words after the command's name. */
  run(args: string[], io: CliIO): number | Promise<number>;
}

/** The command whose name is the longest prefix of `argv`, and the remaining arguments. */
export function resolveCommand(
  commands: readonly Command[],
  argv: readonly string[],
): { command: Command; args: string[] } | null {
  let best: { command: Command; args: string[] } | null = null;
  for (const command of commands) {
    const words = command.name.split(' ');
    if (words.every((word, i) => argv[i] === word)) {
      if (!best || words.length > best.command.name.split(' ').length) {
        best = { command, args: argv.slice(words.length) };
      }
    }
  }
  return best;
}

export function usage(commands: readonly Command[]): string {
  const rows = commands.map((c) => [`frontera ${c.name}${c.args ? ` ${c.args}` : ''}`, c.summary]);
  const width = Math.max(...rows.map(([left]) => left?.length ?? 0));
  return [
    'Usage (or: npm run --silent cli -- <command>):',
    ...rows.map(([left, right]) => `  ${(left ?? '').padEnd(width)}  ${right}`),
  ].join('\n');
}

/**
 * Flag parsing for the commands: `--json` (a switch), `--doc ID` or `--doc=ID` (a value).
 * With `switches` given, anything else starting with `--` is returned in `unknown`, so a typo is
 * an error, not ignored; without it, every `--name` is accepted as a switch.
 */
export function parseFlags(
  args: readonly string[],
  spec: { switches?: readonly string[]; valued?: readonly string[] } = {},
): { flags: Map<string, string | true>; rest: string[]; unknown: string[] } {
  const switches = spec.switches;
  const valued = spec.valued ?? [];
  const flags = new Map<string, string | true>();
  const rest: string[] = [];
  const unknown: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      rest.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (valued.includes(name)) {
      const value = inline ?? args[++i];
      if (value === undefined) unknown.push(arg);
      else flags.set(name, value);
    } else if ((!switches || switches.includes(name)) && inline === undefined) {
      flags.set(name, true);
    } else unknown.push(arg);
  }
  return { flags, rest, unknown };
}
