/** Structured data built from content: recommendations, event times and safe embedding. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recommendationsIn } from '../../../src/publishing/structured-data/recommendations.ts';
import { osloDateTime } from '../../../src/publishing/structured-data/event-node.ts';
import { jsonLdText } from '../../../src/publishing/structured-data/graph.ts';
import { fitTitle, sectionOf } from '../../../src/publishing/share/share-image.ts';

test('every <Anbefaling> in a chapter becomes a recommendation with number and strength', () => {
  const mdx = [
    'Innledning.',
    '',
    '<Anbefaling nummer="4.2.3" styrke="kan" tekst="Motiverende intervju kan være en velegnet samtalemetode.">',
    '<Praktisk>',
    '',
    'Slik gjør du.',
    '',
    '</Praktisk>',
    '</Anbefaling>',
    '',
    '<Anbefaling tekst="KOR er den best dokumenterte metoden for tilbakemeldinger." />',
  ].join('\n');
  assert.deepEqual(recommendationsIn(mdx), [
    { nummer: '4.2.3', styrke: 'kan', tekst: 'Motiverende intervju kan være en velegnet samtalemetode.' },
    { nummer: undefined, styrke: undefined, tekst: 'KOR er den best dokumenterte metoden for tilbakemeldinger.' },
  ]);
});

test('event times carry Oslo\'s offset; plain dates stay dates', () => {
  assert.equal(osloDateTime(new Date('2022-06-10T09:00:00Z')), '2022-06-10T09:00:00+02:00');
  assert.equal(osloDateTime(new Date('2026-12-03T12:30:00Z')), '2026-12-03T12:30:00+01:00');
  assert.equal(osloDateTime(new Date('2022-06-10T00:00:00Z')), '2022-06-10');
});

test('a title with </script> cannot end the JSON-LD element early', () => {
  const text = jsonLdText([{ '@type': 'Article', headline: 'Om </script><script>alert(1)</script>' }]);
  assert.doesNotMatch(text, /<\/script/i);
  assert.equal(JSON.parse(text)['@graph'][0].headline, 'Om </script><script>alert(1)</script>');
});

test('share images: each address maps to its section, and long names wrap to two lines', () => {
  assert.equal(sectionOf('/praksis/bti-tromso/'), 'praksis');
  assert.equal(sectionOf('/'), 'forside');
  assert.equal(sectionOf('/ukjent/'), 'forside');
  assert.deepEqual(fitTitle('Verktøy og metoder').lines, ['Verktøy og metoder']);
  assert.equal(fitTitle('Kunnskap for kommunalt rus- og folkehelsearbeid').lines.length, 2);
});
