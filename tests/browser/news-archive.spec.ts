/**
 * An old news item keeps its date but is plainly marked as archived, so a reader does not take a
 * plan, a deadline or a meeting from years ago as current; a recent one is not marked. Uses the
 * real entries in content/aktuelt/ and the rule in src/collections/queries.ts (two years).
 */
import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { builtPages } from '../../scripts/lib/built-site.ts';

const folder = join(process.cwd(), 'content', 'aktuelt');
const news = readdirSync(folder)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
    const data = parse(frontmatter) as { published: string | Date };
    return { path: `/aktuelt/${name.replace(/\.mdx?$/, '')}/`, published: new Date(data.published) };
  });

// The same day the site was built on (see src/lib/build-date.ts).
const today = process.env.BUILD_DATE ? new Date(`${process.env.BUILD_DATE}T00:00:00Z`) : new Date();
const limit = new Date(today);
limit.setUTCFullYear(limit.getUTCFullYear() - 2);
const pages = new Map(builtPages().map((p) => [p.path, p.html]));

test('there are both old and recent news items', () => {
  expect(news.some((n) => n.published < limit)).toBe(true);
  expect(news.some((n) => n.published >= limit)).toBe(true);
});

test('news older than two years is marked as archived with its date; recent news is not', () => {
  const problems: string[] = [];
  for (const item of news) {
    const html = pages.get(item.path) ?? '';
    const marked = /<p class="notice notice--past"><strong>Arkivsak, publisert \d{1,2}\. \S+ \d{4}\.<\/strong>/.test(html);
    if (item.published < limit && !marked) problems.push(`${item.path}: mangler merket «Arkivsak»`);
    if (item.published >= limit && marked) problems.push(`${item.path}: merket som arkivsak, men er ny`);
  }
  expect(problems).toEqual([]);
});
