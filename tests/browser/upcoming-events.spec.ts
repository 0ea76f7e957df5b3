/**
 * Past and upcoming events follow the build date. The site's own events are all over by now, so
 * this builds it as of 1 June 2022, when one of them was still ahead: that one must be in the
 * subscribable calendar with its registration deadline and offer «Legg i kalenderen»; the 2019
 * one must not. The build runs in a copy of the project, so it cannot collide with another test
 * building at the same time (Astro keeps its work files in the project folder).
 */
import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ICAL from 'ical.js';

test.describe.configure({ mode: 'serial' });

const upcoming = 'dialogmote-rus-psykisk-helse-nordmore-2022';
const past = 'laeringsnettverk-trondelag-arbeidsgruppe-forste-mote-2019';
let root = '';
const read = (path: string) => readFileSync(join(root, 'dist', path), 'utf8');

test.beforeAll(() => {
  test.setTimeout(300_000);
  root = mkdtempSync(join(tmpdir(), 'kommende-'));
  for (const part of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'content', 'public']) cpSync(part, join(root, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'), 'dir');
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    env: { ...process.env, BUILD_DATE: '2022-06-01', ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Bygget feilet:\n${(result.stdout + result.stderr).slice(-3000)}`);
});

test.afterAll(() => rmSync(root, { recursive: true, force: true }));

test('the calendar holds the upcoming event with its registration deadline, and not the past one', () => {
  const calendar = new ICAL.Component(ICAL.parse(read('arrangementer/kalender.ics')));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid)).toEqual([`${upcoming}@www.forebygging.no`]);
  expect(events[0]!.description).toContain('Påmeldingsfrist: 1. juni 2022.');
});

test('only the upcoming event offers «Legg i kalenderen», linking to its calendar file', () => {
  expect(read(`arrangementer/${upcoming}/index.html`)).toMatch(new RegExp(`<a class="button" href="/arrangementer/${upcoming}/kalender\\.ics"[^>]*>Legg i kalenderen</a>`));
  expect(read(`arrangementer/${past}/index.html`)).not.toContain('Legg i kalenderen');
});

test('feeds tell an upcoming event from a past one and give the registration deadline', () => {
  const feed = read('arrangementer/rss.xml');
  const item = (id: string) => feed.split('<item>').find((i) => i.includes(`/arrangementer/${id}/`))!;
  expect(item(upcoming)).toContain('Påmeldingsfrist: 1. juni 2022.');
  expect(item(upcoming)).not.toContain('Arrangementet er gjennomført');
  expect(item(past)).toContain('Arrangementet er gjennomført');
});
