/** What a person searching the site notices: it reads ?q=, finds across written standards, compounds and abbreviations, filters, sorts, announces. */
import { test, expect, type Locator, type Page } from '@playwright/test';

const results = (page: Page) => page.getByRole('region', { name: 'Søkeresultater' });
const resultLinks = (page: Page) => results(page).locator('li h2 a');

/** Waits until the search that is running has drawn its results. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status')).toContainText('treff');
  await expect(results(page)).not.toHaveAttribute('aria-busy', 'true');
}

const shownPaths = (page: Page) => resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

async function search(page: Page, q: string): Promise<string[]> {
  await page.goto(`/sok/?q=${encodeURIComponent(q)}`);
  await settled(page);
  return shownPaths(page);
}

/**
 * Opens the search page for typing and returns its field. Typing before the search script has
 * started would only fill in the plain form (and Enter would submit it).
 */
async function searchField(page: Page): Promise<Locator> {
  await page.goto('/sok/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  return page.getByLabel('Søk i kunnskapsbanken').last();
}

test('a link to a search shows its results, with type, date and highlighted words', async ({ page }) => {
  await page.goto('/sok/?q=ungdata');
  await expect(page.getByLabel('Søk i kunnskapsbanken').last()).toHaveValue('ungdata');
  await expect(page.getByRole('status')).toHaveText(/^\d+ treff på «ungdata»\.$/);
  const first = results(page).locator('li').first();
  await expect(first.getByRole('link')).toBeVisible();
  await expect(first.locator('.entry__meta')).not.toBeEmpty();
  await expect(results(page).locator('mark').first()).toBeVisible();
});

test('typing searches and keeps the address in step', async ({ page }) => {
  await (await searchField(page)).pressSequentially('motiverende');
  await expect(page.getByRole('status')).toContainText('treff på «motiverende»');
  await settled(page);
  await expect(page).toHaveURL(/\?q=motiverende/);
  expect(await resultLinks(page).count()).toBeGreaterThan(0);
});

test('a word typed after a pause is searched at once, without waiting to see if more keys come', async ({ page }) => {
  await page.clock.install();
  // A first search loads Pagefind, which polls on a timer until its WebAssembly is ready (slow on a
  // busy machine); only then may the timers stop.
  await search(page, 'ungdom');
  // Timers stand still from here: a search that waits for a pause in typing would never start.
  await page.clock.pauseAt(Date.now() + 60_000);
  await page.getByLabel('Søk i kunnskapsbanken').last().fill('ungdata');
  await expect(page.getByRole('status')).toContainText('treff på «ungdata»');
});

test('typing on replaces the results: an older, slower search never overwrites a newer one', async ({ page }) => {
  const input = await searchField(page);
  // «tidlig» matches many pages, so its search is still running when the reader types on.
  await input.pressSequentially('tidlig', { delay: 30 });
  await input.fill('');
  await input.pressSequentially('ungdata', { delay: 30 });
  await expect(page.getByRole('status')).toContainText('treff på «ungdata»');
  await settled(page);
  // Give any stale search time to finish: what is shown must still be for «ungdata».
  await page.waitForTimeout(1500);
  await expect(page.getByRole('status')).toContainText('treff på «ungdata»');
  await expect(page).toHaveURL(/\?q=ungdata/);
  const titles = await resultLinks(page).allTextContents();
  expect(titles[0]?.toLocaleLowerCase('nb')).toContain('ungdata');
});

test('a search for text the reader has since changed is dropped, not finished and shown', async ({ page }) => {
  await page.goto('/sok/');
  await expect(page.locator('form[data-ready]')).toBeAttached();
  // The index arrives slowly, as on a poor connection, so the first search is still running while
  // the reader types on; finishing it would only hold up the search for what the field now says.
  await page.route('**/pagefind/index/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  await page.evaluate(() => {
    const status = document.getElementById('search-status')!;
    const said: string[] = ((window as unknown as { said: string[] }).said = []);
    new MutationObserver(() => said.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });
  const input = page.getByLabel('Søk i kunnskapsbanken').last();
  await input.pressSequentially('ungdom');
  await expect(results(page)).toHaveAttribute('aria-busy', 'true');
  await input.pressSequentially('sskole og fritidsklubb i kommunen', { delay: 30 });
  await expect(page.getByRole('status')).toContainText('på «ungdomsskole og fritidsklubb i kommunen»', { timeout: 30_000 });
  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said.filter((text) => text.includes('«ungdom»'))).toEqual([]);
});

