/**
 * Builds what a detail page tells the search index: type, dates, filters, extra words and the
 * groups of names it defines. Filter values are always in bokmål so that one filter gathers pages
 * of both written standards.
 */
import type { SearchInfo } from '../components/SearchData.astro';
import { formatDate, label, t, type UiKey } from '../i18n/index.ts';
import type { EntryKind } from './paths.ts';
import { content } from './collections.ts';

/**
 * The date a reader cares about on a result, by type: when an event takes place, a grant's
 * application deadline, when news or an article was published, the years a practice example ran.
 * Other types (tools, glossary, guideline chapters …) show none: their only date is when the text
 * was last edited here, which told the reader nothing («25. november 2026» on every result).
 */
export type ReaderDate =
  | { kind: 'date'; date: Date }
  | { kind: 'deadline'; date: Date }
  | { kind: 'period'; from: string; to?: string };

interface Input {
  kind: EntryKind;
  lang: 'nb' | 'nn';
  /** When the text was last edited: sorts pages that have no reader date. */
  updated: Date;
  shown?: ReaderDate;
  topics: string[];
  targetGroups?: string[];
  counties?: string[];
  terms?: string[];
  /** The names the page itself defines as equivalent (a tool's name and abbreviations, a term and its other names). */
  names?: string[];
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

export async function searchInfo({ kind, lang, updated, shown, topics, targetGroups = [], counties = [], terms = [], names = [] }: Input): Promise<SearchInfo> {
  const allTopics = (await content()).topics;
  const topicEntries = topics.map((id) => allTopics.find((x) => x.id === id)).filter((x) => x !== undefined);
  const topicLabels = topicEntries.map((x) => x.data.label.nb);
  const type = t('nb', `type.${kind}` as UiKey);
  const groups = topicEntries.map((x) => ({ kind: 'topics', names: [x.data.label.nb, x.data.label.nn] }));
  if (names.length > 1) groups.push({ kind, names });
  return {
    type,
    date: sortKey(shown, updated),
    when: when(lang, shown),
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
    groups,
  };
}
