/**
 * The selections, groupings and look-ups pages show, each named for what it returns. Pages only
 * render what these give them.
 */
import { asListed, byId, byIds, entriesOf, everything, listOf, type Entry, type Listed } from './content.ts';
import { hubSections, registry, type HubSection, type ListedName } from './registry.ts';
import { countyPath, countySlug, hubSectionPath, parent, pathFor } from './paths.ts';
import { hubSectionSize } from './pagination.ts';
import { counties, countiesOf, lookupMunicipality } from '../lib/municipalities.ts';
import { buildDate } from '../lib/build-date.ts';
import { label, t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabulary.ts';
import type { ListItem } from '../components/EntryList.astro';

/**
 * What relatedTo() looks candidates up in, built once per build: the positions in everything() of
 * the entries tagged with each topic, each entry's date as a number, and a reused array for
 * counting how many topics each entry shares with the page being served.
 */
interface TopicIndex {
  byTopic: Map<string, number[]>;
  times: Float64Array;
  shared: Uint8Array;
}
let topicIndexCache: Promise<TopicIndex> | undefined;
const topicIndex = (): Promise<TopicIndex> => (topicIndexCache ??= everything().then(indexByTopic));

function indexByTopic(all: Listed[]): TopicIndex {
  const byTopic = new Map<string, number[]>();
  all.forEach((e, i) => {
    for (const t of e.topics) {
      if (!byTopic.has(t)) byTopic.set(t, []);
      byTopic.get(t)!.push(i);
    }
  });
  return { byTopic, times: Float64Array.from(all, (e) => e.date.getTime()), shared: new Uint8Array(all.length) };
}

/**
 * Entries sharing a topic with the given one, most shared topics first, then newest, then in list
 * order, at most `max`. Every detail page asks this, and at 10 000 pages a page has thousands of
 * candidates, so the look-up is by topic, only the best few are kept (no sort of the whole site
 * per page, which made the build quadratic), and the comparisons are on plain numbers: with a map
 * per page and dates compared as objects this took 9 s of a 10 000-page build.
 */
export async function relatedTo(kind: ListedName, id: string, topics: string[], max = 5): Promise<Listed[]> {
  const [all, { byTopic, times, shared }] = await Promise.all([everything(), topicIndex()]);
  const candidates: number[] = [];
  for (const t of new Set(topics)) {
    for (const i of byTopic.get(t) ?? []) if (shared[i]!++ === 0) candidates.push(i);
  }
  // The best so far, by position in everything(), with how many topics each shares.
  const best: number[] = [];
  const counts: number[] = [];
  // Is candidate i (with `count` shared topics) ahead of the one at place j of best?
  const ahead = (i: number, count: number, j: number) =>
    count > counts[j]! || (count === counts[j]! && (times[i]! > times[best[j]!]! || (times[i] === times[best[j]!] && i < best[j]!)));
  for (const i of candidates) {
    const count = shared[i]!;
    shared[i] = 0;
    if (best.length === max && !ahead(i, count, max - 1)) continue;
    const e = all[i]!;
    // A chapter's siblings are in its table of contents already.
    if ((e.kind === kind && e.id === id) || (kind === 'chapters' && e.kind === 'chapters' && parent(e.id) === parent(id))) continue;
    let at = best.length;
    while (at > 0 && ahead(i, count, at - 1)) at--;
    best.splice(at, 0, i);
    counts.splice(at, 0, count);
    if (best.length > max) {
      best.pop();
      counts.pop();
    }
  }
  return best.map((i) => all[i]!);
}

/** Everything tagged with a topic, under the hub's section headings (`tema.section.<section>`). */
export async function hubGroups(topic: string, lang: Language): Promise<{ section: HubSection; heading: string; items: Listed[] }[]> {
  const items = (await everything()).filter((e) => e.topics.includes(topic));
  return hubSections.map((section) => ({ section, heading: t(lang, `tema.section.${section}`), items: items.filter((e) => registry[e.kind].hub === section) }));
}

/**
 * A topic hub's sections as the hub shows them: the first few entries of each, and a link to the
 * section's full list for the topic when there are more, so the hub stays one screenful per
 * section however much content the topic gets.
 */
export async function hubPreview(topic: string, lang: Language) {
  return (await hubGroups(topic, lang)).map(({ section, heading, items }) => ({
    heading,
    items: items.slice(0, hubSectionSize),
    more: items.length > hubSectionSize ? { href: hubSectionPath(topic, section), text: t(lang, 'tema.sectionAll', { count: items.length, section: heading }) } : undefined,
  }));
}

/** How many page-like entries each topic has. */
export async function topicCounts(): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const e of await everything()) for (const t of e.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}