test('words like «som» and «hvordan» do not narrow a search', async ({ page }) => {
  // Pagefind requires every word; the search page leaves out function words, so a natural
  // question finds the same pages as its content words. (Their order may differ: a title that
  // also has the question's function words rises a little.)
  const question = (await search(page, 'hvordan lage en rusmiddelpolitisk handlingsplan')).slice(0, 5);
  const words = (await search(page, 'lage rusmiddelpolitisk handlingsplan')).slice(0, 5);
  expect(question.toSorted()).toEqual(words.toSorted());
  expect(question.length).toBeGreaterThan(0);
});

test('one search covers both written standards', async ({ page }) => {
  // «tilskudd» finds the nynorsk grant that says «tilskot».
  expect(await search(page, 'tilskudd')).toContain('/tilskudd/kommunalt-rusarbeid-ny-innretning-more-og-romsdal-2024/');
  const nb = (await search(page, 'tidlig intervensjon')).slice(0, 5);
  const nn = (await search(page, 'tidleg intervensjon')).slice(0, 5);
  expect(nb.filter((p) => nn.includes(p)).length).toBeGreaterThanOrEqual(3);
});

/** The visible words of a page's main content, lower case. */
async function mainText(page: Page, path: string): Promise<string> {
  const html = await (await page.request.get(path)).text();
  const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
  return main.replace(/<[^>]+>/g, ' ').toLocaleLowerCase('nb');
}

/** Every result of a search, pressing «Vis flere treff» until all are shown. */
async function allResults(page: Page, q: string): Promise<string[]> {
  await search(page, q);
  const more = page.getByRole('button', { name: 'Vis flere treff' });
  while (await more.isVisible()) {
    const shown = await resultLinks(page).count();
    await more.click();
    await expect.poll(() => resultLinks(page).count()).toBeGreaterThan(shown);
  }
  return shownPaths(page);
}

test('a word finds the compounds it is part of', async ({ page }) => {
  for (const [word, compound, page1] of [
    ['kontroll', 'skjenkekontroll', '/ordbok/skjenkekontroll/'],
    ['forebygging', 'rusmiddelforebygging', '/artikler/rusforebygging-som-del-av-folkehelsearbeidet/'],
    // The word a compound begins with is not an extra word (src/search/build/expand.ts): Pagefind
    // finds it as the beginning of the compound.
    ['skjenke', 'skjenkekontroll', '/ordbok/skjenkekontroll/'],
    ['rusmiddel', 'rusmiddelforebygging', '/artikler/rusforebygging-som-del-av-folkehelsearbeidet/'],
  ] as const) {
    const found = await allResults(page, word);
    expect(await mainText(page, page1)).toContain(compound);
    expect(found, `«${word}» skal finne ${page1}, som har «${compound}»`).toContain(page1);
    // And every page that uses the compound somewhere in its text.
    const candidates = ['/planlegging/planprosessen/mal-og-prioriteringer/', '/verktoy/ansvarlig-alkoholhandtering/'];
    for (const path of candidates) {
      if ((await mainText(page, path)).includes(compound)) expect(found, path).toContain(path);
    }
  }
});

for (const [abbreviation, path] of [
  ['BTI', '/verktoy/bedre-tverrfaglig-innsats/'],
  ['KOR', '/verktoy/klient-og-resultatstyrt-praksis/'],
  ['MI', '/verktoy/motiverende-intervju/'],
  ['AAH', '/verktoy/ansvarlig-alkoholhandtering/'],
  ['IP', '/verktoy/individuell-plan/'],
  ['BIR', '/verktoy/barn-i-rusfamilier/'],
  ['SLT', '/ordbok/slt/'],
] as const) {
  test(`the abbreviation ${abbreviation} finds ${path}`, async ({ page }) => {
    expect((await search(page, abbreviation)).slice(0, 5)).toContain(path);
  });
}

