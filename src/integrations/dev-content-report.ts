/**
 * `npm run dev`: while content has errors, every page shows the content check's Norwegian report
 * (the same text as `npm run check`) instead of the page or an English stack trace. The check runs
 * again when a file under content/ is saved, and the report page reloads itself every few seconds
 * without JavaScript, so a fixed error disappears on its own.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, sep } from 'node:path';
import type { Plugin } from 'vite';
import { checkContent, errorsIn, formatProblems } from '../check/validate.ts';
import { checksBeyondSchema } from '../check/all-checks.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page shown instead of the site while content has errors. */
export function reportPage(report: string): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="2">
<title>Innholdet har feil</title>
<style>body{font:1rem/1.5 system-ui,sans-serif;margin:0 auto;padding:1rem;max-width:60rem;color:#1a1a1a}pre{white-space:pre-wrap;background:#fff4f2;border-left:.3rem solid #b3261e;padding:1rem;font-size:.95rem}</style>
</head>
<body>
<main>
<h1>Innholdet har feil</h1>
<p>Sjekken fant feil i innholdet. Rett dem i filene og lagre: siden lastes på nytt av seg selv når feilene er borte.</p>
<pre>${escape(report)}</pre>
</main>
</body>
</html>
`;
}

type Next = (error?: unknown) => void;

/** The check's state for one project, kept up to date by recheck(). */
export function contentReport(root: string) {
  let report: string | undefined;
  const recheck = () => {
    const result = checkContent(root, checksBeyondSchema);
    report = errorsIn(result).length > 0 ? formatProblems(result) : undefined;
  };
  recheck();
  const middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const wantsPage = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html');
    // The editor at /admin/ must stay usable while the content it is fixing is broken.
    if (!report || !wantsPage || (req.url ?? '').startsWith('/admin/')) return next();
    res.statusCode = 500;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Cache-Control', 'no-store');
    res.end(reportPage(report));
  };
  return { recheck, middleware, current: () => report };
}

/** The Vite plugin that puts the report in front of `astro dev`. */
export function devContentReport(root: string): Plugin {
  return {
    name: 'content-report',
    apply: 'serve',
    configureServer(server) {
      const state = contentReport(root);
      const content = join(root, 'content') + sep;
      let timer: NodeJS.Timeout | undefined;
      server.watcher.on('all', (_event, path) => {
        if (!path.startsWith(content)) return;
        clearTimeout(timer);
        timer = setTimeout(state.recheck, 150);
      });
      // Registered before Astro's own handler, so a content error never reaches its error overlay.
      server.middlewares.use(state.middleware);
    },
  };
}
