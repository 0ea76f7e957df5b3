/**
 * A practice example an editor adds is published where readers look for it: in the list of
 * practice examples, on the hub of its first topic and in search; its image is served as
 * responsive AVIF with a WebP fallback, with its alternative text. Uses real entries from
 * content/praksis/, so it follows the content as it grows.
 */
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

interface Entry {
  id: string;
  title: string;
  topics: string[];
  image?: { alt: string };
}

const folder = join(process.cwd(), 'content', 'praksis');
const entries: Entry[] = readdirSync(folder)
  .filter((name) => /\.mdx?$/.test(name))
  .sort()
  .map((name) => {
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'))?.[1] ?? '';
    return { id: name.replace(/\.mdx?$/, ''), ...(parse(frontmatter) as Omit<Entry, 'id'> & { draft?: boolean }) };
  })
  .filter((e) => !(e as { draft?: boolean }).draft);

const example = entries[0]!;
const href = `/praksis/${example.id}/`;

test('a practice example is listed on /praksis/ under its title', async ({ page }) => {
  await page.goto('/praksis/');
  await expect(page.getByRole('main').getByRole('link', { name: example.title, exact: true })).toHaveAttribute('href', href);
});

test('a practice example appears on the hub of its first topic', async ({ page }) => {
  await page.goto(`/tema/${example.topics[0]}/`);
  await expect(page.getByRole('main').locator(`a[href="${href}"]`).first()).toBeVisible();
});

/** The words of the title, without punctuation, as a reader would type them. */
const words = (title: string) => title.replace(/[^\p{L}\p{N}\s-]/gu, ' ').split(/\s+/).filter((w) => w.length > 2).slice(0, 5).join(' ');

async function resultPaths(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  const region = page.getByRole('region', { name: 'Søkeresultater' });
  await expect(page.getByRole('status')).toContainText('treff');
  return region.getByRole('link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

test('a practice example is found by searching for the words of its title', async ({ page }) => {
  expect(await resultPaths(page, words(example.title))).toContain(href);
});

test('a practice example with an image shows it as responsive AVIF and WebP, with alternative text and size', async ({ page }) => {
  const withImage = entries.find((e) => e.image);
  expect(withImage, 'minst ett praksiseksempel har bilde').toBeDefined();
  await page.goto(`/praksis/${withImage!.id}/`);
  const picture = page.getByRole('main').locator('figure picture');
  const avif = picture.locator('source[type="image/avif"]');
  await expect(avif).toHaveCount(1);
  const srcset = (await avif.getAttribute('srcset')) ?? '';
  expect(srcset.split(',').length).toBeGreaterThanOrEqual(2);
  const img = picture.getByRole('img', { name: withImage!.image!.alt });
  await expect(img).toBeVisible();
  await expect(img).toHaveAttribute('width', /^\d+$/);
  await expect(img).toHaveAttribute('height', /^\d+$/);
  expect(await img.getAttribute('src')).toMatch(/\.webp$/);
  const smallest = srcset.split(',')[0]!.trim().split(' ')[0]!;
  const response = await page.request.get(smallest);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('image/avif');
  await expect(page.getByRole('main').locator('figure figcaption')).not.toBeEmpty();
});
