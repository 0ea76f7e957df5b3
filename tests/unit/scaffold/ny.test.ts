/**
 * `npm run ny` must write a file that passes the content check at once, except for what the editor
 * still has to write (marked «FYLL UT» and reported as such), must refuse to overwrite, and must
 * explain every wrong answer, with suggestions, whether given as flags or typed in.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../../src/check/validate.ts';
import { checksBeyondSchema } from '../../../src/check/all-checks.ts';
import { fixtureProject, projectRoot } from '../../support/fixture-project.ts';

const ny = (root: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [join(projectRoot, 'scripts', 'ny.ts'), ...args, '--rot', root], { encoding: 'utf8', input: input ?? '' });

const problemsIn = (root: string, file: string) => checkContent(root, checksBeyondSchema).problems.filter((p) => p.file === file);

test('a practice example from flags only lacks the body text, which the check reports by section', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const run = ny(root, [
      'praksis', '--tittel', 'Tidlig inn i Tromsø og Balsfjord', '--kommune', 'Tromsø', '--kommune', 'Balsfjord', '--tema', 'tidlig-intervensjon',
      '--status', 'pagar', '--fra', '2025', '--kontakt', 'korus-nord', '--sprak', 'nn', '--ingress', 'Kommunane gav tilsette opplæring i å snakke med gravide om alkohol.',
      '--utfordring', 'Tilsette på helsestasjonen var usikre på korleis dei skulle ta opp alkohol.', '--malgruppe', 'gravide,foreldre',
      '--metode', 'bedre-tverrfaglig-innsats', '--kilde', 'Årsrapport 2025', '--kilde-utgiver', 'KoRus Nord', '--kilde-ar', '2025', '--ja',
    ]);
    assert.equal(run.status, 0, run.stderr);
    const file = 'content/praksis/tidlig-inn-i-tromso-og-balsfjord.md';
    assert.match(run.stdout, new RegExp(`Laget ${file}`));
    assert.match(run.stdout, /Adresse: \/praksis\/tidlig-inn-i-tromso-og-balsfjord\//);
    const text = readFileSync(join(root, file), 'utf8');
    assert.match(text, /^municipalities: \[Tromsø, Balsfjord\]$/m);
    assert.match(text, /^updated: \d{4}-\d{2}-\d{2}$/m, "today's date");
    assert.match(text, /^## Kva vart gjort$/m, 'nynorsk headings for a nynorsk entry');
    // A practice example has no components: Markdown, with the help as Markdown comments.
    assert.match(text, /^<!-- FYLL UT: Kvifor starta kommunen arbeidet\?.* -->$/m);
    assert.ok(!text.includes('{/*'), 'no MDX comment in a Markdown file');
    const problems = problemsIn(root, file);
    assert.match(problems[0]!.message, /slett hjelpeteksten <!-- FYLL UT … -->/);
    assert.deepEqual(
      problems.map((p) => p.message.replace(/ er ikke fylt ut.*/, '')),
      ['Seksjonen «Bakgrunn»', 'Seksjonen «Kva vart gjort»', 'Seksjonen «Erfaringar og vidare arbeid»'],
    );
    assert.equal(checkContent(root, checksBeyondSchema).problems.length, problems.length, 'nothing else in the project is affected');
  } finally {
    cleanup();
  }
});

test('the issue\'s short command works, and what it could not know is marked and reported', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const run = ny(root, ['praksis', '--tittel', 'Samarbeid i Balsfjord', '--kommune', 'Balsfjord', '--tema', 'tidlig-intervensjon', '--status', 'pagar', '--fra', '2025', '--kontakt', 'korus-nord', '--ja']);
    assert.equal(run.status, 0, run.stderr);
    const problems = problemsIn(root, 'content/praksis/samarbeid-i-balsfjord.md');
    assert.deepEqual(problems.map((p) => p.field).sort(), ['(tekst)', '(tekst)', '(tekst)', 'challenge', 'ingress', 'sources.0.title', 'targetGroups.0'].sort());
    for (const p of problems) assert.match(p.message, /ikke fylt ut/);
  } finally {
    cleanup();
  }
});

