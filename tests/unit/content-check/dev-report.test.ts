/**
 * `npm run dev` with a content error: the browser gets the check's Norwegian report instead of the
 * page (never a stack trace), and once the file is fixed and saved the page comes back.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentReport } from '../../../src/integrations/dev-content-report.ts';
import { fixtureProject } from '../../support/fixture-project.ts';

/** Asks the middleware for a page as a browser would; returns the HTML sent, or 'next' if it let the site answer. */
function requestPage(middleware: ReturnType<typeof contentReport>['middleware'], url = '/praksis/bti-i-tromso/'): { status?: number; body: string } {
  const sent: { status?: number; body: string } = { body: 'next' };
  const res = {
    statusCode: 200,
    setHeader() {},
    end(body: string) {
      sent.status = this.statusCode;
      sent.body = body;
    },
  };
  middleware({ method: 'GET', url, headers: { accept: 'text/html,application/xhtml+xml' } } as IncomingMessage, res as unknown as ServerResponse, () => {});
  return sent;
}

test('a content error shows as the Norwegian report in the browser and disappears when fixed', () => {
  const { root, cleanup } = fixtureProject('ukjent-kommune');
  try {
    const state = contentReport(root);
    const page = requestPage(state.middleware);
    assert.equal(page.status, 500);
    assert.match(page.body, /<html lang="nb">/);
    assert.match(page.body, /content\/praksis\/ukjent-kommune\.mdx/);
    assert.match(page.body, /linje 7, municipalities: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.doesNotMatch(page.body, /\n\s+at .+:\d+:\d+|Error:/, 'no stack trace');
    assert.equal(requestPage(state.middleware, '/admin/').body, 'next', 'the editor stays usable');

    const file = join(root, 'content', 'praksis', 'ukjent-kommune.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Tromsøy', 'Tromsø'));
    state.recheck(); // what saving the file triggers through the dev server's watcher
    assert.equal(requestPage(state.middleware).body, 'next', 'the page is shown again');
  } finally {
    cleanup();
  }
});

test('the good fixture is served as the site, untouched', () => {
  const { root, cleanup } = fixtureProject();
  try {
    assert.equal(requestPage(contentReport(root).middleware).body, 'next');
  } finally {
    cleanup();
  }
});
