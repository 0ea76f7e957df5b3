/**
 * The collection registry is complete: what docs/architecture.md's checklist «Slik legger du til
 * en samling» asks for is here for every collection, so a collection added without its row, its
 * page templates or its texts fails these tests before it fails a reader.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collectionNames, hubSections, rowOf } from '../../src/collections/registry.ts';
import { classify, listPathOf, pageNames, pathFor } from '../../src/collections/paths.ts';
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import nn from '../../src/i18n/nn.json' with { type: 'json' };

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Folders in content/ that are not collections: the search synonyms (src/search/). */
const notCollections = new Set(['sok']);

test('every folder in content/ is a collection with a row in the registry', () => {
  const folders = readdirSync(join(root, 'content')).filter((name) => statSync(join(root, 'content', name)).isDirectory() && !notCollections.has(name));
  const claimed = new Set(collectionNames.map((name) => rowOf(name).folder));
  assert.deepEqual(folders.filter((folder) => !claimed.has(folder)), [], 'mappen mangler en rad i src/collections/registry.ts');
});

test('every reference field names a field of the schema and a collection in the registry', () => {
  for (const name of collectionNames) {
    const shape = (rowOf(name).schema as unknown as { shape: Record<string, unknown> }).shape;
    for (const [field, target] of Object.entries(rowOf(name).references)) {
      assert.ok(field.split('.')[0]! in shape, `${name}.${field} finnes ikke i skjemaet`);
      assert.ok((collectionNames as string[]).includes(target), `${name}.${field} viser til «${target}», som ikke er en samling`);
    }
  }
});

/** The page template that serves an address template: /veiledere/{parent}/{leaf}/ → veiledere/[…]/[…].astro. */
function templateExists(address: string): boolean {
  const parts = address.split('/').filter(Boolean);
  let dirs = [join(root, 'src', 'pages')];
  parts.forEach((part, i) => {
    const last = i === parts.length - 1;
    const dynamic = part.startsWith('{');
    dirs = dirs.flatMap((dir) => {
      if (!existsSync(dir)) return [];
      const names = readdirSync(dir).filter((n) => (dynamic ? /^\[[a-z]+\]/.test(n) : n === part || n === `${part}.astro`));
      return names.map((n) => join(dir, n)).filter((p) => (last ? p.endsWith('.astro') || existsSync(join(p, 'index.astro')) : statSync(p).isDirectory()));
    });
  });
  return dirs.length > 0;
}

test('every collection with addresses has a page template and a list page', () => {
  for (const name of pageNames) {
    const row = rowOf(name);
    // Without a template of its own, the shared detail route serves the collection's pages.
    if (row.ownTemplate) assert.ok(templateExists(row.address!), `${name}: ingen side i src/pages for ${row.address}`);
    else assert.ok(existsSync(join(root, 'src', 'pages', '[...entry].astro')), `${name}: src/pages/[...entry].astro mangler`);
    // A list split into pages has one route for all its pages (src/collections/pagination.ts).
    const list = join(root, 'src', 'pages', listPathOf(name));
    assert.ok(existsSync(join(list, 'index.astro')) || existsSync(join(list, '[...page].astro')), `${name}: ingen listeside ${listPathOf(name)}`);
  }
});

test('an address leads back to its collection and id', () => {
  for (const name of pageNames) {
    const id = rowOf(name).address!.includes('{parent}') ? 'forelder/barn' : 'eksempel';
    const path = pathFor(name, id);
    assert.deepEqual(classify(path), { kind: name, id: id.split('/').at(-1) }, path);
  }
});

test('every collection is named in bokmål and nynorsk, singular and plural', () => {
  for (const name of collectionNames) {
    for (const lang of ['nb', 'nn'] as const) {
      const label = rowOf(name).label[lang];
      assert.ok(label.one.trim() && label.many.trim(), `${name} mangler navn på ${lang}`);
    }
  }
});

test('every list page and hub section has its heading in both written standards', () => {
  const keys = [
    ...pageNames.flatMap((name) => [`${rowOf(name).listPage!.text}.title`, `${rowOf(name).listPage!.text}.lead`]),
    ...hubSections.map((section) => `tema.section.${section}`),
  ];
  for (const key of keys) {
    assert.ok(key in nb, `nb.json mangler ${key}`);
    assert.ok(key in nn, `nn.json mangler ${key}`);
  }
  for (const name of collectionNames) {
    const hub = rowOf(name).hub;
    if (hub) assert.ok(rowOf(name).listingDate, `${name} vises i temasidene, men har ingen listedato`);
  }
});
