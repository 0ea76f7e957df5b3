/**
 * `npm run build` checks the content beside Astro instead of before it. The check (the same
 * command as `npm run check`) takes some 10 s at 10 000 pages on one core, while Astro spends its
 * first seconds loading config and syncing content on the other; one after the other they cost
 * that much wall time again. What the reader of the log sees is unchanged: Astro's output is held
 * back until the check has answered, so a content error is reported first and alone (Astro is
 * stopped), never after a schema error of Astro's about the same file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { buildStopped } from '../../src/check/build-signals.ts';

export interface BuildOutcome {
  /** Astro's exit code, or 1 when the check stopped the build. */
  status: number;
}

/** A child's output, held until released, then passed straight through. */
function holdOutput(child: ChildProcess) {
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let holding = true;
  const pass = (stream: NodeJS.ReadableStream | null, to: NodeJS.WriteStream) =>
    stream?.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
  pass(child.stdout, process.stdout);
  pass(child.stderr, process.stderr);
  return {
    release() {
      holding = false;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
  };
}

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

/**
 * Runs the content check and Astro's build at once. `check` and `astro` are [command, args]; both
 * run in `cwd` with `env`. Resolves when Astro has ended (or has been stopped because of the check).
 */
export async function buildBesideCheck(check: [string, string[]], astro: [string, string[]], cwd: string, env: NodeJS.ProcessEnv): Promise<BuildOutcome> {
  // Astro's output goes through a pipe while held; keep its colours if the terminal has them.
  const astroEnv = process.stdout.isTTY ? { ...env, FORCE_COLOR: env.FORCE_COLOR ?? '1' } : env;
  const checker = spawn(check[0], check[1], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const builder = spawn(astro[0], astro[1], { cwd, env: astroEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const astroOutput = holdOutput(builder);
  const astroEnded = exited(builder);
  let report = '';
  checker.stdout?.on('data', (chunk: Buffer) => (report += chunk.toString()));
  checker.stderr?.on('data', (chunk: Buffer) => (report += chunk.toString()));
  const checkStatus = await exited(checker);
  process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  if (checkStatus !== 0) {
    builder.kill('SIGTERM');
    await astroEnded;
    console.error(
      checkStatus === 1
        ? buildStopped()
        : 'Bygget stoppet: innholdssjekken kunne ikke kjøres (se over).',
    );
    return { status: 1 };
  }
  astroOutput.release();
  return { status: await astroEnded };
}
