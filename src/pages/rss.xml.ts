/** Everything new or changed on the site, newest first. */
import type { APIRoute } from 'astro';
import { t } from '../i18n/index.ts';
import { siteFeedLink, siteFeedPath } from '../publishing/feeds/feeds.ts';
import { siteItems } from '../publishing/feeds/entry-items.ts';
import { feedResponse } from '../publishing/feeds/rss.ts';

export const GET: APIRoute = async () =>
  feedResponse({ title: siteFeedLink('nb').title, description: t('nb', 'feed.site.description'), path: siteFeedPath, items: await siteItems() });
