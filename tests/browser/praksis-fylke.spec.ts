/**
 * Practice examples county by county, as a reader near them looks for them: the overview shows all
 * 15 counties with the right number of examples (on the map and in the list), each county page
 * lists exactly its examples, and each example links to its county. The expected numbers are
 * worked out here from content/praksis/ and SSB's lists, without the site's own code.
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sitemapPaths } from '../support/sitemap.ts';

interface KommuneData { fylker: { navn: string }[]; kommuner: { navn: string; fylke: string }[] }
interface TidligereData { kommuner: { navn: string; naaDelAv: string[] }[] }
const read = <T,>(path: string): T => JSON.parse(readFileSync(join(process.cwd(), path), 'utf8')) as T;
const ssb = read<KommuneData>('src/data/kommuner-2026.json');
const former = read<TidligereData>('src/data/tidligere-kommuner.json');

/** Every name SSB gives a municipality: «Porsanger - Porsángu - Porsanki» is also «Porsanger». */
const namesOf = (name: string) => [name, ...name.replace(/\s*\(.*\)$/, '').split(' - ')].map((n) => n.toLowerCase());
const countyOfName = (name: string): string[] => {
  const now = ssb.kommuner.find((k) => namesOf(k.navn).includes(name.toLowerCase()));
  if (now) return [now.fylke];
  const merged = former.kommuner.find((k) => k.navn.toLowerCase() === name.toLowerCase());
  return merged ? merged.naaDelAv.flatMap(countyOfName) : [];
};

const folder = join(process.cwd(), 'content', 'praksis');
const examples = readdirSync(folder)
  .filter((f) => /\.mdx?$/.test(f))
  .map((f) => {
    const data = parse(/^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, f), 'utf8'))![1]!) as { municipalities?: string[]; counties?: string[]; draft?: boolean };
    return { id: f.replace(/\.mdx?$/, ''), draft: data.draft === true, counties: new Set([...(data.counties ?? []), ...(data.municipalities ?? []).flatMap(countyOfName)]) };
  })
  .filter((e) => !e.draft);

const slug = (county: string) => county.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a').replace(/[^a-z0-9]+/g, '-');
const counties = ssb.fylker.map((f) => f.navn);
const expected = new Map(counties.map((c) => [c, examples.filter((e) => e.counties.has(c)).map((e) => e.id).sort()]));
const countText = (n: number) => (n === 1 ? '1 praksiseksempel' : `${n} praksiseksempler`);

test('every example lies in at least one county, and the counties add up', () => {
  expect(counties).toHaveLength(15);
  expect(examples.filter((e) => e.counties.size === 0).map((e) => e.id)).toEqual([]);
});

test('the overview shows all 15 counties with their number of examples, in the list and on the map', async ({ page }) => {
  await page.goto('/praksis/fylke/');
  const list = page.locator('.county-list li');
  await expect(list).toHaveCount(15);
  const mapLinks = page.locator('.county-map svg a');
  await expect(mapLinks).toHaveCount(15);
  for (const county of counties) {
    const count = expected.get(county)!.length;
    const item = list.filter({ has: page.getByRole('link', { name: county, exact: true }) });
    await expect(item, county).toHaveText(`${county} ${countText(count)}`);
    await expect(item.getByRole('link'), county).toHaveAttribute('href', `/praksis/fylke/${slug(county)}/`);
    const onMap = page.locator(`.county-map svg a[href="/praksis/fylke/${slug(county)}/"]`);
    await expect(onMap, county).toHaveAttribute('aria-label', `${county}: ${countText(count)}`);
    await expect(onMap.locator('.county-map__count'), county).toHaveText(String(count));
  }
  await expect(page.getByText('Kartverket (CC BY 4.0)')).toBeVisible();
  await expect(page.getByText('robhop/fylker-og-kommuner')).toBeVisible();
});

test('each county page lists exactly the examples from its municipalities', async ({ page }) => {
  for (const county of counties) {
    await page.goto(`/praksis/fylke/${slug(county)}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Praksiseksempler i ${county}`);
    const hrefs = await page.locator('main .entry-list .entry__title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.map((h) => h!.split('/').at(-2)).sort(), county).toEqual(expected.get(county));
  }
});

test('each practice example links to the page of every county it lies in', async ({ page }) => {
  for (const example of examples) {
    await page.goto(`/praksis/${example.id}/`);
    for (const county of example.counties) {
      await expect(page.locator('.facts').getByRole('link', { name: county, exact: true }), example.id).toHaveAttribute('href', `/praksis/fylke/${slug(county)}/`);
    }
  }
});

test('the county pages are in the sitemap and load no JavaScript', async ({ page }) => {
  const paths = sitemapPaths();
  for (const path of ['/praksis/fylke/', ...counties.map((c) => `/praksis/fylke/${slug(c)}/`)]) {
    expect(paths, path).toContain(path);
  }
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto('/praksis/fylke/');
  await page.goto('/praksis/fylke/troms/');
  expect(scripts).toEqual([]);
  // Structured data (JSON-LD) is a data block browsers never run; any other script would be code.
  expect(await page.locator('script:not([type="application/ld+json"])').count()).toBe(0);
});
