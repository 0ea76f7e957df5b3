/**
 * One item in a feed, whatever it was made from: what a feed reader shows (title, summary, date,
 * link) and the written standard, so a reader can tell bokmål from nynorsk items.
 */
import type { Language } from '../../schemas/vocabulary.ts';

export interface FeedItem {
  title: string;
  /** One or two plain sentences. */
  summary: string;
  /** When the page was published or last changed in substance, whichever is later. */
  date: Date;
  /** The page's path on the site, such as /praksis/x/. */
  path: string;
  lang: Language;
  /** What kind of page it is, in the page's written standard («Praksiseksempel»). */
  category: string;
}

/** The date a feed shows: a change after publication counts as news too. */
export const changedDate = (data: { updated: Date; published?: Date | undefined }): Date =>
  data.published && data.published.getTime() > data.updated.getTime() ? data.published : data.updated;

/** How many items a feed carries: enough for a reader who checks monthly, small at 10 000 pages. */
export const feedLength = 50;

/** Newest first; ties by path so two builds give the same file. */
export function newestFirst(items: FeedItem[], max = feedLength): FeedItem[] {
  return [...items].sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path)).slice(0, max);
}