/** The topics with the given ids, in the order given. */
export const topicsByIds = (ids: readonly string[]): Promise<Entry<'topics'>[]> => byIds('topics', ids);

/** A guideline's chapters, in order. */
export async function chaptersOf(guidelineId: string): Promise<Entry<'chapters'>[]> {
  return (await entriesOf('chapters')).filter((c) => c.data.guideline === guidelineId);
}

/** The steps of one plan guide, in order. */
export async function stepsOf(guideId: string): Promise<Entry<'planSteps'>[]> {
  return (await entriesOf('planSteps')).filter((s) => s.data.guide === guideId);
}

/** A chapter with its guideline, all the guideline's chapters and its own position among them. */
export async function chapterContext(chapter: Entry<'chapters'>) {
  const guideline = await byId('guidelines', chapter.data.guideline);
  const chapters = await chaptersOf(guideline.id);
  const index = chapters.findIndex((c) => c.id === chapter.id);
  return { guideline, chapters, index, prev: chapters[index - 1], next: chapters[index + 1] };
}

/** A plan step with its guide, all the guide's steps and its own position among them. */
export async function stepContext(step: Entry<'planSteps'>) {
  const guide = await byId('planGuides', step.data.guide);
  const steps = await stepsOf(guide.id);
  const index = steps.findIndex((s) => s.id === step.id);
  return { guide, steps, index, prev: steps[index - 1], next: steps[index + 1] };
}

/** Every plan guide with its steps, for the planning page. */
export async function planGuidesWithSteps() {
  return Promise.all((await entriesOf('planGuides')).map(async (guide) => ({ guide, steps: await stepsOf(guide.id) })));
}

/** Practice examples most recently updated first: the front page shows the first few. */
export async function newestPractice(max: number): Promise<Listed[]> {
  return [...(await entriesOf('practice'))]
    .sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || b.data.period.from.localeCompare(a.data.period.from))
    .slice(0, max)
    .map((p) => asListed('practice', p));
}

/** The newest news items. */
export const latestNews = async (max: number): Promise<Listed[]> => (await listOf('news')).slice(0, max);

/** A glossary term's initial letter, as the list's headings show it. */
export const initialOf = (g: Entry<'glossary'>): string => g.data.term[0]!.toLocaleUpperCase('nb');

/** Glossary entries (in alphabetical order) under their initial letters. */
export function byLetter(entries: readonly Entry<'glossary'>[]): { letter: string; entries: Entry<'glossary'>[] }[] {
  const groups = new Map<string, Entry<'glossary'>[]>();
  for (const g of entries) groups.set(initialOf(g), [...(groups.get(initialOf(g)) ?? []), g]);
  return [...groups].map(([letter, entries]) => ({ letter, entries }));
}

/** The pages under /om/ (about, accessibility statement, privacy), in order. */
export async function aboutPages(): Promise<Entry<'pages'>[]> {
  return (await entriesOf('pages')).filter((p) => p.data.section === 'om');
}

/** The welcome text of the early-intervention hub, if it is written. */
export const hubWelcome = async (): Promise<Entry<'pages'> | undefined> => (await entriesOf('pages')).find((p) => p.id === 'tidlig-intervensjon');

/** Counties of a practice example, derived from its municipalities. */
export const countiesOfPractice = (p: Entry<'practice'>) => [...new Set([...p.data.counties, ...countiesOf(p.data.municipalities)])].sort((a, b) => a.localeCompare(b, 'nb'));

