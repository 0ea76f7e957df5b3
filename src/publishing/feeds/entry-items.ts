/**
 * Turns published entries into feed items. Events say when and where, with the registration
 * deadline and whether they are over; grants give their deadlines and whether they are closed,
 * both judged on the build date like the pages.
 */
import { entriesOf, type Entry } from '../../collections/content.ts';
import { isClosed, isPast } from '../../collections/queries.ts';
import { pathFor } from '../../collections/paths.ts';
import { collectionLabel, listedNames, type ListedName } from '../../collections/registry.ts';
import { formatDate, formatDateTime, t } from '../../i18n/index.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { changedDate, newestFirst, type FeedItem } from './feed-item.ts';
import type { FeedKind } from './feeds.ts';

interface FeedableEntry {
  id: string;
  data: { title: string; ingress: string; lang: Language; topics: string[]; updated: Date; published?: Date | undefined };
}

function eventSummary(e: Entry<'events'>): string {
  const d = e.data;
  const when = d.end ? `${formatDateTime(d.lang, d.start)} – ${formatDateTime(d.lang, d.end)}` : formatDateTime(d.lang, d.start);
  const parts = [isPast(e) ? `${t(d.lang, 'event.past')}.` : '', `${when}, ${d.place}.`, d.ingress];
  if (d.registrationDeadline && !isPast(e)) parts.push(`${t(d.lang, 'meta.registrationDeadline')}: ${formatDate(d.lang, d.registrationDeadline)}.`);
  return parts.filter(Boolean).join(' ');
}

function grantSummary(g: Entry<'grants'>): string {
  const d = g.data;
  const deadlines = d.deadlines.map((x) => `${x.label}: ${formatDateTime(d.lang, x.date)}.`);
  return [isClosed(g) ? `${t(d.lang, 'grant.closed')}.` : '', d.ingress, ...deadlines].filter(Boolean).join(' ');
}

function summary(kind: ListedName, e: FeedableEntry): string {
  if (kind === 'events') return eventSummary(e as unknown as Entry<'events'>);
  if (kind === 'grants') return grantSummary(e as unknown as Entry<'grants'>);
  return e.data.ingress;
}

function item(kind: ListedName, e: FeedableEntry): { kind: ListedName; topics: string[]; item: FeedItem } {
  const d = e.data;
  return {
    kind,
    topics: d.topics,
    item: { title: d.title, summary: summary(kind, e), date: changedDate(d), path: pathFor(kind, e.id), lang: d.lang, category: collectionLabel(d.lang, kind) },
  };
}

/** Every page-like entry as a feed item, built once per build. */
const allItems = (): Promise<ReturnType<typeof item>[]> => (cache ??= load());
let cache: ReturnType<typeof load> | undefined;

async function load() {
  const lists = await Promise.all(listedNames.map(async (kind) => ((await entriesOf(kind)) as unknown as FeedableEntry[]).map((e) => item(kind, e))));
  return lists.flat();
}

/** The newest items of one collection. */
export const collectionItems = async (kind: FeedKind): Promise<FeedItem[]> =>
  newestFirst((await allItems()).filter((x) => x.kind === kind).map((x) => x.item));

/** The newest items tagged with a topic. */
export const topicItems = async (topicId: string): Promise<FeedItem[]> =>
  newestFirst((await allItems()).filter((x) => x.topics.includes(topicId)).map((x) => x.item));

/** The newest items of the whole site. */
export const siteItems = async (): Promise<FeedItem[]> => newestFirst((await allItems()).map((x) => x.item));
