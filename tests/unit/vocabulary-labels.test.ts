/** Every value a reader can meet in a list of choices has a label in bokmål and in nynorsk. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { labelledVocabularies } from '../../src/schemas/vocabulary.ts';
import nb from '../../src/i18n/nb.json' with { type: 'json' };
import nn from '../../src/i18n/nn.json' with { type: 'json' };

test('every vocabulary value has a label in nb.json and nn.json', () => {
  const missing: string[] = [];
  for (const [list, values] of Object.entries(labelledVocabularies)) {
    for (const value of values) {
      const key = `vocab.${list}.${value}`;
      for (const [lang, strings] of [['nb', nb], ['nn', nn]] as const) {
        const label = (strings as Record<string, string>)[key];
        if (!label?.trim()) missing.push(`${lang}: ${key}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});
