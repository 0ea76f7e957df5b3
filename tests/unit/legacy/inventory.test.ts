import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inventoryFile, parseInventory, readInventory } from '../../../src/legacy/inventory.ts';
import { keyOf, parseRequest } from '../../../src/legacy/normalise.ts';

const root = new URL('../../../', import.meta.url);

test('the inventory file has no problems', () => {
  const { rows, problems } = readInventory(fileURLToPath(new URL(inventoryFile, root)));
  assert.deepEqual(problems, []);
  assert.ok(rows.length > 0);
});

test('every address known from the old sites is in the inventory', () => {
  const known = readFileSync(new URL('tests/fixtures/legacy-known-urls.txt', root), 'utf8')
    .split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const { rows } = readInventory(fileURLToPath(new URL(inventoryFile, root)));
  const keys = new Set(rows.map((r) => r.key));
  const missing = known.filter((url) => !keys.has(keyOf(parseRequest(url))));
  assert.deepEqual(missing, []);
  assert.ok(known.length >= 12);
});

test('an editor is told, line by line, what is wrong with a row', () => {
  const { rows, problems } = parseInventory(
    [
      'old_url,new_path',
      'https://www.forebygging.no/Ordbok/A-E/Kartlegging/,/ordbok/kartlegging/',
      'www.forebygging.no/Ordbok/,/ordbok/',
      'https://www.example.org/x/,/ordbok/',
      'https://www.forebygging.no/ordbok/a-e/kartlegging,/ordbok/kartlegging/',
      'https://kommunetorget.no/x/,ordbok/',
      'https://kommunetorget.no/y/,/sok/?q=våre kamerater',
      '"https://kommunetorget.no/a,b/",/planlegging/',
      'https://kommunetorget.no/z/,/planlegging/,extra',
    ].join('\n'),
  );
  assert.deepEqual(rows.map((r) => r.line), [2, 8]);
  assert.equal(rows[1]!.request.path, '/a,b');
  assert.deepEqual(problems.map((p) => p.line), [3, 4, 5, 6, 7, 9]);
  assert.match(problems.find((p) => p.line === 5)!.message, /linje 2/);
  assert.match(problems.find((p) => p.line === 7)!.message, /%-koder/);
});

test('a file without the header is reported', () => {
  assert.equal(parseInventory('url,path\n').problems[0]?.line, 1);
});
