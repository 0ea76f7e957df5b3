/**
 * Old addresses behind nginx: every inventory row, asked for the ways links in twenty years of
 * plans and e-mails spell it, and old addresses nobody listed, land on a live page with a 301.
 */
import { test, expect } from '@playwright/test';
import { oldHosts } from '../../src/legacy/hosts.ts';
import { expected, get, isLivePage, newHost, origin, site, split } from './support.ts';

/** The ways an address is written in the wild: as listed, upper case, lower case, slash or not, with a query. */
function variants(url: string): string[] {
  const u = new URL(url);
  const path = u.pathname;
  const toggled = path === '/' ? '/' : path.endsWith('/') ? path.slice(0, -1) : `${path}/`;
  const at = (p: string, q = '') => `${u.protocol}//${u.host}${p}${q}`;
  return [...new Set([
    url,
    at(path.toUpperCase(), u.search),
    `${u.protocol}//${u.host.toUpperCase()}${path.toUpperCase()}`,
    at(path.toLowerCase()),
    at(toggled),
    at(path, '?pp=14&utm_source=kommuneplan'),
    at(toggled.toLowerCase(), '?id=1'),
  ])];
}

test('every inventory row, in every spelling, answers 301 to the live page it names', async () => {
  const { rows } = site();
  expect(rows.length).toBeGreaterThanOrEqual(12);
  const failures: string[] = [];
  for (const row of rows) {
    const want = row.request.host === 'forebygging.no' ? row.newPath : `${origin}${row.newPath}`;
    for (const url of variants(row.oldUrl)) {
      const { host, path } = split(url);
      const reply = await get(host, path);
      if (reply.status !== 301 || reply.headers.location !== want) {
        failures.push(`${url} → ${reply.status} ${reply.headers.location ?? ''} (ventet 301 ${want})`);
      } else if (!(await isLivePage(want, host))) {
        failures.push(`${url} → ${want}, som ikke er en side`);
      }
    }
  }
  expect(failures).toEqual([]);
});

/** Old-looking addresses no list knows, one or more for each rule in src/legacy/rules.ts. */
const unlisted = [
  'https://www.forebygging.no/Ordbok/A-E/Finnes-ikke-lenger/',
  'https://www.forebygging.no/Ordbok/A-E/',
  'https://www.forebygging.no/en/Ordbok/',
  'https://www.forebygging.no/en/About/',
  'https://www.forebygging.no/Artikler/2012/',
  'https://www.forebygging.no/Artikler/2012/Foreldre-som-forebyggere-i-ungdomstiden/',
  'https://www.forebygging.no/handling/Nordland/Bodo/',
  'https://www.forebygging.no/skole/Kapittel-3/',
  'https://tidligintervensjon.no/Om-oss/Kontakt/',
  'https://www.tidligintervensjon.no/upload/rapport.pdf',
  'https://tidliginnsats.forebygging.no/Statlige-foringer/',
  'https://tidliginnsats.forebygging.no/Statlige-foringer/Nasjonal-strategi-for-tidlig-innsats/',
  'https://tidliginnsats.forebygging.no/Artikler--Kronikker/Barn-og-unge-i-risiko/?pp=2',
  'https://tidliginnsats.forebygging.no/Rapporter/Evaluering-av-BTI-2015/',
  'https://tidliginnsats.forebygging.no/Kurs/',
  'https://skole.forebygging.no/Folkehelsearbeid_og_rusmiddelforebygging/',
  'https://handling.forebygging.no/Troms/Tiltak-123/',
  'https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Sporsmal-Svar/Alkohol/Hva-koster-en-bevilling/',
  'https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Praksiseksempler/Nordland/Et-gammelt-prosjekt/',
  'https://kommunetorget.no/Praksiseksempler-og-sporsmal-svar/',
  'https://www.kommunetorget.no/Temaomrader/Alkohol/Skjenking/Prikksystemet-i-praksis/',
  'https://www.kommunetorget.no/Nyheter/2014/Ny-veileder/',
];

