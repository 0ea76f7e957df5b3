/**
 * Writes an RSS 2.0 feed with @astrojs/rss. Each item carries its written standard as
 * <dc:language> (RSS itself has a language only per channel, and the site mixes bokmål and
 * nynorsk), and the channel points at itself with <atom:link rel="self">, as feed validators ask.
 */
import rss, { getRssString, type RSSOptions } from '@astrojs/rss';
import { absolute, siteUrl } from '../site.ts';
import type { FeedItem } from './feed-item.ts';

export interface FeedInput {
  title: string;
  description: string;
  /** Where the feed itself is published, such as /praksis/rss.xml. */
  path: string;
  items: FeedItem[];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function options({ title, description, path, items }: FeedInput): RSSOptions {
  return {
    title,
    description,
    site: siteUrl,
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    // «no» (Norwegian) covers both written standards; each item says which one it is in.
    customData: `<language>no</language><atom:link href="${escapeXml(absolute(path))}" rel="self" type="application/rss+xml"/>`,
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      description: item.summary,
      pubDate: item.date,
      link: absolute(item.path),
      categories: [item.category],
      customData: `<dc:language>${item.lang}</dc:language>`,
    })),
  };
}

/** The feed as an HTTP response, for an Astro endpoint. */
export const feedResponse = (input: FeedInput): Promise<Response> => rss(options(input));

/** The feed as text, for tests. */
export const feedXml = (input: FeedInput): Promise<string> => getRssString(options(input));
