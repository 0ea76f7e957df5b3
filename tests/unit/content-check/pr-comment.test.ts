/**
 * The pull-request comment: the check's Norwegian report where the editor sees it, a link to the
 * built site, and one comment per pull request that is updated on every push, never a new one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { commentMarker, prComment } from '../../../src/check/pr-comment.ts';
import { fixtureProject, projectRoot } from '../../support/fixture-project.ts';

const upsertComment = createRequire(import.meta.url)('../../../.github/scripts/upsert-comment.cjs') as (options: object) => Promise<{ updated?: number; created?: number }>;

test('a pull request with a mistake gets the check\'s report, with file, line and what to do', () => {
  const { root, cleanup } = fixtureProject('ukjent-kommune');
  try {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-content.ts'), root], { encoding: 'utf8' });
    assert.equal(run.status, 1);
    const body = prComment({ report: run.stdout, passed: false, runUrl: 'https://github.com/eier/nettsted/actions/runs/1', sha: 'abcdef1234567' });
    assert.ok(body.startsWith(commentMarker));
    assert.match(body, /^## ❌ Innholdssjekken fant feil \(endring abcdef1\)$/m);
    assert.match(body, /linje 7, municipalities: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.match(body, /^```text\n/m, 'the report keeps its lines');
    assert.match(body, /bygget når innholdssjekken er i orden/);
    assert.doesNotMatch(body, /\n\s+at .+:\d+:\d+/);
  } finally {
    cleanup();
  }
});

test('a clean pull request says so and links the built site', () => {
  const body = prComment({ report: 'Innholdet er i orden: 6 filer sjekket, ingen feil.', passed: true, artifactUrl: 'https://github.com/eier/nettsted/actions/runs/1/artifacts/2' });
  assert.match(body, /^## ✅ Innholdssjekken er i orden$/m);
  assert.match(body, /\[nettstedet \(zip\)\]\(https:\/\/github\.com\/eier\/nettsted\/actions\/runs\/1\/artifacts\/2\)/);
});

test('a report with backticks cannot break out of its block', () => {
  const body = prComment({ report: 'linje 3: skriv ```kode``` slik', passed: false });
  assert.match(body, /^````text\n/m);
});

/** A stand-in for the GitHub client github-script gives, recording what was done. */
function fakeGithub(existing: { id: number; body: string }[]) {
  const calls: string[] = [];
  return {
    calls,
    paginate: async (_method: unknown, _options: unknown) => existing,
    rest: {
      issues: {
        listComments: async () => ({ data: existing }),
        updateComment: async ({ comment_id }: { comment_id: number }) => void calls.push(`update ${comment_id}`),
        createComment: async () => (calls.push('create'), { data: { id: 99 } }),
      },
    },
  };
}

test('the workflow updates its one comment instead of adding another', async () => {
  const withComment = fakeGithub([{ id: 1, body: 'Takk!' }, { id: 7, body: `${commentMarker}\n## ❌ …` }]);
  await upsertComment({ github: withComment, owner: 'eier', repo: 'nettsted', issueNumber: 3, body: `${commentMarker}\nny`, marker: commentMarker });
  assert.deepEqual(withComment.calls, ['update 7']);
  const without = fakeGithub([{ id: 1, body: 'Takk!' }]);
  await upsertComment({ github: without, owner: 'eier', repo: 'nettsted', issueNumber: 3, body: `${commentMarker}\nny`, marker: commentMarker });
  assert.deepEqual(without.calls, ['create']);
});
