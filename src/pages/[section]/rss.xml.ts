/** The feed of each collection that has one (/aktuelt/rss.xml, /praksis/rss.xml …). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../i18n/index.ts';
import { collectionFeedLink, collectionFeedPath, feedKinds, feedName, type FeedKind } from '../../publishing/feeds/feeds.ts';
import { collectionItems } from '../../publishing/feeds/entry-items.ts';
import { feedResponse } from '../../publishing/feeds/rss.ts';

export const getStaticPaths = (() =>
  feedKinds.map((kind) => ({ params: { section: collectionFeedPath(kind).split('/')[1]! }, props: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const kind = (props as { kind: FeedKind }).kind;
  return feedResponse({
    title: collectionFeedLink('nb', kind).title,
    description: t('nb', 'feed.section.description', { section: feedName('nb', kind) }),
    path: collectionFeedPath(kind),
    items: await collectionItems(kind),
  });
};
