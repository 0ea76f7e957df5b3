/**
 * Builds what a detail page tells the search index: type, dates, filters, its editors' and topics'
 * search words, and the extra words worked out from the site (compound parts, abbreviations).
 * Filter values are always in bokmål so that one filter gathers pages of both written standards.
 */
import type { SearchInfo } from '../components/SearchData.astro';
import { formatDate, label, t } from '../i18n/index.ts';
import { collectionLabel, type ListedName } from '../collections/registry.ts';
import { applicationDeadline, topicsByIds } from '../collections/queries.ts';
import type { Entry } from '../collections/content.ts';

interface Input {
  kind: ListedName;
  /** The entry's data: its dates, and the names it defines. */
  data: Entry<ListedName>['data'];
  lang: 'nb' | 'nn';
  topics: string[];
  targetGroups?: string[];
  counties?: string[];
  terms?: string[];
  /** The guideline a page belongs to (its short title), so a search can stay within it. */
  guideline?: string;
  /** The extra words worked out for the page (src/search/build/page-words.ts). */
  extra: string[];
}

/**
 * The date a reader cares about on a result, by type: when an event takes place, a grant's
 * application deadline, when news or an article was published, the years a practice example ran.
 * Other types (tools, glossary, guideline chapters …) show none: their only date is when the text
 * was last edited here, which told the reader nothing («25. november 2026» on every result).
 */
type ReaderDate = { kind: 'date'; date: Date } | { kind: 'deadline'; date: Date } | { kind: 'period'; from: string; to?: string };

function readerDate(kind: ListedName, data: Entry<ListedName>['data']): ReaderDate | undefined {
  const d = data as Record<string, unknown>;
  if (kind === 'practice') return { kind: 'period', ...(d.period as { from: string; to?: string }) };
  if (kind === 'events') return { kind: 'date', date: d.start as Date };
  if (kind === 'grants') return { kind: 'deadline', date: applicationDeadline(data as Entry<'grants'>['data']) };
  if (kind === 'news' || kind === 'articles') return { kind: 'date', date: d.published as Date };
  return undefined;
}

/** Each term once, whatever its case: repeating a word would only raise its weight. */
function unique(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = term.toLocaleLowerCase('nb');
    if (seen.has(key) || key.trim() === '') return false;
    seen.add(key);
    return true;
  });
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

function when(lang: 'nb' | 'nn', shown: ReaderDate | undefined): SearchInfo['when'] {
  if (!shown) return undefined;
  if (shown.kind === 'period') {
    const period = shown.to && shown.to !== shown.from ? `${shown.from}–${shown.to}` : shown.from;
    return { text: `${t(lang, 'meta.period')} ${period}` };
  }
  const text = formatDate(lang, shown.date);
  return { text: shown.kind === 'deadline' ? `${t(lang, 'search.deadline')} ${text}` : text, datetime: iso(shown.date) };
}

/** The sort key for «Nyeste først»: the reader date when there is one, else the last edit. */
function sortKey(shown: ReaderDate | undefined, updated: Date): string {
  if (!shown) return iso(updated);
  return shown.kind === 'period' ? (shown.to ?? shown.from) : iso(shown.date);
}

export async function searchInfo({ kind, data, lang, topics, targetGroups = [], counties = [], terms = [], guideline, extra }: Input): Promise<SearchInfo> {
  const topicEntries = await topicsByIds(topics);
  const topicLabels = topicEntries.map((x) => x.data.label.nb);
  const type = collectionLabel('nb', kind);
  const shown = readerDate(kind, data);
  return {
    date: sortKey(shown, data.updated),
    when: when(lang, shown),
    topics: topicEntries.map((x) => x.data.label[lang]),
    filters: {
      type: [type],
      topic: topicLabels,
      target: targetGroups.map((g) => label('nb', 'target', g)),
      county: counties,
      lang: [t('nb', `lang.${lang}`)],
      guideline: guideline ? [guideline] : [],
    },
    // The page is found by its topics' names and synonyms («BTI» and «stafettlogg» find pages
    // tagged «tidlig intervensjon»), but only pages tagged with the topic carry its synonyms. The
    // name in the page's own written standard is enough: a topic's two names are one word group,
    // and the search page runs a query in both (src/search/shared/query-variants.ts).
    terms: unique([...terms, ...topicEntries.flatMap((x) => [x.data.label[lang], ...x.data.synonyms])]),
    extra,
  };
}
