/**
 * What the pull-request workflows promise editors: the content check before anything slow is
 * installed, the built site as a download, and one comment with the report (PR template).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { projectRoot } from '../support/fixture-project.ts';

interface Step { name?: string; run?: string; uses?: string; with?: Record<string, unknown>; id?: string; if?: string }
const workflow = (name: string) => parse(readFileSync(join(projectRoot, '.github', 'workflows', name), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Step[] }> };
const steps = (name: string) => Object.values(workflow(name).jobs).flatMap((job) => job.steps);
const indexOf = (list: Step[], match: (s: Step) => boolean) => list.findIndex(match);

test('the content check runs before browsers and nginx are installed', () => {
  const ci = steps('ci.yml');
  const check = indexOf(ci, (s) => /npm run -s check/.test(s.run ?? ''));
  const browsers = indexOf(ci, (s) => /apt-get install[^\n]*chromium/.test(s.run ?? ''));
  assert.ok(check >= 0 && browsers > check, 'check first, then Chromium and nginx');
});

test('every pull request is checked, built, uploaded for download and commented once', () => {
  const preview = workflow('forhandsvisning.yml');
  assert.ok('pull_request' in preview.on);
  const list = steps('forhandsvisning.yml');
  const check = indexOf(list, (s) => s.id === 'sjekk');
  const build = indexOf(list, (s) => /npm run -s build/.test(s.run ?? ''));
  const upload = indexOf(list, (s) => String(s.uses).startsWith('actions/upload-artifact') && s.with?.path === 'dist/');
  const comment = indexOf(list, (s) => /scripts\/pr-comment\.ts/.test(s.run ?? ''));
  assert.ok(check >= 0 && check < build && build < upload && upload < comment, 'check, build, upload dist/, write the comment');
  const poster = steps('kommentar.yml');
  assert.ok(poster.some((s) => /upsert-comment\.cjs/.test(String(s.with?.script ?? ''))), 'the comment is updated, not added again');
});

test('the pull-request template promises only what the workflows do', () => {
  const template = readFileSync(join(projectRoot, '.github', 'PULL_REQUEST_TEMPLATE.md'), 'utf8');
  assert.match(template, /nettstedet \(zip\)|Last ned nettstedet/, 'the template points to the download the workflow uploads');
});

test('both workflows that build keep Astro’s cache folder between runs, restored before the build', async () => {
  const { default: config } = await import('../../astro.config.mjs');
  const cacheDir = new URL(config.cacheDir ?? '', pathToFileURL(`${projectRoot}/`)).pathname.replace(projectRoot, '').replace(/^\/|\/$/g, '');
  const kept = cacheDir.split('/')[0]!;
  for (const name of ['ci.yml', 'forhandsvisning.yml']) {
    const list = steps(name);
    const restore = indexOf(list, (s) => String(s.uses).startsWith('actions/cache') && s.with?.path === kept);
    const build = indexOf(list, (s) => /npm (run -s build|test)|\.ci\/run/.test(s.run ?? ''));
    assert.ok(restore >= 0 && restore < build, `${name}: ${kept} restored before the build`);
    assert.ok(String(list[restore]!.with?.['restore-keys'] ?? '').length > 0, `${name}: an older cache is used when there is no exact match`);
  }
});

test('the benchmark on the runner measures 10 000 pages with a warm build and publishes the report it writes', () => {
  const bench = workflow('ytelse.yml');
  assert.ok(!('pull_request' in bench.on), 'not a check on every pull request: it takes a quarter of an hour or more');
  const list = steps('ytelse.yml');
  const run = list.find((s) => /npm run bench/.test(s.run ?? ''))?.run ?? '';
  assert.match(run, /--sizes 10000\b/);
  assert.match(run, /--warm\b/);
  const name = run.match(/--name (\S+)/)?.[1];
  assert.ok(name, 'the report has a name of its own, so it is the one published');
  assert.ok(list.some((s) => String(s.uses).startsWith('actions/upload-artifact') && s.with?.path === `bench/results/${name}.*`), 'the report is uploaded');
  assert.ok(list.some((s) => (s.run ?? '').includes(`bench/results/${name}.md`) && /GITHUB_STEP_SUMMARY/.test(s.run ?? '')), 'the report is shown in the summary');
});
