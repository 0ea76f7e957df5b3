/**
 * A throwaway copy of the project as a git repository, with Decap CMS's own local backend
 * (`decap-server` in git mode) serving it, so /admin/ can be driven in a browser without GitHub.
 * In git mode the editorial workflow works as on GitHub: «Lagre» commits to a branch
 * cms/<collection>/<slug>, which the test then checks out, checks and builds.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { projectRoot } from './fixture-project.ts';

const git = (cwd: string, ...args: string[]) => {
  const run = spawnSync('git', ['-c', 'user.name=Testredaktør', '-c', 'user.email=test@example.org', ...args], { cwd, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`git ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};

/** A free TCP port on this machine. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface CmsBackend {
  /** The project copy (a git repository on branch main). */
  root: string;
  /** The proxy's API address, for local_backend.url in the form's configuration. */
  apiUrl: string;
  git: (...args: string[]) => string;
  stop: () => void;
}

/** Copies the project's own files (what git would commit) and starts decap-server on it. */
export async function startCmsBackend(): Promise<CmsBackend> {
  const root = mkdtempSync(join(tmpdir(), 'cms-'));
  const files = git(projectRoot, 'ls-files', '--cached', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    try {
      copyFileSync(join(projectRoot, file), join(root, file));
    } catch {
      // A file deleted in the working tree but still in the index: nothing to copy.
    }
  }
  symlinkSync(join(projectRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'Utgangspunkt');
  const port = await freePort();
  const server: ChildProcess = spawn(process.execPath, [join(projectRoot, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    env: { ...process.env, PORT: String(port), MODE: 'git', GIT_REPO_DIRECTORY: root, BIND_HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const apiUrl = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(apiUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'info' }) }).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    root,
    apiUrl,
    git: (...args) => git(root, ...args),
    stop: () => {
      server.kill();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