test('filters narrow the results and sorting by date puts the newest first', async ({ page }) => {
  // On a phone the filters are folded away until asked for (from 1024 px they stand beside the results).
  await page.setViewportSize({ width: 375, height: 740 });
  const before = (await search(page, 'kommune')).length;
  await expect(page.getByLabel('Innholdstype')).toHaveCount(0);
  await page.getByText('Avgrens søket').click();
  await page.getByLabel('Innholdstype').selectOption('Praksiseksempel');
  await expect(page).toHaveURL(/type=Praksiseksempel/);
  await settled(page);
  const paths = await shownPaths(page);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.length).toBeLessThanOrEqual(before);
  expect(paths.every((p) => p.startsWith('/praksis/'))).toBe(true);

  await page.getByLabel('Målform').selectOption('Nynorsk');
  await expect(page).toHaveURL(/lang=Nynorsk/);
  await settled(page);
  const nn = await resultLinks(page).evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(nn.length).toBeGreaterThan(0);
  for (const href of nn) expect(await (await page.request.get(href)).text()).toContain('lang="nn"');

  await search(page, 'kommune');
  await page.getByText('Avgrens søket').click();
  await page.getByLabel('Sorter').selectOption('date');
  await expect(page).toHaveURL(/sort=date/);
  await settled(page);
  const dates = await results(page).locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates.length).toBeGreaterThan(1);
  expect([...dates].sort().reverse()).toEqual(dates);
});

test('on a phone the open filters fit the screen: nothing scrolls sideways', async ({ page }) => {
  // A fieldset is as wide as its widest row unless told otherwise: two menus side by side were 510 px on a 375 px phone.
  for (const width of [320, 375]) {
    await page.setViewportSize({ width, height: 740 });
    await search(page, 'handlingsplan');
    await page.getByText('Avgrens søket').click();
    await expect(page.getByLabel('Sorter')).toBeVisible();
    const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(sideways, `${width} px`).toBeLessThanOrEqual(0);
    for (const label of ['Innholdstype', 'Fylke', 'Sorter']) {
      const box = (await page.getByLabel(label).boundingBox())!;
      expect(box.x + box.width, `${label} ved ${width} px`).toBeLessThanOrEqual(width);
    }
  }
});

test('county and topic filters work for practice examples', async ({ page }) => {
  await page.goto('/sok/?q=tidlig&county=Nordland');
  await settled(page);
  await expect(page.getByLabel('Fylke')).toHaveValue('Nordland');
  const paths = await resultLinks(page).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.every((p) => p.startsWith('/praksis/'))).toBe(true);
});

