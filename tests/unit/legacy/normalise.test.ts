import { test } from 'node:test';
import assert from 'node:assert/strict';
import { keyOf, parseRequest } from '../../../src/legacy/normalise.ts';
import { tableHost } from '../../../src/legacy/hosts.ts';

test('an old address is the same whatever its letter case, trailing slash or query', () => {
  const keys = [
    'https://www.forebygging.no/Ordbok/Q-A/Universelle-tiltak/',
    'https://WWW.FOREBYGGING.NO/ORDBOK/Q-A/UNIVERSELLE-TILTAK',
    'http://forebygging.no/ordbok/q-a/universelle-tiltak?pp=14',
    'https://www.forebygging.no//ordbok//q-a/universelle-tiltak///#topp',
  ].map((u) => keyOf(parseRequest(u)));
  assert.deepEqual(new Set(keys), new Set(['forebygging.no/ordbok/q-a/universelle-tiltak']));
});

test('the root of a host is its bare name, and escapes are decoded like nginx does', () => {
  assert.equal(keyOf(parseRequest('https://www.tidligintervensjon.no/')), 'tidligintervensjon.no');
  assert.equal(keyOf(parseRequest('https://kommunetorget.no')), 'kommunetorget.no');
  assert.equal(parseRequest('https://kommunetorget.no/Sp%C3%B8rsm%C3%A5l/').path, '/Spørsmål');
  assert.equal(parseRequest('/Ordbok/', 'www.forebygging.no:8080').path, '/Ordbok');
});

test('hosts that are not old sites are the new site itself', () => {
  assert.equal(tableHost('www.kommunetorget.no'), 'kommunetorget.no');
  assert.equal(tableHost('Skole.Forebygging.no:8080'), 'skole.forebygging.no');
  for (const host of ['www.forebygging.no', 'localhost', '127.0.0.1:8080', 'example.org']) assert.equal(tableHost(host), 'forebygging.no');
});
