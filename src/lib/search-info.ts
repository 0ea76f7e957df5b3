/**
 * Builds what a detail page tells the search index: type, date, filters and extra words.
 * Filter values are always in bokmål so that one filter gathers pages of both written standards.
 */
import type { SearchInfo } from '../components/SearchData.astro';
import { label, t } from '../i18n/index.ts';
import { collectionLabel, type ListedName } from '../collections/registry.ts';
import { topicsByIds } from '../collections/queries.ts';

interface Input {
  kind: ListedName;
  lang: 'nb' | 'nn';
  date: Date;
  topics: string[];
  targetGroups?: string[];
  counties?: string[];
  terms?: string[];
}

/** Each term once, whatever its case: repeating a word would only raise its weight. */
function unique(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLocaleLowerCase('nb');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export async function searchInfo({ kind, lang, date, topics, targetGroups = [], counties = [], terms = [] }: Input): Promise<SearchInfo> {
  const topicEntries = await topicsByIds(topics);
  const topicLabels = topicEntries.map((x) => x.data.label.nb);
  const type = collectionLabel('nb', kind);
  return {
    type,
    date: date.toISOString().slice(0, 10),
    topics: topicEntries.map((x) => x.data.label[lang]),
    filters: {
      type: [type],
      topic: topicLabels,
      target: targetGroups.map((g) => label('nb', 'target', g)),
      county: counties,
      lang: [t('nb', `lang.${lang}`)],
    },
    // The page is found by its topics' names and synonyms («BTI» and «stafettlogg» find pages
    // tagged «tidlig intervensjon»), but only pages tagged with the topic carry its synonyms.
    terms: unique([...terms, ...topicEntries.flatMap((x) => [x.data.label.nb, x.data.label.nn, ...x.data.synonyms])]),
  };
}
