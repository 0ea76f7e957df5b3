/**
 * Turns published entries into feed items. Events say when and where, with the registration
 * deadline and whether they are over; grants give their deadlines and whether they are closed,
 * both judged on the build date like the pages.
 */
import { content, isClosed, isPast, type EventEntry, type Grant } from '../../lib/collections.ts';
import { pathFor, type EntryKind } from '../../lib/paths.ts';
import { formatDate, formatDateTime, t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { changedDate, newestFirst, type FeedItem } from './feed-item.ts';
import type { FeedKind } from './feeds.ts';

interface FeedableEntry {
  id: string;
  data: { title: string; ingress: string; lang: Language; topics: string[]; updated: Date; published?: Date | undefined };
}

function item(kind: EntryKind, entry: FeedableEntry, summary = entry.data.ingress): FeedItem {
  const d = entry.data;
  return { title: d.title, summary, date: changedDate(d), path: pathFor(kind, entry.id), lang: d.lang, category: t(d.lang, `type.${kind}`) };
}

function eventSummary(e: EventEntry): string {
  const d = e.data;
  const when = d.end ? `${formatDateTime(d.lang, d.start)} – ${formatDateTime(d.lang, d.end)}` : formatDateTime(d.lang, d.start);
  const parts = [isPast(e) ? `${t(d.lang, 'event.past')}.` : '', `${when}, ${d.place}.`, d.ingress];
  if (d.registrationDeadline && !isPast(e)) parts.push(`${t(d.lang, 'meta.registrationDeadline')}: ${formatDate(d.lang, d.registrationDeadline)}.`);
  return parts.filter(Boolean).join(' ');
}

function grantSummary(g: Grant): string {
  const d = g.data;
  const deadlines = d.deadlines.map((x) => `${x.label}: ${formatDateTime(d.lang, x.date)}.`);
  return [isClosed(g) ? `${t(d.lang, 'grant.closed')}.` : '', d.ingress, ...deadlines].filter(Boolean).join(' ');
}

/** Every page-like entry as a feed item, built once per build. */
const allItems = (): Promise<{ kind: EntryKind; topics: string[]; item: FeedItem }[]> => (cache ??= load());
let cache: ReturnType<typeof load> | undefined;

async function load() {
  const c = await content();
  const plain = (kind: EntryKind, list: FeedableEntry[]) => list.map((e) => ({ kind, topics: e.data.topics, item: item(kind, e) }));
  return [
    ...plain('guidelines', c.guidelines),
    ...plain('chapters', c.chapters),
    ...plain('planGuides', c.planGuides),
    ...plain('planSteps', c.planSteps),
    ...plain('questions', c.questions),
    ...plain('articles', c.articles),
    ...plain('practice', c.practice),
    ...plain('tools', c.tools),
    ...plain('glossary', c.glossary),
    ...plain('news', c.news),
    ...c.events.map((e) => ({ kind: 'events' as const, topics: e.data.topics, item: item('events', e, eventSummary(e)) })),
    ...c.grants.map((g) => ({ kind: 'grants' as const, topics: g.data.topics, item: item('grants', g, grantSummary(g)) })),
  ];
}

/** The newest items of one collection. */
export const collectionItems = async (kind: FeedKind): Promise<FeedItem[]> =>
  newestFirst((await allItems()).filter((x) => x.kind === kind).map((x) => x.item));

/** The newest items tagged with a topic. */
export const topicItems = async (topicId: string): Promise<FeedItem[]> =>
  newestFirst((await allItems()).filter((x) => x.topics.includes(topicId)).map((x) => x.item));

/** The newest items of the whole site. */
export const siteItems = async (): Promise<FeedItem[]> => newestFirst((await allItems()).map((x) => x.item));
