/**
 * What an editor sees: `npm run check` on a file with many mistakes lists every one in a single
 * run, in Norwegian, exits non-zero and prints no stack trace; the build refuses the same file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import contentCheck from '../../../src/integrations/content-check.ts';
import { fixtureProject, projectRoot } from '../../support/fixture-project.ts';

const runCheck = (root: string) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'check-content.ts'), root], { encoding: 'utf8' });

test('npm run check reports every mistake in a file at once and exits 1 without a stack trace', () => {
  const { root, cleanup } = fixtureProject('mange-feil');
  try {
    const run = runCheck(root);
    assert.equal(run.status, 1);
    assert.equal(run.stderr.trim(), '');
    assert.doesNotMatch(run.stdout, /\n\s+at .+:\d+:\d+/, 'no stack trace');
    const out = run.stdout;
    assert.match(out, /^content\/praksis\/mange-feil\.mdx$/m);
    for (const expected of [
      /linje 3, ingress: Ingressen må ha minst 20 tegn/,
      /linje 6, updated: «2024-02-30» er ikke en gyldig dato/,
      /linje 7, municipalities: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/,
      /linje 7, municipalities: Flere kommuner heter «Herøy»/,
      /linje 9, status: «ferdig» er ikke en gyldig verdi/,
      /linje 11, methods: Ukjent id «bti»/,
      /linje 13, contact: Ukjent id «korus-nor»\. Mente du «korus-nord»\?/,
      /linje 14, evalution: Ukjent felt «evalution»\. Mente du «evaluation»\?/,
      /linje 15, image\.alt: Feltet mangler/,
      /linje 23, \(tekst\): Attributtet onclick/,
      /linje 23, \(tekst\): Lenken \/verktoy\/bedre-tverrfaglig-innsat\/ går til en side som ikke finnes/,
      /linje 25, \(tekst\): <script> er ikke tillatt/,
      /linje 27, \(tekst\): <iframe> fra tracker\.example\.com er ikke tillatt/,
      /linje 29, \(tekst\): Seksjonen «Hva ble gjort» er ikke fylt ut/,
    ]) {
      assert.match(out, expected);
    }
    assert.match(out, /14 feil i 1 fil/);
  } finally {
    cleanup();
  }
});

test('npm run check passes the good fixture with exit code 0', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const run = runCheck(root);
    assert.equal(run.status, 0, run.stdout);
    assert.match(run.stdout, /Innholdet er i orden/);
  } finally {
    cleanup();
  }
});

/** Runs the integration's hook the way `astro build` (or `astro dev`) would. */
function runHook(root: string, command: 'build' | 'dev') {
  const logged: { level: string; text: string }[] = [];
  const logger = {
    info: (text: string) => logged.push({ level: 'info', text }),
    warn: (text: string) => logged.push({ level: 'warn', text }),
    error: (text: string) => logged.push({ level: 'error', text }),
  };
  const hook = contentCheck().hooks['astro:config:setup'] as unknown as (options: object) => void;
  let thrown: unknown;
  try {
    hook({ command, config: { root: pathToFileURL(`${root}/`) }, logger, updateConfig: () => {} });
  } catch (error) {
    thrown = error;
  }
  return { logged, thrown };
}

test('the build refuses the same problems with the same report', () => {
  const { root, cleanup } = fixtureProject('mange-feil');
  try {
    const { logged, thrown } = runHook(root, 'build');
    assert.ok(thrown instanceof Error, 'the build stops');
    assert.match(thrown.message, /innholdet har 14 feil/);
    const report = logged.find((l) => l.level === 'error')?.text ?? '';
    assert.match(report, /content\/praksis\/mange-feil\.mdx/);
    assert.match(report, /municipalities: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.match(report, /<script> er ikke tillatt/);
  } finally {
    cleanup();
  }
});

test('the dev server warns instead of stopping, and a clean project builds', () => {
  const broken = fixtureProject('script');
  const good = fixtureProject();
  try {
    const dev = runHook(broken.root, 'dev');
    assert.equal(dev.thrown, undefined);
    assert.match(dev.logged.find((l) => l.level === 'warn')?.text ?? '', /<script> er ikke tillatt/);
    const build = runHook(good.root, 'build');
    assert.equal(build.thrown, undefined);
    assert.match(build.logged[0]?.text ?? '', /Innholdet er i orden/);
  } finally {
    broken.cleanup();
    good.cleanup();
  }
});

test('a build on the same files as the last clean check does not check them again, but a change is checked', () => {
  const { root, cleanup } = fixtureProject();
  try {
    assert.match(runHook(root, 'build').logged[0]?.text ?? '', /Innholdet er i orden/);
    assert.match(runHook(root, 'build').logged[0]?.text ?? '', /uendret siden siste innholdssjekk/);
    const dir = join(root, 'content', 'praksis');
    const file = join(dir, readdirSync(dir).find((name) => /\.mdx?$/.test(name))!);
    appendFileSync(file, '\n<script>alert(1)</script>\n');
    const changed = runHook(root, 'build');
    assert.ok(changed.thrown instanceof Error, 'the changed file is checked and the build stops');
    assert.match(changed.logged.find((l) => l.level === 'error')?.text ?? '', /<script> er ikke tillatt/);
  } finally {
    cleanup();
  }
});