test('the search works by keyboard alone', async ({ page }) => {
  const input = await searchField(page);
  await input.focus();
  await page.keyboard.type('recovery');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status')).toContainText('treff på «recovery»');
  await settled(page);
  await page.keyboard.press('Tab');
  // The controls come next, then the results' links.
  for (let i = 0; i < 12; i++) {
    const tag = await page.evaluate(() => document.activeElement?.closest('#search-results') ? 'result' : document.activeElement?.tagName);
    if (tag === 'result') break;
    await page.keyboard.press('Tab');
  }
  const focusedHref = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
  expect(focusedHref).toMatch(/\/[a-z-]+\/.+/);
  await page.keyboard.press('Enter');
  await expect(page).not.toHaveURL(/\/sok\//);
});

test('a search with no hits says so and suggests where to look', async ({ page }) => {
  await page.goto('/sok/?q=xqzvw');
  await expect(page.getByRole('status')).toHaveText('Ingen treff på «xqzvw».');
  await expect(results(page).getByRole('link', { name: 'ordboken' })).toBeVisible();
});

test('a search of function words only says the search leaves them out', async ({ page }) => {
  await page.goto('/sok/?q=hva+er+det');
  await expect(page.getByRole('status')).toHaveText('Ingen treff på «hva er det».');
  await expect(results(page)).toHaveText('Søket ser bort fra småord som «hva er det». Skriv hva du leter etter, for eksempel «handlingsplan» eller «BTI».');
});

test('a mistyped word is corrected, said so with links both ways, and announced', async ({ page }) => {
  const found = await search(page, 'tverfaglig samarbeid');
  expect(found.slice(0, 5)).toContain('/ordbok/tverrfaglig-samarbeid/');
  await expect(page.getByRole('status')).toContainText('Søket ble rettet fra «tverfaglig samarbeid»');
  const note = page.locator('.search-correction');
  await expect(note).toHaveText('Viser treff for «tverrfaglig samarbeid». Søk i stedet etter «tverfaglig samarbeid».');
  await expect(note.getByRole('link', { name: '«tverrfaglig samarbeid»' })).toHaveAttribute('href', /q=tverrfaglig\+samarbeid/);
  // Every word of the corrected query is marked in the excerpt, not only those Pagefind marked.
  const marks = await results(page).locator('li').first().locator('mark').allTextContents();
  expect(marks.map((m) => m.toLocaleLowerCase('nb'))).toContain('tverrfaglig');
  // «Søk i stedet etter» searches the words as typed, without correcting them.
  await note.getByRole('link', { name: '«tverfaglig samarbeid»' }).click();
  await expect(page).toHaveURL(/exact=1/);
  await settled(page);
  await expect(page.locator('.search-correction')).toHaveCount(0);
  await expect(page.getByRole('status')).not.toContainText('rettet');
});

test('a word typed without its Norwegian letters is corrected, also when the other words find pages', async ({ page }) => {
  // Pagefind matches «oppsokende» only where a page has that very spelling, and finds «arbeid» on
  // most pages: uncorrected, the search showed those.
  const found = await search(page, 'oppsokende arbeid');
  await expect(page.getByRole('status')).toContainText('Søket ble rettet fra «oppsokende arbeid»');
  expect(found[0]).toBe('/ordbok/oppsokende-arbeid/');
  expect(await search(page, 'leringsnettverk')).toContain('/verktoy/laeringsnettverk/');
  await expect(page.locator('.search-correction')).toContainText('«læringsnettverk»');
});

test('a key struck twice at the end of a word is corrected, though a rare compound begins so', async ({ page }) => {
  // «koordinatorr» begins «koordinatorrolla» on two pages, so Pagefind finds it and no word counts
  // as missing: the search showed those two. With one «r» it is on many pages, among them those two.
  const found = await search(page, 'koordinatorr');
  await expect(page.getByRole('status')).toContainText('Søket ble rettet fra «koordinatorr»');
  await expect(page.locator('.search-correction')).toContainText('«koordinator»');
  expect(found[0]).toBe('/ordbok/koordinator/');
  expect(found.length).toBeGreaterThan(2);
  // The compound itself, typed out, is searched as typed.
  expect(await search(page, 'koordinatorrolla')).toContain('/ordbok/koordinator/');
  await expect(page.locator('.search-correction')).toHaveCount(0);
  // With a filter on, the pages are counted on the whole site, as for the word as typed: five plan
  // steps have «koordinator», fewer than three times the two pages with «koordinatorr».
  await page.goto(`/sok/?q=koordinatorr&type=${encodeURIComponent('Plansteg')}`);
  await settled(page);
  await expect(page.getByRole('status')).toContainText('Søket ble rettet fra «koordinatorr»');
  expect(await shownPaths(page)).toContain('/planlegging/planprosessen/tiltak-og-handlingsdel/');
});

test('a rare real word and a word in capitals are never corrected', async ({ page }) => {
  // «kullene» is on one page only, and one edit from the common «kunne».
  expect(await search(page, 'kullene')).toContain('/verktoy/tidlig-inn/');
  await expect(page.locator('.search-correction')).toHaveCount(0);
  await search(page, 'samarbied');
  await expect(page.locator('.search-correction')).toContainText('«samarbeid»');
  await search(page, 'SAMARBIED');
  await expect(page.locator('.search-correction')).toHaveCount(0);
});

/** Makes the page note the words of every search it asks Pagefind's worker for; `searched` returns them. */
async function countSearches(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const searched: string[] = [];
    Object.assign(window, { searched });
    window.Worker = class extends window.Worker {
      override postMessage(message: unknown, options?: StructuredSerializeOptions | Transferable[]): void {
        const m = message as { method?: string; args?: unknown[] };
        if (m?.method === 'search') searched.push(String(m.args?.[0]));
        super.postMessage(message, options as StructuredSerializeOptions);
      }
    };
  });
  return () => page.evaluate(() => (window as unknown as { searched: string[] }).searched);
}

test('a correction that finds nothing keeps the reader’s words, and is tried once, not again for the same words', async ({ page }) => {
  const searched = await countSearches(page);
  const input = await searchField(page);
  // «stafetlogg» alone is corrected to «stafettlogg»; the page then knows no page has it.
  await input.pressSequentially('stafetlogg ', { delay: 30 });
  await expect(page.locator('.search-correction')).toContainText('«stafettlogg»');
  // No page has both «stafettlogg» and «skjenkekontroll», so the hits are those for the words as typed.
  await input.pressSequentially('skjenkekontroll', { delay: 30 });
  await expect(page.getByRole('status')).toHaveText(/^\d+ treff på «stafetlogg skjenkekontroll»\.$/);
  await settled(page);
  await expect(page.locator('.search-correction')).toHaveCount(0);
  expect((await searched()).filter((words) => words === 'stafettlogg skjenkekontroll')).toHaveLength(1);
});

