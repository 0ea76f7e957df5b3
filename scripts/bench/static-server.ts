/**
 * A small static file server for a built site, on the loopback address only. It behaves like a
 * plain static host or CDN: text is sent gzip-compressed, Pagefind's hashed files are cacheable,
 * and a folder address serves its index.html. Used to measure what a search costs to download.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const compressible = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.txt']);

export function serveStatic(root: string, port = 0): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': types[ext] ?? 'application/octet-stream' };
    // Pagefind names its index files by content hash, so they can be cached for a long time.
    headers['cache-control'] = path.startsWith('/pagefind/') || path.startsWith('/_astro/') ? 'public, max-age=31536000' : 'no-cache';
    if (compressible.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}` });
    });
  });
}
