import { test } from 'node:test';
import assert from 'node:assert/strict';
import { synonymGroups } from '../../src/search/build/lexicon.ts';
import { readFileSync } from 'node:fs';

const synonyms = readFileSync('content/sok/synonymer.yaml', 'utf8');

// The search learns a glossary term's other names from the published entries it is given
// (src/search/build/site-words.ts reads them through content(), which has dropped drafts), not
// from the files in content/.
test('name groups come from the entries given, so a draft teaches the search nothing', () => {
  const found = [{ kind: 'glossary', names: ['Stafettlogg', 'stafettlog', 'Stafett'] }];
  const has = (groups: string[][]) => groups.some((g) => g.includes('stafettlog'));
  assert.ok(has(synonymGroups(synonyms, found)));
  assert.ok(!has(synonymGroups(synonyms, [])), 'the content files must not be read for name groups');
});

test('topic groups come before tool and glossary groups, each once', () => {
  const groups = synonymGroups(synonyms, [
    { kind: 'glossary', names: ['Samordna testordning', 'STO'] },
    { kind: 'topics', names: ['Testtema', 'Testtemaet'] },
    { kind: 'topics', names: ['Testtema', 'Testtemaet'] },
  ]);
  const topic = groups.findIndex((g) => g.includes('testtemaet'));
  const glossary = groups.findIndex((g) => g.includes('STO'));
  assert.ok(topic >= 0 && glossary > topic);
  assert.equal(groups.filter((g) => g.includes('testtemaet')).length, 1);
});

test('a group keeps its first two members in place when they are the same word, so a later word does not become a main form', () => {
  const groups = synonymGroups('grupper:\n  - [fastlege, fastlege, huslege, huslege]\n  - [skole, skule, skole]\n', []);
  assert.deepEqual(groups[0], ['fastlege', 'fastlege', 'huslege']);
  assert.deepEqual(groups[1], ['skole', 'skule']);
});
