/**
 * The `frontera` command line (`npx frontera …`, `npm run --silent cli -- …`).
 * Exit codes: 0 ok, 1 the command failed (e.g. corpus problems), 2 usage error.
 */
import { fileURLToPath } from 'node:url';
import { commands } from './commands';
import { type CliIO, resolveCommand, usage } from './registry';

export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.out(usage(commands));
    return argv.length === 0 ? 2 : 0;
  }
  const resolved = resolveCommand(commands, argv);
  if (!resolved) {
    io.err(`Unknown command: ${argv.join(' ')}\n`);
    io.err(usage(commands));
    return 2;
  }
  return resolved.command.run(resolved.args, io);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  // `frontera corpus passages | head` closes the pipe early: that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const io: CliIO = {
    root: fileURLToPath(new URL('../../', import.meta.url)),
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : error}\n`);
      process.exitCode = 1;
    },
  );
}
