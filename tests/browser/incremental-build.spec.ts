/**
 * A warm build copies every page whose cache key is unchanged from the last build
 * (src/collections/cache-keys.ts). If a key leaves out something a page shows, the copied page is
 * stale: an article renamed by an editor would keep its old title in lists, topic pages and other
 * pages' «Relatert» until the cache is cleared. So: build a copy of the site, add paragraphs to two
 * articles (the commonest edit), build again with the cache, and compare with a build of the same
 * change without a cache (a new title or date changes every page's key by design, so then
 * everything is rendered anyway). Every file must be the same, byte for byte, and the warm build
 * must really have copied pages, lists included, and kept the search index's files (or the
 * comparison proves nothing).
 */
import { test, expect } from '@playwright/test';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildInto, differingFiles, digest } from '../support/built-site.ts';
import { projectRoot } from '../support/fixture-project.ts';
import { clearBuild, prepareSite } from '../../scripts/bench/site.ts';

/**
 * Builds the copy into `outDir`; returns the pages Astro copied from its cache
 * («/artikler/index.html») and how many of the search index's files were kept from the last build
 * (src/search/build/index-reuse.ts).
 */
const build = (site: string, outDir: string): { restored: string[]; indexReused: number } => {
  // Astro colours its log when it can; the colour codes sit between the tree mark and the path.
  const log = stripVTControlCharacters(buildInto(outDir, site));
  const restored = [...log.matchAll(/[├└]─ (\S+) \(restored\)/g)].map((m) => m[1]!);
  return { restored, indexReused: Number(/(\d+) av \d+ indeksfiler gjenbrukt/.exec(log)?.[1] ?? 0) };
};

/**
 * Two editors' changes: one article gets a paragraph of words it already has (only its own text
 * changes), another a paragraph with words the site did not have (which can also change search
 * words on other pages).
 */
function addParagraphs(site: string): void {
  const dir = join(site, 'content', 'artikler');
  const [first, second] = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
  const append = (name: string, text: string) => writeFileSync(join(dir, name), `${readFileSync(join(dir, name), 'utf8')}\n${text}\n`);
  append(first!, 'Alkohol er ein folkehelsefaktor.');
  append(second!, 'Eit nytt avsnitt om nattlivsarbeid og skjenkeløyvesaker, skrive etter førre bygg.');
}

test('a warm build after editors add paragraphs gives the same dist/ as a cold one', async () => {
  test.setTimeout(900_000);
  const root = mkdtempSync(join(tmpdir(), 'varmt-bygg-'));
  const site = join(root, 'site');
  try {
    prepareSite(projectRoot, site);
    build(site, join(root, 'first'));
    addParagraphs(site);
    const { restored, indexReused } = build(site, join(root, 'warm'));
    clearBuild(site);
    build(site, join(root, 'cold'));
    expect(restored.length, 'det varme bygget kopierte ingen sider fra cachen').toBeGreaterThan(50);
    expect(indexReused, 'det varme bygget skrev hele søkeindeksen på nytt').toBeGreaterThan(50);
    // Lists show entries' data, not their text: a new paragraph leaves them as they were, so they
    // are copied too (src/collections/list-paths.ts), and the comparison below shows they are right.
    expect(restored, 'listene ble bygget på nytt, ikke kopiert').toEqual(expect.arrayContaining(['/artikler/index.html', '/aktuelt/index.html', '/praksis/index.html']));
    const warm = digest(join(root, 'warm'));
    const cold = digest(join(root, 'cold'));
    expect(warm.size).toBeGreaterThan(100);
    const differing = differingFiles(warm, cold);
    expect(differing, `ulike filer etter et varmt bygg:\n${differing.slice(0, 40).join('\n')}`).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
