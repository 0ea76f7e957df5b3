/** Every feed the site publishes, for the page that explains how to follow the site. */
import { entriesOf } from '../../collections/content.ts';
import type { Language } from '../../schemas/vocabulary.ts';
import { collectionFeedLink, feedKinds, siteFeedLink, topicFeedLink, type FeedLink } from './feeds.ts';

/** The /om/ page (content/sider/abonner.md) that lists the feeds under its text. */
export const subscribePageId = 'abonner';

export async function feedDirectory(lang: Language): Promise<{ site: FeedLink[]; topics: FeedLink[] }> {
  const topics = await entriesOf('topics');
  return {
    site: [siteFeedLink(lang), ...feedKinds.map((kind) => collectionFeedLink(lang, kind))],
    topics: topics.map((topic) => topicFeedLink(lang, topic.data.label[lang], topic.id)),
  };
}
