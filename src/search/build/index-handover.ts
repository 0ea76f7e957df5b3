/**
 * The build's last step, where the system allows it: the build's own Node process becomes a small
 * shell that runs Pagefind's program and then, in a new Node process, writes the files beside the
 * index (`finishScript`, which calls finishIndex in src/search/build/index-site.ts).
 *
 * Why: Pagefind holds some 2.9 GiB at 10 000 pages, and a Node process waiting for it held another
 * 77–85 MiB (Node itself, its TypeScript stripping and the build's modules) at the same moment,
 * right at the 3 GiB budget. The shell holds about 1 MiB. The room it frees lets Pagefind's memory
 * allocator keep larger per-thread caches, which spared 2–8 s of CPU time at 10 000 pages
 * (docs/performance.md, «Runde 14»).
 *
 * Node's process.execve replaces the process (as the POSIX call does): nothing after it runs in
 * this process. It is missing on Windows, and experimental; where it is missing or fails, the
 * build indexes the site the usual way (indexSite), with the same result.
 */
import { pagefindCommand, pagefindFailure } from './pagefind-program.ts';
import { indexInvocation, prepareIndex } from './index-site.ts';

/**
 * The shell's script. Its arguments: the failure message (with %s for the exit code), Node, the
 * finishing script, the site's folder, its HTML file count, the index's cache (or nothing), then
 * Pagefind's program and arguments.
 * Pagefind writes only warnings and errors (`--quiet`), straight to the build's log.
 */
const SCRIPT = [
  'failed=$1 node=$2 finish=$3 site=$4 files=$5 cache=$6',
  'shift 6',
  '"$@" || { code=$?; printf "$failed\\n" "$code" >&2; exit "$code"; }',
  'exec "$node" "$finish" "$site" "$files" "$cache"',
].join('\n');

/**
 * Replaces this process with the index step for the site in `outDir`, reusing the index's files
 * kept in `cacheDir` (src/search/build/index-reuse.ts). Returns only where the system cannot do
 * it: the caller then indexes the site itself.
 */
export async function handOverToIndex(outDir: string, finishScript: string, cacheDir?: string): Promise<void> {
  const execve = process.execve?.bind(process);
  if (!execve) return;
  const { args, env, files } = await indexInvocation(outDir);
  let command: [string, string[]];
  try {
    command = pagefindCommand(args);
  } catch {
    return; // The caller's indexSite says in Norwegian that the program is missing.
  }
  const [program, programArgs] = command;
  await prepareIndex(outDir, cacheDir);
  // What this process has written must reach the log before the process is replaced: writes to a
  // pipe are asynchronous on some systems (macOS), and a replaced process drops what is queued.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise((done) => stream.write('', done))));
  try {
    execve('/bin/sh', ['sh', '-c', SCRIPT, 'sh', pagefindFailure('%s'), process.execPath, finishScript, outDir, String(files), cacheDir ?? '', program, ...programArgs], env);
  } catch {
    // No shell at /bin/sh: the caller indexes the site itself.
  }
}