/** One county with the practice examples from its municipalities, in the practice list's order. */
export interface CountyPractice {
  /** The county's name in SSB's list, for example «Møre og Romsdal». */
  county: string;
  /** The county's part of the address, «more-og-romsdal». */
  slug: string;
  /** The address of the county's page. */
  href: string;
  examples: Entry<'practice'>[];
}

/**
 * Every county in SSB's list (alphabetical) with the practice examples that took place in it.
 * An example counts in each county one of its municipalities lies in today, so one named by a
 * municipality that has since merged counts where that municipality now belongs, and an example
 * from several counties is listed under each of them.
 */
export async function practiceByCounty(): Promise<CountyPractice[]> {
  const practice = await entriesOf('practice');
  return [...counties]
    .sort((a, b) => a.localeCompare(b, 'nb'))
    .map((county) => ({ county, slug: countySlug(county), href: countyPath(county), examples: practice.filter((p) => countiesOfPractice(p).includes(county)) }));
}

/**
 * Practice examples as list items: municipalities (a merged one with what it is part of now),
 * counties, period and status under the title.
 */
export function practiceItems(lang: Language, examples: Entry<'practice'>[]): ListItem[] {
  const shown = (name: string) => {
    const hit = lookupMunicipality(name);
    return hit.kind === 'former' ? t(lang, 'county.formerNote', { name: hit.name, now: hit.nowPartOf.map((m) => m.name).join(', ') }) : name;
  };
  return examples.map((p) => ({
    href: pathFor('practice', p.id), title: p.data.title, ingress: p.data.ingress, lang: p.data.lang,
    meta: [
      p.data.municipalities.map(shown).join(', '),
      countiesOfPractice(p).join(', '),
      p.data.period.to && p.data.period.to !== p.data.period.from ? `${p.data.period.from}–${p.data.period.to}` : p.data.period.from,
      label(lang, 'status', p.data.status),
    ].filter(Boolean),
  }));
}

/** Whether an event is over on the day the site is built. */
export const isPast = (e: Entry<'events'>) => (e.data.end ?? e.data.start).getTime() < buildDate().getTime();

/** Upcoming events soonest first, then past events newest first. */
export async function eventsByTime(): Promise<{ upcoming: Entry<'events'>[]; past: Entry<'events'>[] }> {
  const events = await entriesOf('events');
  return { upcoming: events.filter((e) => !isPast(e)).reverse(), past: events.filter(isPast) };
}

/** News older than this many years is shown as an archived item: true to its date, but not current. */
export const newsArchiveYears = 2;

/** Whether a news item is old enough, on the day the site is built, to be marked as archived. */
export function isArchived(n: Entry<'news'>): boolean {
  const limit = buildDate();
  limit.setUTCFullYear(limit.getUTCFullYear() - newsArchiveYears);
  return n.data.published.getTime() < limit.getTime();
}

/** A grant's application deadlines (or all its deadlines, if none is labelled as one). */
function applicationDeadlines(data: Entry<'grants'>['data']): Date[] {
  const application = data.deadlines.filter((d) => /søknad|søk/i.test(d.label));
  return (application.length > 0 ? application : data.deadlines).map((d) => d.date);
}

/** Whether a grant's last application deadline has passed. */
export function isClosed(g: Entry<'grants'>): boolean {
  return applicationDeadlines(g.data).every((d) => d.getTime() < buildDate().getTime());
}

/** The application deadline a reader needs: the next one, or the last one once all have passed. */
export function applicationDeadline(data: Entry<'grants'>['data']): Date {
  const dates = applicationDeadlines(data).sort((a, b) => a.getTime() - b.getTime());
  return dates.find((d) => d.getTime() >= buildDate().getTime()) ?? dates.at(-1)!;
}

/** Grants still open for applications, then closed ones. */
export async function grantsByStatus(): Promise<{ open: Entry<'grants'>[]; closed: Entry<'grants'>[] }> {
  const grants = await entriesOf('grants');
  return { open: grants.filter((g) => !isClosed(g)), closed: grants.filter(isClosed) };
}
