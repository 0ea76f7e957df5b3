import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compoundParts, expansionTerms, type Lexicon } from '../../src/search/build/expand.ts';
import { buildLexicon } from '../../src/search/build/lexicon.ts';

const heads = new Set(['forebygging', 'kontroll', 'skjenke', 'rusmiddel', 'handling', 'plan', 'tilskot']);
const lexicon: Lexicon = {
  groups: [
    ['tidlig', 'tidleg'],
    ['tilskudd', 'tilskot'],
    ['BTI', 'bedre tverrfaglig innsats'],
    ['IP', 'individuell plan'],
  ],
  heads,
};

test('a compound is also indexed by the word it ends in', () => {
  assert.deepEqual(compoundParts('rusmiddelforebygging', heads), ['forebygging']);
  assert.deepEqual(compoundParts('skjenkekontroll', heads), ['kontroll']);
});

test('an inflected compound finds its base part', () => {
  assert.ok(compoundParts('skjenkekontrollen', heads).includes('kontroll'));
  assert.ok(compoundParts('handlingsplanen', heads).includes('plan'));
});

test('the word a compound begins with is not added: Pagefind finds it as the beginning of the compound', () => {
  assert.deepEqual(expansionTerms('Kommunen har skjenkekontroll hver helg.', lexicon), ['kontroll']);
  assert.deepEqual(expansionTerms('Handlingsplanen er vedtatt.', lexicon), ['plan']);
  // Nor a part the page already says.
  assert.deepEqual(expansionTerms('Handlingsplanen er kommunens viktigste plan.', lexicon), []);
});

test('a word is not indexed by an end that follows something other than a word', () => {
  // Every word here stands alone on some page, «for», «over» and «med» too, but they are function
  // words: «forebygging» is not about «bygging», nor «medvirkning» about «virkning».
  const { heads: site } = buildLexicon([], ['Bygging, eldre, sikt, arbeid og virkning. For over med. Samen.', 'forebygging foreldre forelesning lesning']);
  assert.deepEqual(compoundParts('forebygging', site), []);
  assert.deepEqual(compoundParts('samarbeid', site), []);
  assert.deepEqual(compoundParts('foreldre', site), []);
  assert.deepEqual(compoundParts('oversikt', site), []);
  assert.deepEqual(compoundParts('medvirkning', site), []);
});

test('a compound may begin with an inflected, linked or shortened word', () => {
  const { heads: site } = buildLexicon([], ['Skolen, helsetjenesten, handlingen, planen, rus, tiltak, helsepersonell og loven.']);
  // «skole» is known from «skolen», «handlings» is «handling» + s, «rus» has three letters.
  assert.ok(compoundParts('skolehelsetjenesten', site).includes('helsetjenesten'));
  assert.ok(compoundParts('handlingsplanen', site).includes('planen'));
  assert.ok(compoundParts('rustiltak', site).includes('tiltak'));
  // Three equal consonants are written as two: helsepersonell + loven.
  assert.ok(compoundParts('helsepersonelloven', site).includes('loven'));
});

test('a beginning that starts several compounds counts as a word, though the site never uses it alone', () => {
  const { heads: site } = buildLexicon([], ['rusmiddelbruk rusmiddelpolitisk rusmiddelproblem bruk politisk problem forebygging']);
  assert.ok(compoundParts('rusmiddelforebygging', site).includes('forebygging'));
});

test('short and unknown words are left alone', () => {
  assert.deepEqual(compoundParts('plan', heads), []);
  assert.deepEqual(compoundParts('kommunestyre', heads), []);
});

test('the other written standard is left to the query, not added to every page', () => {
  // Adding «tidleg» to every page with «tidlig» made the word's index slice, which each reader
  // downloads, cover nearly the whole site; the search page runs the query in both forms instead.
  assert.deepEqual(expansionTerms('Tidlig intervensjon i skolen.', lexicon), []);
  assert.deepEqual(expansionTerms('Tilskotet skal styrkje tidleg intervensjon.', lexicon), []);
});

test('a page with a full name is also found by its abbreviation', () => {
  assert.ok(expansionTerms('Kommunen bruker Bedre tverrfaglig innsats.', lexicon).includes('bti'));
  assert.ok(expansionTerms('Alle med behov har rett til en individuell plan.', lexicon).includes('ip'));
  // The other way round is left to the query: «BTI» pages are not filled with «bedre» and «innsats».
  assert.deepEqual(expansionTerms('Kommunen bruker BTI i barnehagen.', lexicon), []);
});

test('a full name is matched as a phrase, not as scattered words', () => {
  assert.deepEqual(expansionTerms('Planen er individuell, og den er en god plan.', lexicon), []);
});

test('a full name is matched across a line break and at the very end of the text, as the reader sees it', () => {
  assert.ok(expansionTerms('Kommunen bruker bedre\ntverrfaglig innsats', lexicon).includes('bti'));
  assert.ok(expansionTerms('Rett til individuell plan', lexicon).includes('ip'));
});

