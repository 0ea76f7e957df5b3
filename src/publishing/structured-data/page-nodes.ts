/**
 * The node for the page itself. Text pages are an Article (NewsArticle for news), list pages and
 * topic hubs a CollectionPage, /om/ an AboutPage, the search page a SearchResultsPage.
 */
import type { AboutPage, Article, CollectionPage, NewsArticle, SearchResultsPage, WebPage } from 'schema-dts';
import type { Language } from '../../schemas/vocabulary.ts';
import { classify, listPathOf } from '../../collections/paths.ts';
import { rowOf } from '../../collections/registry.ts';
import { absolute } from '../site.ts';
import { isoDate } from './graph.ts';
import { publisherRef, websiteRef } from './site-nodes.ts';

/** What every page node says about the page. */
export interface PageFacts {
  path: string;
  title: string;
  description: string;
  lang: Language;
  /** The page's share image (absolute address). */
  image: string;
  published?: Date | undefined;
  updated?: Date | undefined;
}

const common = (p: PageFacts) => ({
  '@id': `${absolute(p.path)}#side`,
  url: absolute(p.path),
  name: p.title,
  description: p.description,
  inLanguage: p.lang,
  isPartOf: websiteRef,
});

export type ArticleType = 'Article' | 'NewsArticle';

export function articleNode(type: ArticleType, p: PageFacts, section: string, authors: string[] = []): Article | NewsArticle {
  const published = p.published ?? p.updated;
  return {
    ...common(p),
    '@type': type,
    headline: p.title,
    image: p.image,
    articleSection: section,
    ...(published ? { datePublished: isoDate(published) } : {}),
    ...(p.updated ? { dateModified: isoDate(p.updated) } : {}),
    author: authors.length > 0 ? authors.map((name) => ({ '@type': 'Person' as const, name })) : publisherRef,
    publisher: publisherRef,
    mainEntityOfPage: absolute(p.path),
  };
}

export type ListPageType = 'CollectionPage' | 'AboutPage' | 'SearchResultsPage' | 'WebPage';

export function listPageNode(type: ListPageType, p: PageFacts): CollectionPage | AboutPage | SearchResultsPage | WebPage {
  return {
    ...common(p),
    '@type': type,
    ...(p.updated ? { dateModified: isoDate(p.updated) } : {}),
    publisher: publisherRef,
  } as CollectionPage | AboutPage | SearchResultsPage | WebPage;
}

/**
 * Which kind of page node a page without the detail layout gets: an entry's own type from its
 * registry row (topic hubs, /om/ pages), otherwise by address (list pages are collections).
 */
export function listPageType(path: string): ListPageType {
  const entry = classify(path);
  // An entry with an address of its own (the early-intervention hub's welcome text) is only part
  // of the page there, so the page is described by its address instead.
  const own = entry && !rowOf(entry.kind).addressOf?.[entry.id] ? rowOf(entry.kind).structuredData : undefined;
  if (own === 'CollectionPage' || own === 'AboutPage') return own;
  if (path === '/sok/') return 'SearchResultsPage';
  if (path === '/') return 'WebPage';
  if (path === listPathOf('pages')) return 'AboutPage';
  return 'CollectionPage';
}
