/** Requests to the nginx under test with any Host header, and the tables it should answer from. */
import { request as httpRequest } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inventoryFile, readInventory, type InventoryRow } from '../../src/legacy/inventory.ts';
import { livePages, type LivePage } from '../../src/legacy/live.ts';
import { parseRequest } from '../../src/legacy/normalise.ts';
import { resolve, type Answer } from '../../src/legacy/resolve.ts';
import { buildTables, pathOnly, type Tables } from '../../src/legacy/tables.ts';
import { port, root } from './server.ts';

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to 127.0.0.1:8080 as if to `host`; `path` as it goes on the wire. */
export function get(host: string, path: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'GET', headers: { host, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`Ingen svar fra nginx på ${host}${path}`)));
    req.end();
  });
}

/** An absolute address: its host and the path with query, as sent. */
export function split(url: string): { host: string; path: string } {
  const u = new URL(url);
  return { host: u.host, path: `${u.pathname}${u.search}` };
}

export const dist = join(root, 'dist');
/** The new site's origin, as the build wrote it into the nginx tables. */
export const origin = /map \$host \$legacy_origin \{\s*default "([^"]+)";/.exec(readFileSync(join(dist, '_nginx/legacy.conf'), 'utf8'))![1]!;
export const newHost = new URL(origin).host;

let cached: { pages: LivePage[]; rows: InventoryRow[]; tables: Tables } | undefined;
export function site() {
  if (!cached) {
    const pages = livePages(dist);
    const { rows } = readInventory(join(root, inventoryFile));
    cached = { pages, rows, tables: buildTables(pages, rows) };
  }
  return cached;
}

/** What resolve.ts says an absolute address should get. */
export function expected(url: string): Answer {
  const u = new URL(url);
  return resolve(site().tables, parseRequest(url), u.pathname, origin);
}

/** Where a Location leads on this server: an old host's redirect names the new host. */
export function target(location: string, fromHost: string): { host: string; path: string } {
  const u = new URL(location, `http://${fromHost}`);
  return { host: u.host, path: `${u.pathname}${u.search}` };
}

/** True when a Location is a live page of the new site, asked for as sent. */
export async function isLivePage(location: string, fromHost: string): Promise<boolean> {
  const t = target(location, fromHost);
  if (t.host !== newHost && t.host !== fromHost) return false;
  if (!site().pages.some((p) => p.path === pathOnly(t.path))) return false;
  const reply = await get(t.host, t.path);
  return reply.status === 200 && String(reply.headers['content-type']).startsWith('text/html');
}
