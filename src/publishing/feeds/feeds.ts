/**
 * Which feeds the site publishes and where. A collection whose registry row says `feed: true`
 * gets one at <list page>rss.xml (/aktuelt/rss.xml), each topic hub one at /tema/<id>/rss.xml,
 * and /rss.xml carries everything new or changed.
 */
import { t, type UiKey } from '../../i18n/index.ts';
import { listedNames, rowOf, type ListedName } from '../../collections/registry.ts';
import { listPathOf } from '../../collections/paths.ts';
import type { Language } from '../../schemas/vocabulary.ts';

/** The collections with a feed of their own, in registry order. */
export const feedKinds: ListedName[] = listedNames.filter((name) => rowOf(name).feed);
export type FeedKind = ListedName;

/** A collection feed is named after its list page («Praksiseksempler»). */
export const feedName = (lang: Language, kind: FeedKind): string => t(lang, `${rowOf(kind).listPage!.text}.title` as UiKey);

/** The address of everything new or changed. */
export const siteFeedPath = '/rss.xml';
export const collectionFeedPath = (kind: FeedKind): string => `${listPathOf(kind)}rss.xml`;
export const topicFeedPath = (topicId: string): string => `/tema/${topicId}/rss.xml`;

/** A feed as a page links to it (autodiscovery) and /om/abonner/ lists it. */
export interface FeedLink {
  /** Short name for lists on the site («Praksiseksempler»). */
  name: string;
  /** The feed's own title, which a feed reader shows («Forebygging.no: Praksiseksempler»). */
  title: string;
  href: string;
}

const link = (lang: Language, name: string, href: string): FeedLink => ({ name, title: t(lang, 'feed.title', { name }), href });

export const siteFeedLink = (lang: Language): FeedLink => link(lang, t(lang, 'feed.site'), siteFeedPath);

export const collectionFeedLink = (lang: Language, kind: FeedKind): FeedLink => link(lang, feedName(lang, kind), collectionFeedPath(kind));

export const topicFeedLink = (lang: Language, topicLabel: string, topicId: string): FeedLink =>
  link(lang, t(lang, 'feed.topic', { topic: topicLabel }), topicFeedPath(topicId));

/**
 * The feeds a page announces in its <head>: everything new on every page, plus the feed of the
 * section or topic hub the page belongs to. Worked out from the address, so no page has to say.
 */
export function feedsForPath(lang: Language, pathname: string, topicLabel?: (id: string) => string | undefined): FeedLink[] {
  const links = [siteFeedLink(lang)];
  const kind = feedKinds.find((k) => pathname.startsWith(listPathOf(k)));
  if (kind) links.push(collectionFeedLink(lang, kind));
  const topic = /^\/tema\/([^/]+)\/$/.exec(pathname)?.[1];
  const label = topic ? topicLabel?.(topic) : undefined;
  if (topic && label) links.push(topicFeedLink(lang, label, topic));
  return links;
}
