/**
 * The CBOR walker the index's slices are edited with (src/search/build/cbor-walk.ts) reads what a
 * CBOR encoder writes: items end where the encoder ended them, texts read back, and an array's
 * head is written as the encoder writes it, so an edited slice is the bytes a full re-encoding gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encode } from 'cbor2';
import { arrayHead, readHead, readText, skipItem } from '../../src/search/build/cbor-walk.ts';

test('an item ends where the encoder ended it, whatever it holds', () => {
  const word = ['planarbeid', [[0, [-25, 3, 140, 70000], []], [12, [5], [-1, 2]]], [['plånarbeid', [[3, [1, 2, 3], []]]]]];
  const bytes = encode([word, 'neste']);
  const first = readHead(bytes, 0).next;
  const end = skipItem(bytes, first);
  assert.deepEqual(Buffer.from(bytes.subarray(first, end)), Buffer.from(encode(word)));
  assert.deepEqual(readText(bytes, end), { text: 'neste', end: bytes.length });
  assert.equal(readText(encode('på'), 0).text, 'på');
});

test('an array’s head is the encoder’s, short and long', () => {
  for (const length of [0, 23, 24, 255, 256, 65535, 65536]) {
    const encoded = Buffer.from(encode(new Array(length).fill(0)));
    assert.deepEqual(arrayHead(length), encoded.subarray(0, encoded.length - length), String(length));
    assert.equal(readHead(encoded, 0).value, length);
  }
});
