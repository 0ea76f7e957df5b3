/**
 * The one module pages read content through. It loads every collection once, drops drafts,
 * checks cross-references (a dangling id fails the build with file and field named), and
 * exports the sorted lists pages use. Pages never call getCollection themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { findReferenceProblems, type EntryRef } from './references.ts';
import { countiesOf } from './municipalities.ts';
import { buildDate } from './today.ts';
import { parent, pathFor, type EntryKind } from './paths.ts';
import type { Language } from '../schemas/vocabulary.ts';

type Name =
  | 'articles' | 'practice' | 'guidelines' | 'chapters' | 'planGuides' | 'planSteps' | 'questions'
  | 'tools' | 'topics' | 'glossary' | 'news' | 'events' | 'grants' | 'organisations' | 'pages';

const names: Name[] = [
  'articles', 'practice', 'guidelines', 'chapters', 'planGuides', 'planSteps', 'questions',
  'tools', 'topics', 'glossary', 'news', 'events', 'grants', 'organisations', 'pages',
];

/** Drops drafts: the one place where that happens. Pages (/om/) have no draft field. */
const published = <T extends { data: object }>(list: T[]): T[] => list.filter((e) => !(e.data as { draft?: boolean }).draft);
const byDateDesc = (a: Date, b: Date) => b.getTime() - a.getTime();
const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'nb');

async function load() {
  const [articles, practice, guidelines, chapters, planGuides, planSteps, questions, tools, topics, glossary, news, events, grants, organisations, pages] =
    await Promise.all([
      getCollection('articles'), getCollection('practice'), getCollection('guidelines'), getCollection('chapters'),
      getCollection('planGuides'), getCollection('planSteps'), getCollection('questions'), getCollection('tools'),
      getCollection('topics'), getCollection('glossary'), getCollection('news'), getCollection('events'),
      getCollection('grants'), getCollection('organisations'), getCollection('pages'),
    ]);
  const all = {
    articles: published(articles).sort((a, b) => byDateDesc(a.data.published, b.data.published)),
    practice: published(practice).sort((a, b) => b.data.period.from.localeCompare(a.data.period.from) || byTitle(a, b)),
    guidelines: published(guidelines).sort((a, b) => Number(a.data.status === 'erstattet') - Number(b.data.status === 'erstattet') || byTitle(a, b)),
    chapters: published(chapters).sort((a, b) => a.data.order - b.data.order),
    planGuides: published(planGuides).sort((a, b) => a.data.order - b.data.order),
    planSteps: published(planSteps).sort((a, b) => a.data.order - b.data.order),
    questions: published(questions).sort(byTitle),
    tools: published(tools).sort(byTitle),
    topics: topics.sort((a, b) => a.data.order - b.data.order),
    glossary: published(glossary).sort((a, b) => a.data.term.localeCompare(b.data.term, 'nb')),
    news: published(news).sort((a, b) => byDateDesc(a.data.published, b.data.published)),
    events: published(events).sort((a, b) => byDateDesc(a.data.start, b.data.start)),
    grants: published(grants).sort((a, b) => byDateDesc(a.data.published, b.data.published)),
    organisations,
    pages: published(pages).sort((a, b) => a.data.order - b.data.order),
  };
  const refs: EntryRef[] = names.flatMap((name) =>
    (all[name] as { id: string; data: Record<string, unknown>; filePath?: string }[]).map((e) => ({ collection: name, id: e.id, data: e.data, filePath: e.filePath })),
  );
  const problems = findReferenceProblems(refs);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
    throw new Error(`Innholdet har ${problems.length} feil i henvisninger:\n${lines.join('\n')}\nKjør «npm run check» for en full rapport.`);
  }
  return all;
}

let cache: ReturnType<typeof load> | undefined;
/** All published content, loaded and checked once per build. */
export const content = () => (cache ??= load());

export type Article = CollectionEntry<'articles'>;
export type Practice = CollectionEntry<'practice'>;
export type Guideline = CollectionEntry<'guidelines'>;
export type Chapter = CollectionEntry<'chapters'>;
export type PlanGuide = CollectionEntry<'planGuides'>;
export type PlanStep = CollectionEntry<'planSteps'>;
export type Question = CollectionEntry<'questions'>;
export type Tool = CollectionEntry<'tools'>;
export type Topic = CollectionEntry<'topics'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type NewsItem = CollectionEntry<'news'>;
export type EventEntry = CollectionEntry<'events'>;
export type Grant = CollectionEntry<'grants'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Page = CollectionEntry<'pages'>;

/** Any page-like entry with its kind, for lists that mix kinds (topic hubs, related content). */
export interface Listed {
  kind: EntryKind;
  id: string;
  title: string;
  ingress: string;
  lang: Language;
  topics: string[];
  date: Date;
  href: string;
}

/** An entry as a list item; `date` defaults to when it was last updated. */
export function asListed(kind: EntryKind, e: { id: string; data: { title: string; ingress: string; lang: Language; topics: string[]; updated: Date } }, date?: Date): Listed {
  return { kind, id: e.id, title: e.data.title, ingress: e.data.ingress, lang: e.data.lang, topics: e.data.topics, date: date ?? e.data.updated, href: pathFor(kind, e.id) };
}

