/**
 * `npm run build` checks the content beside Astro (scripts/lib/check-alongside.ts). What the person
 * reading the log must still see: the check's report first; on a content error that report alone
 * and a stopped build, not Astro's messages about the same file or a build that runs on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fixtureProject, projectRoot } from '../../support/fixture-project.ts';

/** Runs buildBesideCheck in a process of its own with two stand-in commands, as scripts/astro.ts does. */
function build(checkCode: string, astroCode: string) {
  const module = join(projectRoot, 'scripts', 'lib', 'check-alongside.ts');
  const driver = `
    const { buildBesideCheck } = await import(${JSON.stringify(module)});
    const node = process.execPath;
    const { status } = await buildBesideCheck([node, ['-e', ${JSON.stringify(checkCode)}]], [node, ['-e', ${JSON.stringify(astroCode)}]], process.cwd(), process.env);
    console.log('status ' + status);`;
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', driver], { encoding: 'utf8' });
  return { output: run.stdout + run.stderr, seconds: (Date.now() - started) / 1000 };
}

test('a clean check is reported before anything Astro printed meanwhile, and Astro runs to its end', () => {
  const { output } = build(
    `setTimeout(() => console.log('Innholdet er i orden: 3 filer sjekket, ingen feil.'), 400)`,
    `console.log('astro: synkroniserer innhold'); setTimeout(() => console.log('astro: ferdig'), 800)`,
  );
  assert.ok(output.indexOf('Innholdet er i orden') >= 0, output);
  assert.ok(output.indexOf('Innholdet er i orden') < output.indexOf('astro: synkroniserer innhold'), `the check's report comes first:\n${output}`);
  assert.match(output, /astro: ferdig/);
  assert.match(output, /status 0/);
});

test('a content error stops Astro at once, and only the check speaks', () => {
  const { output, seconds } = build(
    `setTimeout(() => { console.log('content/praksis/x.md\\n  linje 2, title: Skriv en kort tittel.'); process.exit(1); }, 300)`,
    `console.error('[InvalidContentEntryDataError] praksis → x data does not match collection schema'); setTimeout(() => console.log('astro: ferdig'), 20000)`,
  );
  assert.match(output, /linje 2, title: Skriv en kort tittel\./);
  assert.match(output, /Bygget stoppet: innholdet har feil/);
  assert.doesNotMatch(output, /InvalidContentEntryDataError|astro: ferdig/, 'Astro\'s own messages are not shown');
  assert.match(output, /status 1/);
  assert.ok(seconds < 10, `the build stopped without waiting for Astro (${seconds} s)`);
});

test('when Astro fails, its messages are still shown once the check has passed', () => {
  const { output } = build(
    `setTimeout(() => console.log('Innholdet er i orden: 3 filer sjekket, ingen feil.'), 300)`,
    `console.error('astro: en side kunne ikke bygges'); process.exit(3)`,
  );
  assert.ok(output.indexOf('Innholdet er i orden') < output.indexOf('astro: en side kunne ikke bygges'), output);
  assert.match(output, /status 3/);
});

test('npm run build on content with mistakes stops with the same report as npm run check', () => {
  const { root, cleanup } = fixtureProject('mange-feil');
  try {
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts', 'astro.ts'), 'build'], { cwd: root, encoding: 'utf8' });
    const output = run.stdout + run.stderr;
    assert.equal(run.status, 1, output);
    assert.match(output, /content\/praksis\/mange-feil\.mdx/);
    assert.match(output, /municipalities: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.match(output, /14 feil i 1 fil/);
    assert.match(output, /Bygget stoppet: innholdet har feil \(se over\)\./);
    assert.doesNotMatch(output, /\[build\]|\[content\]|    at /, 'nothing from Astro, no stack trace');
  } finally {
    cleanup();
  }
});
