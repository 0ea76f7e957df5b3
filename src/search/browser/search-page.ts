/**
 * The search page's behaviour: reads ?q= on load, searches as the user types (debounced) and on
 * submit, keeps the address in step, draws results in the «Søkeresultater» region and announces
 * the count in a status region. Loaded only by /sok/.
 */
import { allFilters, runSearch, warmUp, type Result } from './pagefind-client.ts';
import { readQuery, searchHref, writeQuery } from './url-state.ts';
import { correctionNote, countText, noHitsTip, resultItem } from './render.ts';
import { renderControls } from './controls.ts';
import { loadStrings, ui } from './strings.ts';

const PAGE_SIZE = 10;
/** The pause in typing, in ms, that a search waits for while a search is running or keys come fast. */
const PAUSE = 80;
/** The shortest query searched at once after a pause in typing, without waiting for the next. */
const AT_ONCE = 3;

export async function startSearch(): Promise<void> {
  const app = document.getElementById('search-app');
  const form = document.getElementById('search-page-form') as HTMLFormElement | null;
  const input = document.getElementById('sok-q') as HTMLInputElement | null;
  const status = document.getElementById('search-status');
  const region = document.getElementById('search-results');
  const controls = document.getElementById('search-controls');
  if (!app || !form || !input || !status || !region || !controls) return;
  loadStrings(app);
  app.hidden = false;
  document.getElementById('search-nojs')?.setAttribute('hidden', '');
  // The filters start folded, so the results come first on a phone and the first search does not
  // download the filter index (it grows with the site: about 100 KB at 10 000 pages). They are
  // built when the panel is opened, or at once when the address already sets a filter.
  const filters = document.getElementById('search-filters') as HTMLDetailsElement | null;

  let query = readQuery(location);
  input.value = query.q;
  warmUp(query.q);
  let run = 0;
  // The run of the last search asked for: `run` moves past it when a key makes a search stale.
  let asked = 0;

  // One «Vis flere treff» button, kept and reused, so focus and clicks never land on a removed node.
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'button search-more';
  more.textContent = ui('search.more');
  let pending: { results: Result[]; list: HTMLOListElement; next: number; words: string[]; mine: number } | undefined;

  const showMore = async (results: Result[], list: HTMLOListElement, from: number, words: string[], mine: number): Promise<void> => {
    const items = await Promise.all(results.slice(from, from + PAGE_SIZE).map((r) => r.data()));
    if (mine !== run) return;
    for (const data of items) list.append(resultItem(data, words));
    pending = results.length > from + PAGE_SIZE ? { results, list, next: from + PAGE_SIZE, words, mine } : undefined;
    if (!pending) more.remove();
  };
  more.addEventListener('click', () => {
    if (!pending) return;
    const { results, list, next, words, mine } = pending;
    void showMore(results, list, next, words, mine).then(() => {
      // Move focus to the first new result so keyboard users continue where they were.
      list.children[next]?.querySelector('a')?.focus();
    });
  });

  const search = async (): Promise<void> => {
    const mine = run;
    // Asked for while another search ran, and the text has changed since: the search for the new
    // text is asked for when the reader pauses.
    if (mine !== asked) return;
    region.setAttribute('aria-busy', 'true');
    writeQuery(query);
    if (!query.q) {
      status.textContent = ui('search.empty');
      region.replaceChildren();
      region.removeAttribute('aria-busy');
      return;
    }
    const { results, corrected, words } = await runSearch(query, () => mine !== run);
    if (mine !== run) return;
    const list = document.createElement('ol');
    list.className = 'entry-list search-list';
    // A corrected query says so above the results, with links to both searches (GOV.UK's pattern).
    const note = corrected
      ? [correctionNote(corrected, query.q, { corrected: searchHref({ ...query, q: corrected, exact: false }), original: searchHref({ ...query, exact: true }) })]
      : [];
    if (results.length === 0) {
      region.replaceChildren(...note, noHitsTip(query.q));
    } else {
      // The first results are drawn into a new list before it replaces the old one, so the
      // page never flashes empty while typing.
      await showMore(results, list, 0, words, mine);
      if (mine !== run) return;
      region.replaceChildren(...note, list);
      if (pending) region.append(more);
    }
    // Announced once the results are on the page, so what is read out matches what is shown; a
    // correction is announced with the count.
    status.textContent = corrected ? `${countText(results.length, corrected)} ${ui('search.correction.status', { q: query.q })}` : countText(results.length, query.q);
    region.removeAttribute('aria-busy');
  };

  // One search at a time. A search asked for while another runs makes the running one stale (it
  // stops at its next step) and starts when it has stopped; of several asked for meanwhile, only
  // the newest runs. Pagefind's worker does one search at a time anyway, and on a slow phone every
  // pause in typing otherwise queued a whole search, with its variants and ten excerpts, that no
  // one would see, ahead of the one the reader is waiting for.
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  const start = (): void => {
    running = search()
      .then(() => {
        failures = 0;
      })
      .catch(() => {
        // A piece of the index that failed to load (a poor connection, a busy phone) usually loads
        // on a new try; the reader hears about it only if that fails too, never a page left busy.
        failures += 1;
        if (failures === 1) again = true;
        else {
          failures = 0;
          status.textContent = ui('search.failed');
          region.removeAttribute('aria-busy');
        }
      })
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          start();
        }
      });
  };
  const schedule = (): void => {
    run += 1;
    asked = run;
    if (running) again = true;
    else start();
  };

  let controlsBuilt = false;
  const buildControls = async (): Promise<void> => {
    if (controlsBuilt) return;
    controlsBuilt = true;
    renderControls(controls, await allFilters(), query, (next) => {
      query = { ...next, q: input.value.trim(), exact: false };
      schedule();
    });
  };
  filters?.addEventListener('toggle', () => {
    if (filters.open) void buildControls();
  });
  // From 1024 px the filters stand beside the results (src/styles/components.css), so they are open.
  const besideResults = matchMedia('(min-width: 64rem)').matches;
  if (filters && (besideResults || /[?&](type|topic|target|county|lang|guideline|sort)=/.test(location.search))) {
    filters.open = true;
    await buildControls();
  }

  // While the reader types fast, the search waits for a pause of PAUSE ms, so it does not run for
  // every key. A key after a pause searches at once: waiting would only add the pause to the time
  // until the results show (80 ms of some 250 on a slow phone at 10 000 pages). Not for the first
  // letters, though: a search for «t» fetches the index for every word with a t, and a reader
  // starting to type has always paused.
  // A search still running when a key changes the text is stale at once, not when the next search
  // is asked for: it stops at its next step instead of finishing results about to be replaced,
  // while the search the reader waits for queues behind it (Pagefind's worker does one thing at a
  // time). At 10 000 pages that was the last 50–100 ms of a corrected search.
  let timer: number | undefined;
  let lastKey = -Infinity;
  const searchTyped = (): void => {
    window.clearTimeout(timer);
    query = { ...query, q: input.value.trim(), exact: false };
    schedule();
  };
  input.addEventListener('input', (event) => {
    window.clearTimeout(timer);
    const paused = event.timeStamp - lastKey >= PAUSE;
    lastKey = event.timeStamp;
    const q = input.value.trim();
    // A space at the end, or a letter typed and taken back: the results for this text are shown
    // or on their way.
    if (q === query.q && run === asked) return;
    if (running) run += 1;
    if (paused && q.length >= AT_ONCE) searchTyped();
    else timer = window.setTimeout(searchTyped, PAUSE);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchTyped();
  });

  // Tells tests (and anyone inspecting the page) that typing now searches as you go.
  form.dataset.ready = 'true';
  schedule();
  await running;
}
