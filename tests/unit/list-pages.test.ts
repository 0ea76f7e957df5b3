/**
 * Lists split into pages: the first page keeps the list's address, later pages are /<list>/side/<n>/
 * and reach the sitemap; they are not read back as entries, and no entry can take their address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify, inSitemap } from '../../src/collections/paths.ts';
import { laterPage, pageItems, pageOfIndex, pagePath, pageSize, asRows, regroup } from '../../src/collections/pagination.ts';
import { addressCollisions, sitePaths } from '../../src/check/site-paths.ts';
import type { ContentFile } from '../../src/check/files.ts';

const chapterFile = (id: string): ContentFile => ({
  collection: 'chapters', path: `content/veiledere/${id}.mdx`, id, data: { title: id }, body: '', bodyLine: 1, frontmatter: '', lineOf: () => undefined,
});

test('page 1 keeps the list’s own address; later pages are /side/<n>/ under it', () => {
  assert.equal(pagePath('/artikler/', 1), '/artikler/');
  assert.equal(pagePath('/artikler/', 2), '/artikler/side/2/');
  assert.deepEqual(laterPage('/tema/barn-og-unge/artikler/side/3/'), { base: '/tema/barn-og-unge/artikler/', n: 3 });
  assert.equal(laterPage('/artikler/side/1/'), undefined);
  assert.equal(laterPage('/artikler/side/'), undefined);
});

test('an entry lands on the page its position gives, and every entry on exactly one page', () => {
  const items = Array.from({ length: pageSize * 2 + 3 }, (_, i) => i);
  assert.equal(pageOfIndex(0), 1);
  assert.equal(pageOfIndex(pageSize), 2);
  const pages = [1, 2, 3].map((n) => pageItems(items, n));
  assert.deepEqual(pages.flat(), items);
  assert.equal(pages[2]!.length, 3);
});

test('grouped lists keep their order across pages and get their heading back on each page', () => {
  const rows = asRows([{ heading: 'Kommende', items: ['a', 'b'] }, { heading: 'Gjennomførte', items: ['c', 'd', 'e'] }]);
  assert.deepEqual(regroup(rows.slice(0, 3)), [{ heading: 'Kommende', items: ['a', 'b'] }, { heading: 'Gjennomførte', items: ['c'] }]);
  assert.deepEqual(regroup(rows.slice(3)), [{ heading: 'Gjennomførte', items: ['d', 'e'] }]);
});

test('later pages of a list are list pages in the sitemap, not entries', () => {
  assert.equal(classify('/veiledere/side/2/'), undefined);
  assert.equal(classify('/artikler/side/2/'), undefined);
  assert.ok(inSitemap('https://www.forebygging.no/artikler/side/2/'));
  assert.ok(inSitemap('https://www.forebygging.no/tema/barn-og-unge/artikler/side/2/'));
  assert.deepEqual(classify('/veiledere/fra-bekymring-til-handling/om-veilederen/'), { kind: 'chapters', id: 'om-veilederen' });
});

test('the list pages are addresses internal links may point to', () => {
  const paths = sitePaths([]);
  for (const path of ['/artikler/', '/praksis/', '/ordbok/', '/arrangementer/', '/tilskudd/', '/planlegging/sporsmal-og-svar/']) assert.ok(paths.has(path), path);
});

test('a guideline folder named «side» would put its chapters on the guideline list’s pages and is refused', () => {
  const problems = addressCollisions([chapterFile('side/2'), chapterFile('fra-bekymring-til-handling/om-veilederen')]);
  assert.equal(problems.length, 1);
  assert.equal(problems[0]!.file, 'content/veiledere/side/2.mdx');
  assert.match(problems[0]!.message, /side 2 av listen \/veiledere\//);
});