/** Every page-like entry as a list item, built once per build (callers must not change it). */
export const everything = (): Promise<Listed[]> => (everythingCache ??= listEverything());
let everythingCache: Promise<Listed[]> | undefined;

async function listEverything(): Promise<Listed[]> {
  const c = await content();
  return [
    ...c.guidelines.map((e) => asListed('guidelines', e)),
    ...c.chapters.map((e) => asListed('chapters', e)),
    ...c.planGuides.map((e) => asListed('planGuides', e)),
    ...c.planSteps.map((e) => asListed('planSteps', e)),
    ...c.questions.map((e) => asListed('questions', e)),
    ...c.articles.map((e) => asListed('articles', e, e.data.published)),
    ...c.practice.map((e) => asListed('practice', e)),
    ...c.tools.map((e) => asListed('tools', e)),
    ...c.glossary.map((e) => asListed('glossary', e)),
    ...c.news.map((e) => asListed('news', e, e.data.published)),
    ...c.events.map((e) => asListed('events', e, e.data.start)),
    ...c.grants.map((e) => asListed('grants', e, e.data.published)),
  ];
}

/** Positions in everything() of the entries tagged with each topic, built once per build. */
const topicIndex = (): Promise<Map<string, number[]>> => (topicIndexCache ??= everything().then(indexByTopic));
let topicIndexCache: Promise<Map<string, number[]>> | undefined;

function indexByTopic(all: Listed[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  all.forEach((e, i) => {
    for (const t of e.topics) {
      if (!index.has(t)) index.set(t, []);
      index.get(t)!.push(i);
    }
  });
  return index;
}

/**
 * Entries sharing a topic with the given one, most shared topics first, then newest, at most
 * `max`. Every detail page asks this, so it looks candidates up by topic and keeps only the best
 * few instead of sorting the whole site per page (that made a 10 000-page build quadratic).
 */
export async function relatedTo(kind: EntryKind, id: string, topics: string[], max = 5): Promise<Listed[]> {
  const [all, index] = await Promise.all([everything(), topicIndex()]);
  const shared = new Map<number, number>();
  for (const t of new Set(topics)) for (const i of index.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const best: { e: Listed; shared: number }[] = [];
  const better = (a: { e: Listed; shared: number }, b: { e: Listed; shared: number }) =>
    a.shared > b.shared || (a.shared === b.shared && a.e.date.getTime() > b.e.date.getTime());
  // In list order, and only strictly better ones overtake: ties keep the order a stable sort gives.
  for (const i of [...shared.keys()].sort((a, b) => a - b)) {
    const e = all[i]!;
    if ((e.kind === kind && e.id === id) || (kind === 'chapters' && e.kind === 'chapters' && parent(e.id) === parent(id))) continue;
    const candidate = { e, shared: shared.get(i)! };
    if (best.length === max && !better(candidate, best[max - 1]!)) continue;
    let at = best.length;
    while (at > 0 && better(candidate, best[at - 1]!)) at--;
    best.splice(at, 0, candidate);
    if (best.length > max) best.pop();
  }
  return best.map(({ e }) => e);
}

/** The chapters of one guideline, in order. */
export async function chaptersOf(guidelineId: string): Promise<Chapter[]> {
  return (await content()).chapters.filter((c) => c.data.guideline === guidelineId);
}

/** The steps of one plan guide, in order. */
export async function stepsOf(guideId: string): Promise<PlanStep[]> {
  return (await content()).planSteps.filter((s) => s.data.guide === guideId);
}

/** Looks an organisation up by id; references are checked at load, so it exists. */
export async function organisation(id: string): Promise<Organisation> {
  return (await content()).organisations.find((o) => o.id === id)!;
}

/** Looks a topic up by id. */
export async function topic(id: string): Promise<Topic> {
  return (await content()).topics.find((t) => t.id === id)!;
}

/** Looks a tool up by id. */
export async function tool(id: string): Promise<Tool> {
  return (await content()).tools.find((t) => t.id === id)!;
}

/** The pages under /om/ (about, accessibility statement, privacy), in order. */
export async function aboutPages(): Promise<Page[]> {
  return (await content()).pages.filter((p) => p.data.section === 'om');
}

/** Counties of a practice example, derived from its municipalities. */
export const countiesOfPractice = (p: Practice) => [...new Set([...p.data.counties, ...countiesOf(p.data.municipalities)])].sort((a, b) => a.localeCompare(b, 'nb'));

/** Whether an event is over on the day the site is built. */
export const isPast = (e: EventEntry) => (e.data.end ?? e.data.start).getTime() < buildDate().getTime();

/** A grant's application deadlines (or all its deadlines, if none is labelled as one). */
function applicationDeadlines(g: Grant): Date[] {
  const application = g.data.deadlines.filter((d) => /søknad|søk/i.test(d.label));
  return (application.length > 0 ? application : g.data.deadlines).map((d) => d.date);
}

/** Whether a grant's last application deadline has passed. */
export function isClosed(g: Grant): boolean {
  return applicationDeadlines(g).every((d) => d.getTime() < buildDate().getTime());
}

/** The application deadline a reader needs: the next one, or the last one once all have passed. */
export function applicationDeadline(g: Grant): Date {
  const dates = applicationDeadlines(g).sort((a, b) => a.getTime() - b.getTime());
  return dates.find((d) => d.getTime() >= buildDate().getTime()) ?? dates.at(-1)!;
}
