/**
 * A thin typed wrapper around Pagefind's browser API (dist/pagefind/pagefind.js), loaded at run
 * time so Vite does not try to bundle the index. Adds one thing Pagefind lacks: when a query of
 * several words finds few pages (Pagefind requires every word), the words are also searched one
 * by one and those pages follow, so a long, natural query still finds something useful.
 */
export interface ResultData {
  url: string;
  excerpt: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

export interface Result {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}

interface SearchResponse {
  results: Result[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]>; sort?: Record<string, 'asc' | 'desc'> }) => Promise<SearchResponse>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

export interface Query {
  q: string;
  filters: Record<string, string[]>;
  sort: 'relevance' | 'date';
}

let loaded: Promise<Pagefind> | undefined;

/** Loads Pagefind once. */
export function pagefind(): Promise<Pagefind> {
  loaded ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Titles matter most to people scanning for a guideline or tool by name.
    await pf.options({ excerptLength: 26, ranking: { metaWeights: { title: 6 } } });
    await pf.init();
    return pf;
  })();
  return loaded;
}

/** Words worth searching on their own when the whole query finds too little. */
const STOP = new Set(['og', 'i', 'på', 'for', 'til', 'av', 'om', 'med', 'er', 'en', 'et', 'ei', 'det', 'den', 'som', 'hva', 'kva', 'hvordan', 'korleis', 'kan', 'vi', 'å', 'a', 'the']);

/** Runs a query and returns ranked results and the filter counts. */
export async function runSearch(query: Query): Promise<{ results: Result[]; filters: Record<string, Record<string, number>> }> {
  const pf = await pagefind();
  const options = {
    filters: query.filters,
    ...(query.sort === 'date' ? { sort: { date: 'desc' as const } } : {}),
  };
  const whole = await pf.search(query.q, options);
  const words = query.q.toLocaleLowerCase('nb').split(/\s+/).filter((w) => w.length > 1 && !STOP.has(w));
  if (whole.results.length >= 5 || words.length < 2) return { results: whole.results, filters: whole.filters };
  const seen = new Set(whole.results.map((r) => r.id));
  const extra = new Map<string, Result>();
  for (const word of words) {
    const part = await pf.search(word, options);
    for (const r of part.results) {
      if (seen.has(r.id)) continue;
      const prev = extra.get(r.id);
      // Pages that match more of the words come first: their scores add up.
      extra.set(r.id, prev ? { ...r, score: prev.score + r.score } : r);
    }
  }
  const rest = [...extra.values()].sort((a, b) => b.score - a.score);
  return { results: [...whole.results, ...rest], filters: whole.filters };
}

/** All filter values in the index, with page counts. */
export async function allFilters(): Promise<Record<string, Record<string, number>>> {
  return (await pagefind()).filters();
}
