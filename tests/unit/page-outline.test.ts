/** A page's own contents list: its sections, subsections and recommendations, with working anchors. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pageOutline, needsOutline } from '../../src/lib/page-outline.ts';
import { recommendationId } from '../../src/components/recommendation-props.ts';

const word = (lang: 'nb' | 'nn') => (lang === 'nn' ? 'Tilråding' : 'Anbefaling');

const body = `
## Samtalen som verktøy

Tekst.

## Anbefalingen

<Anbefaling nummer="4.2.3" styrke="kan" tekst="Motiverende intervju kan være en velegnet samtalemetode.">
<Praktisk>

### Inne i anbefalingen

</Praktisk>
</Anbefaling>

### Kognitiv atferdsterapi

## Tips til kommunen
`;

// What Astro's render() reports for the body: every Markdown heading, with the id it wrote.
const headings = [
  { depth: 2, slug: 'samtalen-som-verktøy', text: 'Samtalen som verktøy' },
  { depth: 2, slug: 'anbefalingen', text: 'Anbefalingen' },
  { depth: 3, slug: 'inne-i-anbefalingen', text: 'Inne i anbefalingen' },
  { depth: 3, slug: 'kognitiv-atferdsterapi', text: 'Kognitiv atferdsterapi' },
  { depth: 2, slug: 'tips-til-kommunen', text: 'Tips til kommunen' },
];

test('sections, subsections and recommendations come in the order of the text, with the ids the page has', () => {
  const outline = pageOutline(body, headings, word);
  assert.deepEqual(
    outline.map((i) => [i.depth, i.slug, i.text]),
    [
      [2, 'samtalen-som-verktøy', 'Samtalen som verktøy'],
      [2, 'anbefalingen', 'Anbefalingen'],
      [3, 'anbefaling-4-2-3', 'Anbefaling 4.2.3'],
      [3, 'inne-i-anbefalingen', 'Inne i anbefalingen'],
      [3, 'kognitiv-atferdsterapi', 'Kognitiv atferdsterapi'],
      [2, 'tips-til-kommunen', 'Tips til kommunen'],
    ],
  );
  assert.equal(needsOutline(outline), true);
});

test('a recommendation is named in the written standard it is written in', () => {
  const outline = pageOutline('## Tilrådinga\n\n<Anbefaling nummer="5.8" lang="nn" tekst="Kommunen bør bruke systematiske tilbakemeldingar." />\n', [{ depth: 2, slug: 'tilradinga', text: 'Tilrådinga' }], word);
  assert.equal(outline[1]!.text, 'Tilråding 5.8');
});

test('the anchor of a recommendation is its number, and stays the same when its text changes', () => {
  assert.equal(recommendationId('4.2.3', 'Motiverende intervju kan være velegnet.'), 'anbefaling-4-2-3');
  assert.equal(recommendationId('4.2.3', 'Annen tekst.'), recommendationId('4.2.3', 'Motiverende intervju kan være velegnet.'));
  assert.equal(recommendationId(undefined, 'Kommunen bør ha rutiner for å følge opp bekymring.'), 'anbefaling-kommunen-bor-ha-rutiner-for-a-folge-opp');
});

test('a long page keeps only its sections and recommendations, so the list fits beside the text', () => {
  const many = Array.from({ length: 6 }, (_, i) => `## Del ${i}\n\n### A${i}\n\n### B${i}\n`).join('\n');
  const manyHeadings = Array.from({ length: 6 }, (_, i) => [
    { depth: 2, slug: `del-${i}`, text: `Del ${i}` },
    { depth: 3, slug: `a${i}`, text: `A${i}` },
    { depth: 3, slug: `b${i}`, text: `B${i}` },
  ]).flat();
  const outline = pageOutline(many, manyHeadings, word);
  assert.deepEqual(outline.map((i) => i.slug), ['del-0', 'del-1', 'del-2', 'del-3', 'del-4', 'del-5']);
});

test('a short page gets no contents list of its own', () => {
  assert.equal(needsOutline(pageOutline('## Én\n\n## To\n', [{ depth: 2, slug: 'en', text: 'Én' }, { depth: 2, slug: 'to', text: 'To' }], word)), false);
});

test('a Markdown (.md) body is read as Markdown: braces and < are text, and its sections are listed', () => {
  const markdown = '## Én {sak}\n\nBarn < 5 år.\n\n## To\n\n## Tre\n';
  const rendered = [
    { depth: 2, slug: 'én-sak', text: 'Én {sak}' },
    { depth: 2, slug: 'to', text: 'To' },
    { depth: 2, slug: 'tre', text: 'Tre' },
  ];
  const outline = pageOutline(markdown, rendered, word, 'md');
  assert.deepEqual(outline.map((i) => i.slug), ['én-sak', 'to', 'tre']);
  assert.equal(needsOutline(outline), true);
});
