/**
 * What a reader is shown must be on the page they go to: for every query in the public query set
 * (tests/search/queries.yaml), the excerpt of each of the first five results occurs in the linked
 * page's visible text. The extra words pages are found by (abbreviations, compound parts, topic
 * synonyms, editors' search terms) must never be shown as if the page said them.
 */
import { test, expect, type Page } from '@playwright/test';
import { loadQueries } from '../../scripts/lib/search-eval.ts';

const queries = loadQueries();

/**
 * Text reduced to its letters and digits, case folded, for comparing. Pagefind joins a page's
 * blocks with «. » and sometimes runs two blocks' words together («verktøyAnsvarlig»), and CSS may
 * upper-case a label, so spaces, punctuation and case are left out; the words and their order stay.
 */
const normalise = (text: string) => (text.toLocaleLowerCase('nb').match(/[\p{L}\p{N}]+/gu) ?? []).join('');

test('every excerpt in the first five results is text from the page it links to', async ({ page, context }) => {
  test.setTimeout(600_000);
  const reader = await context.newPage();
  const visible = new Map<string, string>();
  const textOf = async (reader: Page, path: string): Promise<string> => {
    if (!visible.has(path)) {
      await reader.goto(path);
      // The index leaves out navigation (the contents list, breadcrumbs, related links), so an
      // excerpt may run from the text before such a list to the text after it.
      await reader.evaluate(() => {
        for (const el of document.querySelectorAll<HTMLElement>('[data-pagefind-ignore]')) el.style.setProperty('display', 'none', 'important');
      });
      visible.set(path, normalise(await reader.locator('body').innerText()));
    }
    return visible.get(path)!;
  };

  // The first search loads Pagefind and its WebAssembly; give that its own, longer wait.
  await page.goto('/sok/?q=rus');
  await expect(page.getByRole('status')).toContainText('treff', { timeout: 45_000 });

  const wrong: string[] = [];
  let shown = 0;
  for (const { q } of queries) {
    await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
    await expect(page.getByRole('status'), `søket «${q}» ble ikke ferdig`).toContainText('treff', { timeout: 30_000 });
    const results = page.getByRole('region', { name: 'Søkeresultater' });
    await expect(results).not.toHaveAttribute('aria-busy', 'true');
    const items = await results.locator('li').evaluateAll((lis) =>
      lis.slice(0, 5).map((li) => ({
        href: (li.querySelector('h2 a') as HTMLAnchorElement).href,
        excerpt: li.querySelector('.entry__ingress')?.textContent ?? '',
      })),
    );
    for (const { href, excerpt } of items) {
      shown += 1;
      const path = new URL(href).pathname;
      const text = normalise(excerpt);
      if (text === '' || !(await textOf(reader, path)).includes(text)) wrong.push(`«${q}» → ${path}: «${excerpt.trim()}»`);
    }
  }
  console.log(`Utdrag som ikke står på siden: ${wrong.length} av ${shown}`);
  expect(shown).toBeGreaterThan(queries.length * 3);
  expect(wrong, `Utdrag som ikke står på siden de lenker til (${wrong.length} av ${shown}):\n${wrong.slice(0, 30).join('\n')}`).toEqual([]);
});
