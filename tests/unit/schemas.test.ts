/** The content schemas accept what editors should write and refuse what they should not. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dateSchema, dateTimeSchema } from '../../src/schemas/common.ts';
import { guidelineSchema } from '../../src/schemas/guideline.ts';
import { practiceSchema } from '../../src/schemas/practice.ts';
import { eventSchema } from '../../src/schemas/news.ts';
import { recommendationProps } from '../../src/components/recommendation-props.ts';

const base = {
  title: 'Tidlig inn i Porsanger',
  ingress: 'Opplæring for ansatte som møter gravide og småbarnsforeldre.',
  lang: 'nb',
  topics: ['tidlig-intervensjon'],
  updated: '2026-11-25',
  sources: [{ title: 'Gjennomføringsplan 2016', publisher: 'KoRus-Nord', year: 2016 }],
};

const practice = {
  ...base,
  municipalities: ['Porsanger'],
  period: { from: '2016' },
  status: 'avsluttet',
  challenge: 'Ansatte trengte trygghet i samtaler om alkohol og psykisk helse.',
  targetGroups: ['gravide'],
  contact: 'korus-nord',
};

test('a real date is accepted, an impossible one is refused with a Norwegian hint', () => {
  assert.equal(dateSchema.parse('2024-02-29').toISOString().slice(0, 10), '2024-02-29');
  const bad = dateSchema.safeParse('2024-02-30');
  assert.equal(bad.success, false);
  assert.match(bad.error!.issues[0]!.message, /ikke en gyldig dato/);
  assert.equal(dateSchema.safeParse('30.02.2024').success, false);
});

test('a time of day is kept as written', () => {
  const when = dateTimeSchema.parse('2024-03-01T23:59');
  assert.equal(when.getUTCHours(), 23);
  assert.equal(when.getUTCMinutes(), 59);
  assert.equal(dateTimeSchema.safeParse('2024-03-01T24:10').success, false);
});

test('a complete practice example is valid', () => {
  assert.equal(practiceSchema.safeParse(practice).success, true);
});

test('a practice example needs a municipality or a county', () => {
  const result = practiceSchema.safeParse({ ...practice, municipalities: [] });
  assert.equal(result.success, false);
  assert.deepEqual(result.error!.issues[0]!.path, ['municipalities']);
  assert.equal(practiceSchema.safeParse({ ...practice, municipalities: [], counties: ['Nordland'] }).success, true);
});

test('a practice example refuses an unknown status and a badly written period', () => {
  assert.equal(practiceSchema.safeParse({ ...practice, status: 'ferdig' }).success, false);
  assert.equal(practiceSchema.safeParse({ ...practice, period: { from: 'våren 2016' } }).success, false);
});

test('every page needs at least one source', () => {
  const result = practiceSchema.safeParse({ ...practice, sources: [] });
  assert.equal(result.success, false);
  assert.match(result.error!.issues[0]!.message, /kilde/);
});

const history = { firstPublished: '2026-11-25', history: [{ date: '2026-11-25', note: 'Publisert på nettstedet i åtte kapitler.' }] };

test('a guideline says when it was first published here and has a dated change history', () => {
  const guideline = { ...base, publisher: 'Helsedirektoratet', year: 2014, status: 'gjeldende' };
  assert.equal(guidelineSchema.safeParse({ ...guideline, ...history }).success, true);
  const undated = guidelineSchema.safeParse({ ...guideline, ...history, history: [{ date: 'november 2026', note: 'Publisert på nettstedet.' }] });
  assert.match(undated.error!.issues[0]!.message, /ÅÅÅÅ-MM-DD/);
  const none = guidelineSchema.safeParse({ ...guideline, firstPublished: '2026-11-25' });
  assert.deepEqual(none.error!.issues.map((i) => i.path[0]), ['history']);
});

test('a replaced guideline must say what replaced it', () => {
  const guideline = { ...base, ...history, publisher: 'Helsedirektoratet', isNumber: 'IS-1742', year: 2009, status: 'erstattet' };
  const missing = guidelineSchema.safeParse(guideline);
  assert.equal(missing.success, false);
  assert.deepEqual(missing.error!.issues[0]!.path, ['replacedBy']);
  const named = guidelineSchema.safeParse({ ...guideline, replacedBy: [{ title: 'Nasjonal faglig retningslinje for tidlig oppdagelse av utsatte barn og unge', isNumber: 'IS-2826' }] });
  assert.equal(named.success, true);
});

test('an event cannot end before it starts', () => {
  const event = { ...base, kind: 'dialogmote', start: '2022-06-10T09:00', end: '2022-06-10T08:00', place: 'Kristiansund', organisers: ['napha'] };
  assert.equal(eventSchema.safeParse(event).success, false);
  assert.equal(eventSchema.safeParse({ ...event, end: '2022-06-10T15:00' }).success, true);
});

test('a recommendation takes only skal, bør or kan as its strength', () => {
  assert.equal(recommendationProps.safeParse({ nummer: '4.2.3', styrke: 'kan', tekst: 'Motiverende intervju kan være en velegnet samtalemetode.' }).success, true);
  assert.equal(recommendationProps.safeParse({ styrke: 'må', tekst: 'Kommunen må gjøre noe med dette.' }).success, false);
  assert.equal(recommendationProps.safeParse({ styrke: 'bor' }).success, false);
});