test('old addresses outside the inventory answer as the rules say, and land on a live page', async () => {
  const failures: string[] = [];
  for (const url of unlisted) {
    const want = expected(url);
    const { host, path } = split(url);
    const reply = await get(host, path);
    if (want.status !== 301) failures.push(`${url}: reglene gir ${want.status}`);
    else if (reply.status !== 301 || reply.headers.location !== want.location) failures.push(`${url} → ${reply.status} ${reply.headers.location ?? ''} (ventet ${want.location})`);
    else if (!(await isLivePage(want.location, host))) failures.push(`${url} → ${want.location}, som ikke er en side`);
  }
  expect(failures).toEqual([]);
});

test('an old address names the entry it was about when that entry lives on', async () => {
  const { pages } = site();
  const first = (kind: string) => pages.find((p) => p.kind === kind)!;
  const cap = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);
  const glossary = first('glossary');
  const article = first('articles');
  const question = first('questions');
  const guideline = first('guidelines');
  const cases: [string, string][] = [
    [`https://www.forebygging.no/Ordbok/K-O/${cap(glossary.id!)}/`, glossary.path],
    [`https://www.forebygging.no/en/Ordbok/K-O/${cap(glossary.id!)}`, glossary.path],
    [`https://www.forebygging.no/Artikler/2016/${cap(article.id!)}/?pp=2`, article.path],
    [`https://www.kommunetorget.no/Praksiseksempler-og-sporsmal-svar/Sporsmal-Svar/Tema/${cap(question.id!)}-/`, `${origin}${question.path}`],
    [`https://tidliginnsats.forebygging.no/Statlige-foringer/${cap(guideline.id!)}---med-en-undertittel/`, `${origin}${guideline.path}`],
    [`https://tidligintervensjon.no/Verktoy/${cap(guideline.id!)}`, `${origin}${guideline.path}`],
  ];
  for (const [url, want] of cases) {
    const { host, path } = split(url);
    const reply = await get(host, path);
    expect(`${url} → ${reply.status} ${reply.headers.location}`).toBe(`${url} → 301 ${want}`);
  }
});

test('each old host, with or without www, sends its root to the matching hub', async () => {
  const hubs: Record<string, string> = {
    'tidligintervensjon.no': '/tidlig-intervensjon/',
    'tidliginnsats.forebygging.no': '/tidlig-intervensjon/',
    'kommunetorget.no': '/planlegging/',
    'handling.forebygging.no': '/praksis/',
  };
  for (const host of oldHosts) {
    for (const name of [host, `www.${host}`]) {
      const reply = await get(name, '/');
      expect(reply.status, name).toBe(301);
      if (hubs[host]) expect(reply.headers.location, name).toBe(`${origin}${hubs[host]}`);
      expect(await isLivePage(String(reply.headers.location), name), name).toBe(true);
    }
  }
});

test('live pages are served, and reached from other letter case or a missing slash', async () => {
  const { pages } = site();
  // Every page on a small site; an even sample of a large one.
  const step = Math.max(1, Math.floor(pages.length / 300));
  const failures: string[] = [];
  for (const page of pages.filter((_, i) => i % step === 0)) {
    const ok = await get(newHost, page.path);
    if (ok.status !== 200) failures.push(`${page.path} → ${ok.status}`);
    if (page.path === '/') continue;
    for (const other of [page.path.toUpperCase(), page.path.slice(0, -1)]) {
      const moved = await get(newHost, other);
      if (moved.status !== 301 || moved.headers.location !== page.path) failures.push(`${other} → ${moved.status} ${moved.headers.location ?? ''}`);
    }
  }
  expect(failures).toEqual([]);
});

test('the bare domain goes to the www address, and an unknown new address gets the 404 page', async () => {
  const bare = await get('forebygging.no', '/ordbok/?x=1');
  expect(bare.status).toBe(301);
  expect(bare.headers.location).toBe(`${origin}/ordbok/?x=1`);
  const missing = await get(newHost, '/finnes-ikke/side/');
  expect(missing.status).toBe(404);
  expect(missing.body).toContain('<form');
  expect(missing.body).toMatch(/<title>[^<]+<\/title>/);
  expect(missing.headers['content-type']).toMatch(/^text\/html/);
});
