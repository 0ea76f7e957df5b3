/**
 * The county pages under /praksis/fylke/: every county has an address the link check knows, the
 * old-address code does not mistake them for practice examples, no practice file can take their
 * address, and the map has every county in SSB's list.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classify } from '../../src/collections/paths.ts';
import { addressCollisions, sitePaths } from '../../src/check/site-paths.ts';
import type { ContentFile } from '../../src/check/files.ts';
import { countyMap } from '../../src/lib/county-map.ts';
import { counties, countiesOf } from '../../src/lib/municipalities.ts';
import kommuner from '../../src/data/kommuner-2026.json' with { type: 'json' };

const practiceFile = (id: string): ContentFile => ({
  collection: 'practice', path: `content/praksis/${id}.mdx`, id, data: { title: id }, body: '', bodyLine: 1, frontmatter: '', lineOf: () => undefined,
});

test('every county page is an address internal links may point to', () => {
  const paths = sitePaths([]);
  assert.ok(paths.has('/praksis/fylke/'));
  for (const path of ['/praksis/fylke/more-og-romsdal/', '/praksis/fylke/ostfold/', '/praksis/fylke/trondelag/', '/praksis/fylke/troms/']) {
    assert.ok(paths.has(path), path);
  }
  assert.equal([...paths].filter((p) => /^\/praksis\/fylke\/[a-z-]+\/$/.test(p)).length, 15);
});

test('county pages are not read back as practice examples', () => {
  assert.equal(classify('/praksis/fylke/'), undefined);
  assert.equal(classify('/praksis/fylke/nordland/'), undefined);
  assert.deepEqual(classify('/praksis/bti-tromso-nokkelkommune-2016/'), { kind: 'practice', id: 'bti-tromso-nokkelkommune-2016' });
});

test('a practice file named «fylke» would take the overview’s address and is refused', () => {
  const problems = addressCollisions([practiceFile('fylke'), practiceFile('tidlig-inn-porsanger-2016')]);
  assert.equal(problems.length, 1);
  assert.match(problems[0]!.message, /\/praksis\/fylke\//);
});

test('the map has all 15 counties, each drawn, with its count inside the picture', () => {
  const map = countyMap();
  assert.equal(counties.length, kommuner.fylker.length);
  assert.deepEqual(map.shapes.map((s) => s.county).sort(), [...counties].sort());
  for (const s of map.shapes) {
    assert.match(s.d, /^M\d/, s.county);
    assert.ok(s.label.x > 0 && s.label.x < map.width && s.label.y > 0 && s.label.y < map.height, `${s.county}: ${JSON.stringify(s.label)}`);
  }
  // Oslo is far too small to hold its count: it is written beside the map with a leader line.
  assert.ok(map.shapes.find((s) => s.county === 'Oslo')?.anchor);
  assert.equal(map.shapes.find((s) => s.county === 'Nordland')?.anchor, undefined);
});

test('an example named by a municipality that has merged counts in the county it now belongs to', () => {
  assert.deepEqual(countiesOf(['Lenvik']), ['Troms']);
  assert.deepEqual(countiesOf(['Skånland']), ['Troms']);
  // Tysfjord was split between Narvik and Hamarøy, both in Nordland.
  assert.deepEqual(countiesOf(['Tysfjord']), ['Nordland']);
  assert.deepEqual(countiesOf(['Evenes - Evenášši', 'Dielddanuorri - Tjeldsund', 'Skånland']), ['Nordland', 'Troms']);
});
