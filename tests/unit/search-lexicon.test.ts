import { test } from 'node:test';
import assert from 'node:assert/strict';
import { synonymGroups } from '../../src/search/build/lexicon.ts';
import { pageGroups } from '../../src/search/build/page-text.ts';

// The search learns a glossary term's other names from its built page, not from content/: an entry
// with draft: true gets no page, so its words never reach dist/sok/ordgrupper/.
test('name groups come from the built pages, so a draft teaches the search nothing', () => {
  const html = `<main data-pagefind-body><div hidden data-pagefind-ignore><span data-search-group="glossary">${encodeURIComponent(JSON.stringify(['Stafettlogg', 'stafettlog', 'Stafett']))}</span></div></main>`;
  const found = pageGroups(html);
  assert.deepEqual(found, [{ kind: 'glossary', names: ['Stafettlogg', 'stafettlog', 'Stafett'] }]);
  const withPage = synonymGroups(process.cwd(), found);
  const withoutPage = synonymGroups(process.cwd(), []);
  const has = (groups: string[][]) => groups.some((g) => g.includes('stafettlog'));
  assert.ok(has(withPage));
  assert.ok(!has(withoutPage), 'the content files must not be read for name groups');
});

test('topic groups come before tool and glossary groups, each once', () => {
  const groups = synonymGroups(process.cwd(), [
    { kind: 'glossary', names: ['Samordna testordning', 'STO'] },
    { kind: 'topics', names: ['Testtema', 'Testtemaet'] },
    { kind: 'topics', names: ['Testtema', 'Testtemaet'] },
  ]);
  const topic = groups.findIndex((g) => g.includes('testtemaet'));
  const glossary = groups.findIndex((g) => g.includes('STO'));
  assert.ok(topic >= 0 && glossary > topic);
  assert.equal(groups.filter((g) => g.includes('testtemaet')).length, 1);
});