for (const [type, args, folder] of [
  ['artikkel', ['--art', 'fagartikkel'], 'artikler'],
  ['aktuelt', [], 'aktuelt'],
  ['arrangement', ['--art', 'kurs', '--start', '2026-06-10T09:00', '--sted', 'Tromsø', '--arrangor', 'korus-nord'], 'arrangementer'],
  ['ordbok', [], 'ordbok'],
] as const) {
  test(`a new ${type} passes the check except for the texts marked «FYLL UT»`, () => {
    const { root, cleanup } = fixtureProject();
    try {
      const run = ny(root, [type, '--tittel', 'Stafettlogg', '--tema', 'samhandling', ...args, '--ja']);
      assert.equal(run.status, 0, run.stderr);
      const file = `content/${folder}/stafettlogg.md`;
      assert.ok(existsSync(join(root, file)));
      const problems = problemsIn(root, file);
      assert.ok(problems.length > 0, 'the unwritten text is reported');
      for (const p of problems) assert.match(p.message, /ikke fylt ut|FYLL UT/, JSON.stringify(p));
    } finally {
      cleanup();
    }
  });
}

test('it refuses to overwrite an existing entry, whichever ending it has', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const before = readFileSync(join(root, 'content/praksis/bti-i-tromso.mdx'), 'utf8');
    const run = ny(root, ['praksis', '--tittel', 'BTI i Tromsø', '--kommune', 'Tromsø', '--tema', 'samhandling', '--status', 'pagar', '--fra', '2025', '--kontakt', 'korus-nord', '--ja']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /Det finnes allerede en fil med navnet content\/praksis\/bti-i-tromso\.mdx/);
    assert.equal(readFileSync(join(root, 'content/praksis/bti-i-tromso.mdx'), 'utf8'), before);
  } finally {
    cleanup();
  }
});

test('wrong flags are all explained at once, with suggestions, and nothing is written', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const run = ny(root, ['praksis', '--tittel', 'Nytt eksempel', '--kommune', 'Tromsøy', '--tema', 'tidlig', '--status', 'ferdig', '--fra', '25', '--kontakt', 'korus-nrod', '--ja']);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /--kommune: Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.match(run.stderr, /--tema: Ukjent tema «tidlig»\. Mente du «tidlig-intervensjon»\?/);
    assert.match(run.stderr, /--status: Ukjent status «ferdig»\. Velg blant: planlagt, pagar, avsluttet, ukjent-utfall/);
    assert.match(run.stderr, /--fra: «25» er ikke et årstall/);
    assert.match(run.stderr, /--kontakt: Ukjent organisasjon «korus-nrod»\. Mente du «korus-nord»/);
    assert.ok(!existsSync(join(root, 'content/praksis/nytt-eksempel.md')));
  } finally {
    cleanup();
  }
});

test('typed answers are checked one by one and a wrong one is asked again', () => {
  const { root, cleanup } = fixtureProject();
  try {
    const answers = [
      'praksis', 'Samarbeid i Herøy', '', 'Kommunen samarbeidet om tidlig innsats for unge og familier.',
      'Tromsøy', 'Herøy', 'Herøy (Nordland)', '', 'tidlig', '1', '2024', '', '2',
      'For mange unge fikk hjelp for sent fordi tjenestene ikke delte bekymringer.', 'unge', '', '', '', 'korus-nord', '',
      'Plan for samarbeidet', '', '', '', 'j',
    ];
    const run = ny(root, [], `${answers.join('\n')}\n`);
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Ukjent kommune «Tromsøy»\. Mente du «Tromsø»\?/);
    assert.match(run.stdout, /Flere kommuner heter «Herøy»/);
    assert.match(run.stdout, /Ukjent tema «tidlig»\. Mente du «tidlig-intervensjon»\?/);
    const file = 'content/praksis/samarbeid-i-heroy.md';
    assert.match(readFileSync(join(root, file), 'utf8'), /municipalities: \["Herøy \(Nordland\)"\]/);
    const problems = problemsIn(root, file);
    assert.ok(problems.every((p) => /Seksjonen «.+» er ikke fylt ut/.test(p.message)), JSON.stringify(problems));
  } finally {
    cleanup();
  }
});