test('the search for the last key reuses what the search for the key before found', async ({ page }) => {
  const searched = await countSearches(page);
  const input = await searchField(page);
  await input.pressSequentially('hvordan forebygge rus blant studente', { delay: 30 });
  await expect(page.getByRole('status')).toContainText('treff på «hvordan forebygge rus blant studente»');
  await settled(page);
  await input.press('r');
  await expect(page.getByRole('status')).toContainText('treff på «hvordan forebygge rus blant studenter»');
  await settled(page);
  // A question is also searched word by word, and «studente» and «studenter» both as «student»:
  // the last key changes none of those searches, so each was asked for once.
  const words = await searched();
  expect(words).toContain('forebygge rus blant studenter');
  for (const word of ['forebygg', 'rus', 'blant', 'student']) expect(words.filter((w) => w === word), word).toHaveLength(1);
});

test('an everyday or older word finds the pages that use the professional one, and is not «corrected»', async ({ page }) => {
  // «huslege» is the old word for «fastlege» (content/sok/synonymer.yaml); no page says it.
  expect((await search(page, 'huslegen')).length).toBeGreaterThan(0);
  await expect(page.locator('.search-correction')).toHaveCount(0);
  // A typo that begins like the pages' own word is still corrected to it.
  await search(page, 'tilskuddd');
  await expect(page.locator('.search-correction')).toContainText('«tilskudd»');
  // In a question matched word by word, «pensjonister» counts as «eldre».
  expect((await search(page, 'snakke med pensjonister om drikking')).slice(0, 3)).toContain('/veiledere/fra-bekymring-til-handling/malgrupper-gjennom-livslopet/');
});

test('a hit inside a long page links to its section and names it', async ({ page }) => {
  await search(page, 'barnehagen');
  const result = results(page).locator('li').filter({ has: page.locator('a[href="/veiledere/fra-bekymring-til-handling/arenaer-og-brukarar/#barnehagen"]') });
  await expect(result.locator('.search-result__section')).toHaveText('Avsnitt: Barnehagen');
  await result.getByRole('link').first().click();
  await expect(page).toHaveURL(/#barnehagen$/);
  await expect(page.locator('#barnehagen')).toBeInViewport();
});

test('results show the date that matters for their type', async ({ page }) => {
  await search(page, 'Tidlig inn Porsanger');
  const practice = results(page).locator('li').filter({ has: page.locator('a[href="/praksis/tidlig-inn-porsanger-2016/"]') });
  await expect(practice.locator('.entry__meta')).toContainText('Periode 2016');
  await search(page, 'tilskudd rusarbeid');
  const grant = results(page).locator('li').filter({ has: page.locator('a[href^="/tilskudd/"]') }).first();
  await expect(grant.locator('.entry__meta')).toContainText('Søknadsfrist');
  // A tool has no date a reader needs: only when its text was last edited, which is not shown.
  await search(page, 'motiverende intervju');
  const tool = results(page).locator('li').filter({ has: page.locator('a[href="/verktoy/motiverende-intervju/"]') });
  await expect(tool.locator('.entry__meta time')).toHaveCount(0);
});

test('a piece of the index that fails to load once is fetched again; if it keeps failing, the page says so', async ({ page }) => {
  let failed = 0;
  await page.route('**/pagefind/fragment/**', async (route) => {
    if (failed++ === 0) return route.abort('connectionreset');
    return route.continue();
  });
  expect(await search(page, 'ungdata')).not.toHaveLength(0);
  expect(failed).toBeGreaterThan(1);

  await page.unrouteAll();
  await page.route('**/pagefind/fragment/**', (route) => route.abort('connectionreset'));
  await page.goto('/sok/?q=skjenkekontroll');
  await expect(page.getByRole('status')).toHaveText('Søket kunne ikke fullføres. Sjekk nettforbindelsen og prøv igjen.');
  await expect(results(page)).not.toHaveAttribute('aria-busy', 'true');
});

test('at desk width the filters stand open with their values, without loading the filters’ index', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const filterIndex: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/filter/')) filterIndex.push(request.url());
  });
  await search(page, 'ungdata');
  const county = page.getByLabel('Fylke');
  await expect(county).toBeVisible();
  await expect(county.locator('option')).toContainText(['Alle', 'Nordland']);
  expect(filterIndex, 'the menus come from /sok/filtre.json').toEqual([]);
});
