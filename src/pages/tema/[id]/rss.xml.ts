/** One feed per topic hub, so a reader can follow only «Planarbeid». */
import type { APIRoute, GetStaticPaths } from 'astro';
import { detailPaths, type Entry } from '../../../collections/content.ts';
import { t } from '../../../i18n/index.ts';
import { topicFeedLink, topicFeedPath } from '../../../publishing/feeds/feeds.ts';
import { topicItems } from '../../../publishing/feeds/entry-items.ts';
import { feedResponse } from '../../../publishing/feeds/rss.ts';

export const getStaticPaths = (() => detailPaths('topics', (e) => ({ id: e.id }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: Entry<'topics'> };
  const lang = entry.data.lang;
  const label = entry.data.label[lang];
  return feedResponse({
    title: topicFeedLink(lang, label, entry.id).title,
    description: t(lang, 'feed.topic.description', { topic: label }),
    path: topicFeedPath(entry.id),
    items: await topicItems(entry.id),
  });
};
