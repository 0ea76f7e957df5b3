/**
 * Starting the project's nginx for the tests: the command from the README, in the foreground so
 * that Playwright can stop it. Tells what to do if nginx or the build is missing.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const port = 8080;
export const base = `http://127.0.0.1:${port}`;

const candidates = [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].filter((p): p is string => Boolean(p));

export function nginxCommand(): string {
  const nginx = candidates.find((p) => existsSync(p));
  if (!nginx) throw new Error('Fant ikke nginx. Installer Debians pakke med «apt-get install nginx», eller sett NGINX_PATH.');
  if (!existsSync(`${root}dist/_nginx/legacy.conf`)) throw new Error('dist/_nginx/ mangler. Kjør «npm run build» før nginx-testene.');
  // Run as root (as in CI), nginx's workers would become «nobody», which may not be allowed to
  // read a checkout in a private folder; the tests keep them as the user that started nginx.
  const user = process.getuid?.() === 0 ? ' user root;' : '';
  return `${nginx} -p "${root}" -c deploy/nginx/nginx.conf -g "daemon off;${user}"`;
}