import { queryVariants } from '../../src/search/shared/query-variants.ts';

const groups = [
  ['skole', 'skule'],
  ['forebygging', 'førebygging'],
  ['tidlig', 'tidleg'],
  ['bedre tverrfaglig innsats', 'BTI'],
  ['tidlig intervensjon', 'tidleg intervensjon'],
  // A glossary entry: the term and its other names, in no particular written standard.
  ['tidlig intervensjon', 'tidlig innsats', 'tidleg intervensjon', 'early intervention'],
  // A tool whose abbreviation is also the start of an ordinary word.
  ['skolebasert opplegg', 'SKOL'],
];

test('a nynorsk query is also run in bokmål', () => {
  assert.deepEqual(queryVariants('førebygging i skulen', groups), ['forebygging i skole']);
});

test('a bokmål query is also run in nynorsk', () => {
  assert.deepEqual(queryVariants('forebygging i skolen', groups), ['førebygging i skule']);
});

test('a full name is also run as its abbreviation, but a word is not widened into a phrase', () => {
  assert.deepEqual(queryVariants('bedre tverrfaglig innsats', groups), ['bti']);
  assert.deepEqual(queryVariants('BTI', groups), []);
});

test('a phrase is rewritten as a whole, once, by the first group that knows it', () => {
  assert.deepEqual(queryVariants('tidleg intervensjon barnehage', groups), ['tidlig intervensjon barnehage']);
  // Not on into «tidleg innsats» through the glossary entry's second name.
  assert.deepEqual(queryVariants('tidlig intervensjon', groups), ['tidleg intervensjon']);
});

test('an abbreviation matches only a whole word, not words it begins', () => {
  assert.deepEqual(queryVariants('skolen', groups), ['skule']);
  assert.deepEqual(queryVariants('skol', groups), []);
});

test('a query with no known words has no variants', () => {
  assert.deepEqual(queryVariants('kommunestyret', groups), []);
});

import { searchForms } from '../../src/search/shared/query-variants.ts';

test('function words are not sent to Pagefind, but still help match a phrase', () => {
  assert.deepEqual(searchForms('barn som pårørende', groups), ['barn pårørende']);
  assert.deepEqual(searchForms('hva er BTI', groups), ['bti']);
  // «inn» is a function word elsewhere, but part of a programme's name here.
  assert.deepEqual(searchForms('Tidlig inn', []), ['tidlig inn']);
  // A query of function words only is searched as it is.
  assert.deepEqual(searchForms('hva er det', groups), ['hva er det']);
  // The glossary phrase is matched with its «som» before the function words are dropped.
  const withPhrase = [['barn som pårørende', 'born som pårørande']];
  assert.deepEqual(searchForms('barn som pårørende', withPhrase), ['barn pårørende', 'born pårørande']);
});

test('«i stedet for» and other words that only bind a question together are not sent either', () => {
  // Few pages say «staden», so matched word by word it outweighed the words the answer has.
  assert.deepEqual(
    searchForms('kan alkoholpolitikken stå i folkehelseplanen i staden for i ein eigen plan', []),
    ['alkoholpolitikken stå folkehelseplanen eigen plan', 'alkoholpolitikk stå folkehelseplan eigen plan'],
  );
  assert.deepEqual(searchForms('ny retningslinje som kom i stedet for IS-1742', []), ['ny retningslinje kom is 1742']);
  assert.deepEqual(searchForms('hva gjør vi hvis en elev ruser seg', []), ['gjør elev ruser']);
});

test('a full name is not rewritten into a two-letter abbreviation, which would match every word it begins', () => {
  const withShort = [['motiverende intervju', 'MI']];
  assert.deepEqual(queryVariants('motiverende intervju', withShort), []);
  assert.deepEqual(queryVariants('bedre tverrfaglig innsats', groups), ['bti']);
});

import { wordForms } from '../../src/search/shared/query-variants.ts';

test('a word of a long question is also matched in its group\'s main forms, one way', () => {
  const everyday = [['alkohol', 'alkohol', 'sprit', 'fyll'], ['statsforvalteren', 'statsforvaltaren', 'fylkesmannen']];
  assert.deepEqual(wordForms('sprit', everyday), ['alkohol']);
  assert.deepEqual(wordForms('fylkesmannen', everyday), ['statsforvalteren', 'statsforvaltaren']);
  // The main form does not lead back to the everyday words.
  assert.deepEqual(wordForms('alkohol', everyday), []);
  assert.deepEqual(wordForms('skulen', groups), ['skole']);
  // A word is not widened into a phrase, and a word in no group has no other forms.
  assert.deepEqual(wordForms('bti', groups), []);
  assert.deepEqual(wordForms('kommunestyret', groups), []);
});
