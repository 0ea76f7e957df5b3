/**
 * Pagefind's own program (the command line), run over a built site. The build uses it rather than
 * Pagefind's Node API: the API's service reads the pages one at a time on one core, and builds the
 * whole index twice when asked to write it (its `WriteFiles` builds the index, then calls a write
 * that builds it again). The program reads the pages on every core and builds once. At 10 000
 * pages that took the index step from 37–42 s to 19–25 s, at the same peak memory
 * (docs/performance.md, «Runde 13»).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

/**
 * The program for this machine, from the platform package the pagefind package installs, found
 * the way Pagefind's own Node API finds it (resolved from the pagefind package, so it works
 * however the packages are laid out). PAGEFIND_EXTENDED_BINARY_PATH points elsewhere, as it
 * does for Pagefind's own wrapper. The extended program is the one the API uses too.
 */
export function pagefindProgram(): string {
  const override = process.env.PAGEFIND_EXTENDED_BINARY_PATH;
  if (override) return override;
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const program = platform === 'windows' ? 'pagefind_extended.exe' : 'pagefind_extended';
  return createRequire(import.meta.resolve('pagefind')).resolve(`@pagefind/${platform}-${process.arch}/bin/${program}`);
}

/**
 * The program and its arguments for a run with `args`. Pagefind is asked for its warnings and
 * errors only (`--quiet`).
 */
export const pagefindCommand = (args: readonly string[]): [string, string[]] => [pagefindProgram(), ['--quiet', ...args]];

/** What the build says when Pagefind's program ended with `code`. */
export const pagefindFailure = (code: number | string): string => `Pagefind kunne ikke bygge søkeindeksen (avsluttet med kode ${code}).`;

/** How many lines of Pagefind's own output a failure shows. */
const SHOWN_LINES = 20;

/**
 * Runs the program with `args` and `env`; resolves when it has finished and rejects, in
 * Norwegian with the end of Pagefind's output, when it failed. Warnings from a run that succeeded
 * are passed on to the build's log.
 */
export function runPagefind(args: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const [program, programArgs] = pagefindCommand(args);
    const child = spawn(program, programArgs, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (chunk: Buffer) => (output += chunk.toString('utf8'));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) => reject(new Error(`Fant ikke Pagefinds program (${error.message}). Kjør npm install og prøv igjen.`)));
    child.on('close', (code) => {
      if (code === 0) {
        if (output.trim()) console.warn(output.trim());
        return resolve();
      }
      const tail = output.trim().split('\n').slice(-SHOWN_LINES).join('\n');
      reject(new Error(`${pagefindFailure(code ?? 'ukjent')}\n${tail}`));
    });
  });
}
