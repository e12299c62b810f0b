/**
 * Builds the Chrome extension as it was at a git ref, for the benchmarks' side-by-side runs
 * (`bench:page --baseline DIR`, `bench:real --baseline DIR`).
 *
 * A detached git worktree of <ref> in a temp folder (this checkout's node_modules symlinked in),
 * `npm run corpus && npx wxt build` there, .output/chrome-mv3 copied to
 * .output/baseline/<ref>/chrome-mv3, the worktree removed. The working tree and index of this
 * checkout are not touched.
 *
 * Usage: npx tsx scripts/bench/build-baseline.ts <git-ref> [--force]
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

function run(cmd: string, args: string[], cwd: string): string {
  return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function baselineDir(ref: string): string {
  return join(ROOT, '.output/baseline', ref.replace(/[^\w.-]/g, '_'), 'chrome-mv3');
}

function main(): void {
  const ref = process.argv[2];
  if (!ref || ref.startsWith('--')) {
    console.error('Usage: npx tsx scripts/bench/build-baseline.ts <git-ref> [--force]');
    process.exit(2);
  }
  const out = baselineDir(ref);
  if (existsSync(join(out, 'manifest.json')) && !process.argv.includes('--force')) {
    console.log(`${out} already built (pass --force to rebuild)`);
    return;
  }
  const commit = run('git', ['rev-parse', '--verify', `${ref}^{commit}`], ROOT).trim();
  const tmp = mkdtempSync(join(tmpdir(), 'frontera-baseline-'));
  const tree = join(tmp, 'tree');
  run('git', ['worktree', 'add', '--detach', tree, commit], ROOT);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(tree, 'node_modules'), 'dir');
    execFileSync('npm', ['run', '--silent', 'corpus'], { cwd: tree, stdio: 'inherit' });
    execFileSync('npx', ['wxt', 'build'], { cwd: tree, stdio: 'inherit' });
    rmSync(out, { recursive: true, force: true });
    cpSync(join(tree, '.output/chrome-mv3'), out, { recursive: true });
    console.log(`Baseline ${ref} (${commit.slice(0, 12)}) built into ${out}`);
  } finally {
    run('git', ['worktree', 'remove', '--force', tree], ROOT);
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
