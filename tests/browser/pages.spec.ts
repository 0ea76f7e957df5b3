/**
 * Every built page has what a reader, a screen reader and a search engine rely on: the right
 * language, exactly one h1, a title, a description and a canonical address.
 */
import { test, expect } from '@playwright/test';
import { builtPages } from '../../scripts/lib/built-site.ts';

const pages = builtPages();

test('the site has a page for every section in the architecture brief', () => {
  const paths = new Set(pages.map((p) => p.path));
  for (const section of ['/', '/tema/', '/artikler/', '/praksis/', '/veiledere/', '/planlegging/', '/planlegging/sporsmal-og-svar/', '/verktoy/', '/tidlig-intervensjon/', '/ordbok/', '/aktuelt/', '/arrangementer/', '/tilskudd/', '/sok/', '/om/', '/404.html']) {
    expect(paths, `mangler ${section}`).toContain(section);
  }
  expect(pages.length).toBeGreaterThan(100);
});

test('every page has lang, one h1, a title, a description and a canonical address', () => {
  const problems: string[] = [];
  for (const { path, html } of pages) {
    const lang = /<html[^>]*\slang="(nb|nn)"/.exec(html)?.[1];
    const h1s = html.match(/<h1[\s>]/g)?.length ?? 0;
    const title = /<title>([^<]{3,})<\/title>/.exec(html)?.[1];
    const description = /<meta name="description" content="([^"]{20,})"/.exec(html)?.[1];
    const canonical = /<link rel="canonical" href="https?:\/\/[^"]+"/.test(html);
    if (!lang) problems.push(`${path}: mangler lang="nb|nn"`);
    if (h1s !== 1) problems.push(`${path}: ${h1s} h1`);
    if (!title) problems.push(`${path}: mangler tittel`);
    if (!description) problems.push(`${path}: mangler beskrivelse`);
    if (!canonical && path !== '/404.html') problems.push(`${path}: mangler canonical`);
  }
  expect(problems).toEqual([]);
});

test('nynorsk pages say so in <html lang> and in their interface', () => {
  const nn = pages.filter((p) => /<html[^>]*\slang="nn"/.test(p.html));
  expect(nn.length).toBeGreaterThan(10);
  for (const { path, html } of nn) {
    expect(html, path).toContain('Hopp til hovudinnhaldet');
  }
});

test('only the main content is marked for the search index', () => {
  const indexed = pages.filter((p) => p.html.includes('data-pagefind-body'));
  expect(indexed.length).toBeGreaterThan(80);
  for (const { path, html } of indexed) {
    expect(html.match(/data-pagefind-body/g)?.length, path).toBe(1);
    expect(html, path).toMatch(/<main[^>]*data-pagefind-body/);
    expect(html, path).toMatch(/<header class="site-header" data-pagefind-ignore="all"/);
  }
});
