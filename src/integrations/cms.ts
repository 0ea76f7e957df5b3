/**
 * The editor at /admin/ under `npm run dev`. The build writes its files through the endpoints in
 * src/pages/admin/; the dev server would hand /admin/decap-cms.js and redigering.css to Vite as
 * modules of its own and has no page at /admin/ itself, so this serves those from the same sources.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleDir } from '../cms/bundle.ts';
import { adminPage } from '../cms/admin-page.ts';

export default function cms(): AstroIntegration {
  return {
    name: 'cms',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'dev') return;
        const root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            plugins: [{
              name: 'cms-dev',
              configureServer(server) {
                server.middlewares.use((req, res, next) => {
                  const path = (req.url ?? '').split('?')[0]!;
                  if (path === '/admin/' || path === '/admin') {
                    res.setHeader('Content-Type', 'text/html; charset=utf-8');
                    return res.end(adminPage());
                  }
                  if (path === '/admin/redigering.css') {
                    res.setHeader('Content-Type', 'text/css; charset=utf-8');
                    return res.end(readFileSync(fileURLToPath(new URL('../cms/admin.css', import.meta.url))));
                  }
                  const bundle = /^\/admin\/((?:\d+\.)?decap-cms\.js)$/.exec(path)?.[1];
                  const file = bundle ? join(bundleDir(root), bundle) : undefined;
                  if (!file || !existsSync(file)) return next();
                  res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
                  return res.end(readFileSync(file));
                });
              },
            }],
          },
        });
      },
    },
  };
}
