/**
 * Every component rendered on its own from example data (examples.ts) with Astro's Container API,
 * checked for what a reader meets: headings, labels in bokmål and nynorsk, and where links go.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headings, links, render, text } from './render.ts';
import * as example from './examples.ts';
import AddToCalendar from '../../src/components/AddToCalendar.astro';
import Anbefaling from '../../src/components/Anbefaling.astro';
import Begrunnelse from '../../src/components/Begrunnelse.astro';
import Breadcrumbs from '../../src/components/Breadcrumbs.astro';
import ChangeHistory from '../../src/components/ChangeHistory.astro';
import CalendarSubscribe from '../../src/components/CalendarSubscribe.astro';
import ContentImage from '../../src/components/ContentImage.astro';
import CountyMap from '../../src/components/CountyMap.astro';
import CountyOverview from '../../src/components/CountyOverview.astro';
import EntryList from '../../src/components/EntryList.astro';
import Facts from '../../src/components/Facts.astro';
import FeedDirectory from '../../src/components/FeedDirectory.astro';
import Footer from '../../src/components/Footer.astro';
import GroupedEntryList from '../../src/components/GroupedEntryList.astro';
import GuidelineSearch from '../../src/components/GuidelineSearch.astro';
import Header from '../../src/components/Header.astro';
import ListPager from '../../src/components/ListPager.astro';
import PageActions from '../../src/components/PageActions.astro';
import PageContents from '../../src/components/PageContents.astro';
import PageIntro from '../../src/components/PageIntro.astro';
import Pager from '../../src/components/Pager.astro';
import Praktisk from '../../src/components/Praktisk.astro';
import PrintLink from '../../src/components/PrintLink.astro';
import RecommendationPart from '../../src/components/RecommendationPart.astro';
import Related from '../../src/components/Related.astro';
import ReplacedNotice from '../../src/components/ReplacedNotice.astro';
import SearchData from '../../src/components/SearchData.astro';
import SearchForm from '../../src/components/SearchForm.astro';
import Sources from '../../src/components/Sources.astro';
import Toc from '../../src/components/Toc.astro';
import TopicLinks from '../../src/components/TopicLinks.astro';
import OneLevelDown from '../../src/components/print/OneLevelDown.astro';
import siteConfig from '../../astro.config.mjs';
import { SHOWN } from '../../src/search/shared/result-fields.ts';

/** The components this file tests, by file name: a new component without a test fails below. */
const tested = [
  'AddToCalendar', 'Anbefaling', 'Begrunnelse', 'Breadcrumbs', 'CalendarSubscribe', 'ChangeHistory', 'ContentImage', 'CountyMap',
  'CountyOverview', 'EntryList', 'Facts', 'FeedDirectory', 'Footer', 'GroupedEntryList', 'GuidelineSearch', 'Header', 'ListPager', 'PageActions',
  'PageContents', 'PageIntro', 'Pager', 'Praktisk', 'PrintLink', 'RecommendationPart', 'Related', 'ReplacedNotice', 'SearchData', 'SearchForm', 'Sources', 'Toc', 'TopicLinks',
];

test('every component in src/components has a test here', () => {
  const components = readdirSync('src/components').filter((f) => f.endsWith('.astro')).map((f) => f.replace(/\.astro$/, ''));
  expect(components.filter((c) => !tested.includes(c))).toEqual([]);
});

describe('the frame', () => {
  test('Header: the site name links home, the menu lists the sections and marks the current one', async () => {
    const html = await render(Header, { lang: 'nb' }, { path: '/praksis/tidlig-inn/' });
    expect(links(html)).toContain('Praksiseksempler → /praksis/');
    expect(links(html)).toContain('Tidlig intervensjon → /tidlig-intervensjon/');
    expect(html).toMatch(/<a href="\/praksis\/" aria-current="page">/);
    expect(text(html)).toContain('Meny');
    expect(text(html)).toContain('Søk i kunnskapsbanken');
  });

  test('Header: on nynorsk pages the menu is in nynorsk, and the front page has no second search form', async () => {
    const html = await render(Header, { lang: 'nn' }, { path: '/' });
    expect(html).toContain('aria-label="Hovudmeny"');
    expect(links(html)).toContain('Praksiseksempel → /praksis/');
    expect(html).not.toContain('<form');
  });

  test('Footer: the about pages and the promise of no tracking, in both written standards', async () => {
    expect(links(await render(Footer, { lang: 'nb' }))).toEqual([
      'Om nettstedet → /om/om-nettstedet/', 'Tilgjengelighetserklæring → /om/tilgjengelighet/', 'Personvern → /om/personvern/',
    ]);
    expect(text(await render(Footer, { lang: 'nn' }))).toContain('Ingen informasjonskapslar, inga sporing.');
  });

  test('Breadcrumbs: the trail starts at the front page and the last crumb is the current page', async () => {
    const html = await render(Breadcrumbs, { lang: 'nn', crumbs: [{ label: 'Artiklar', href: '/artikler/' }, { label: 'Alkohollova' }] });
    expect(links(html)).toEqual(['Framsida → /', 'Artiklar → /artikler/']);
    expect(html).toMatch(/<span aria-current="page">Alkohollova<\/span>/);
    expect(html).toContain('aria-label="Du er her"');
  });

  test('SearchForm: a labelled field that sends the query to /sok/ without JavaScript', async () => {
    const html = await render(SearchForm, { lang: 'nb', value: 'bti', id: 'test-sok' });
    expect(html).toMatch(/<form[^>]*action="\/sok\/"[^>]*method="get"/);
    expect(html).toMatch(/<label for="test-sok">Søk i kunnskapsbanken<\/label>/);
    expect(html).toMatch(/<input id="test-sok" name="q"[^>]*value="bti"/);
  });

  test('PageActions: share, feedback, suggest a change and follow, with the page address to copy', async () => {
    const html = await render(PageActions, { lang: 'nb', title: 'Tidlig inn', url: 'https://www.forebygging.no/verktoy/tidlig-inn/', feeds: example.feeds, editFile: 'content/verktoy/tidlig-inn.mdx' });
    expect(headings(html, 2)).toEqual(expect.arrayContaining(['Del siden', 'Foreslå en endring', 'Følg med']));
    expect(html).toContain('value="https://www.forebygging.no/verktoy/tidlig-inn/"');
    expect(links(html).some((l) => l.includes('/aktuelt/rss.xml'))).toBe(true);
  });
});

describe('a page and its entries', () => {
  test('PageIntro: kicker, one h1, ingress and dates in the page\'s written standard', async () => {
    const html = await render(PageIntro, { lang: 'nn', title: 'Alkohollova', ingress: 'Kva kommunen kan gjere.', kicker: 'Fagartikkel', updated: new Date('2024-03-01T00:00:00Z') });
    expect(headings(html, 1)).toEqual(['Alkohollova']);
    expect(text(html)).toContain('Fagartikkel');
    expect(text(html)).toMatch(/Sist oppdatert: 1\. mars 2024/);
  });

  test('PageIntro: a page of a list says which page in the h1, read with a pause after the title', async () => {
    const html = await render(PageIntro, { lang: 'nb', title: 'Artikler', pageOf: 'Side 2 av 14' });
    expect(headings(html, 1)).toEqual(['Artikler , Side 2 av 14']);
  });

  test('EntryList: linked titles with type, date and ingress; another written standard is marked', async () => {
    const html = await render(EntryList, { lang: 'nb', items: example.listed, showType: true, showDate: true, level: 3 });
    expect(headings(html, 3)).toEqual(['Tidlig inn i Porsanger', 'Alkohollova sine verkemiddel i kommunen']);
    expect(links(html)).toContain('Tidlig inn i Porsanger → /praksis/tidlig-inn-porsanger-2016/');
    expect(text(html)).toContain('Praksiseksempel 2. mai 2024');
    expect(html).toMatch(/<li class="entry" lang="nn">/);
  });

  test('GroupedEntryList: a group showing only its first entries links to the rest', async () => {
    const html = await render(GroupedEntryList, { lang: 'nb', groups: [{ heading: 'Artikler', items: [example.listed[1]], more: { href: '/tema/rusforebygging/artikler/', text: 'Se alle 12 under «Artikler»' } }] });
    expect(links(html)).toContain('Se alle 12 under «Artikler» → /tema/rusforebygging/artikler/');
  });

  test('ListPager: previous, first, neighbours, last and next as links; the current page marked; nothing for one page', async () => {
    const middle = await render(ListPager, { lang: 'nb', page: { base: '/artikler/', current: 5, last: 14 } });
    expect(middle).toMatch(/<nav class="list-pager" aria-label="Sider i listen"/);
    expect(links(middle)).toEqual([
      'Forrige side → /artikler/side/4/',
      'Side 1 → /artikler/',
      'Side 4 → /artikler/side/4/',
      'Side 5 → /artikler/side/5/',
      'Side 6 → /artikler/side/6/',
      'Side 14 → /artikler/side/14/',
      'Neste side → /artikler/side/6/',
    ]);
    expect(middle).toMatch(/<a href="\/artikler\/side\/5\/" aria-current="page">/);
    expect(middle.match(/aria-current/g)).toHaveLength(1);
    expect(text(middle)).toContain('…');

    const last = await render(ListPager, { lang: 'nn', page: { base: '/ordbok/', current: 3, last: 3 } });
    expect(links(last)).toEqual(['Førre side → /ordbok/side/2/', 'Side 1 → /ordbok/', 'Side 2 → /ordbok/side/2/', 'Side 3 → /ordbok/side/3/']);
    expect(last).toMatch(/aria-label="Sider i lista"/);

    expect(await render(ListPager, { lang: 'nb', page: { base: '/artikler/', current: 1, last: 1 } })).not.toContain('<nav');
  });

  test('EntryList: short facts and a status, and an empty list says so', async () => {
    const html = await render(EntryList, { lang: 'nb', items: example.listItems });
    expect(html).toMatch(/<time datetime="2022-06-10T09:00">10\. juni 2022<\/time>/);
    expect(html).toMatch(/<span class="status status--past">Arrangementet er gjennomført<\/span>/);
    expect(text(await render(EntryList, { lang: 'nn', items: [] }))).toBe('Ingen sider enno.');
  });

  test('GroupedEntryList: a heading per group, empty groups left out; entries in another written standard marked', async () => {
    const html = await render(GroupedEntryList, { lang: 'nb', groups: [{ heading: 'Kommende', items: [] }, { heading: 'Gjennomførte', items: example.listItems }, { heading: 'Artikler', items: [example.listed[1]] }] });
    expect(headings(html, 2)).toEqual(['Gjennomførte', 'Artikler']);
    expect(headings(html, 3)).toEqual(['Dialogmøte om rus og psykisk helse', 'Alkohollova sine verkemiddel i kommunen']);
    expect(html).toMatch(/<li class="entry" lang="nn">/);
  });

  test('Related: «more on the same topic» with the type of each entry, nothing when there is nothing', async () => {
    const html = await render(Related, { lang: 'nb', items: example.listed });
    expect(headings(html, 2)).toEqual(['Mer om samme tema']);
    expect(text(html)).toContain('Artikkel');
    expect(await render(Related, { lang: 'nb', items: [] })).not.toContain('<aside');
  });

  test('Facts: terms with values and links; a fact without values is left out', async () => {
    const html = await render(Facts, { facts: example.facts });
    expect(text(html)).toBe('Kommune Porsanger Metoder og verktøy Tidlig inn , Kartlegging');
    expect(links(html)).toEqual(['Tidlig inn → /verktoy/tidlig-inn/']);
  });

  test('Sources: each source with publisher and year, a link when it is online, in nynorsk too', async () => {
    const html = await render(Sources, { lang: 'nn', sources: example.sources });
    expect(headings(html, 2)).toEqual(['Kjelder']);
    expect(text(html)).toContain('Gjennomføringsplan 2016 . KoRus-Nord, 2016 . Kapittelet om Tidlig inn.');
    expect(links(html)).toEqual(['Lov om kommunale helse- og omsorgstjenester → https://lovdata.no/lov/2011-06-24-30']);
  });

  test('TopicLinks: the topics as links to their hubs', async () => {
    const html = await render(TopicLinks, { lang: 'nb', topics: [{ label: 'Tidlig intervensjon', href: '/tema/tidlig-intervensjon/' }] });
    expect(text(html)).toBe('Tema: Tidlig intervensjon');
    expect(links(html)).toEqual(['Tidlig intervensjon → /tema/tidlig-intervensjon/']);
  });

  test('SearchData: words to search as metadata, what a result shows as filters, hidden from the reader', async () => {
    const html = await render(SearchData, { date: '2024-05-02', when: { text: 'Periode 2019–2024' }, filters: { type: ['Praksiseksempel'], county: ['Finnmark'] }, terms: ['BTI'], topics: ['Tidlig intervensjon'], extra: ['kontroll', 'skjenke'] });
    expect(html).toContain('<span data-pagefind-meta="terms">BTI</span>');
    expect(html).toContain('<span data-pagefind-meta="extra">kontroll skjenke</span>');
    expect(html).toContain('<span data-pagefind-filter="county">Finnmark</span>');
    // Pagefind searches every metadata field's words; the type, dates and topics must not be searched.
    expect(html).not.toContain('data-pagefind-meta="type"');
    expect(html).toContain(`<span data-pagefind-filter="type">Praksiseksempel</span>`);
    expect(html).toContain(`<span data-pagefind-filter="${SHOWN.when}">Periode 2019–2024</span>`);
    expect(html).toContain(`<span data-pagefind-filter="${SHOWN.topics}">Tidlig intervensjon</span>`);
    expect(html).toContain(`<span data-pagefind-filter="${SHOWN.sortDate}">2024-05-02</span>`);
    expect(text(html)).toBe('');
  });

  test('ContentImage: the image with its alternative text, caption and credit', async () => {
    const image = { src: { src: '/bilder/bti-nivaer.png', width: 1600, height: 900, format: 'png' }, alt: 'Nivåene i BTI', credit: 'Illustrasjon: redaksjonen', caption: 'Fire nivåer.' };
    const html = await render(ContentImage, { image });
    expect(html).toMatch(/<img[^>]*alt="Nivåene i BTI"/);
    expect(text(html)).toBe('Fire nivåer. Illustrasjon: redaksjonen');
  });
});

describe('guidelines and plans', () => {
  test('Anbefaling: number, strength and statement, with «Praktisk» and «Begrunnelse» parts', async () => {
    const html = await render(Anbefaling, { nummer: '4.2', styrke: 'bor', tekst: 'Kommunen bør ha rutiner for tidlig intervensjon.', lang: 'nb' });
    expect(headings(html, 3)).toEqual(['Anbefaling 4.2 Styrke: bør']);
    expect(text(html)).toContain('bør: sterk anbefaling');
    expect(headings(await render(Praktisk, { lang: 'nb' }, { slot: '<p>Lag en plan.</p>' }), 4)).toEqual(['Praktisk']);
    expect(headings(await render(Begrunnelse, { lang: 'nn' }, { slot: '<p>Fordi.</p>' }), 4)).toEqual(['Grunngiving']);
    expect(headings(await render(RecommendationPart, { lang: 'nn', part: 'practical' }), 4)).toEqual(['Praktisk']);
  });

  test('Anbefaling: a wrong strength fails with a sentence an editor understands', async () => {
    await expect(render(Anbefaling, { styrke: 'kanskje', tekst: 'Kommunen bør ha rutiner.' })).rejects.toThrow(/<Anbefaling> har feil: styrke: styrke må være/);
  });

  test('ReplacedNotice: says the guideline is replaced, when, and by what, with links', async () => {
    const html = await render(ReplacedNotice, { lang: 'nn', guideline: example.replacedGuideline });
    expect(text(html)).toContain('Denne rettleiaren er erstatta');
    expect(text(html)).toContain('Erstatta 26. februar 2025.');
    expect(links(html)).toEqual([
      'Tidlig oppdagelse av utsatte barn og unge, 2024 → /veiledere/tidlig-oppdagelse-av-utsatte-barn-og-unge/',
      'Nasjonal faglig retningslinje → https://www.helsedirektoratet.no/',
    ]);
    expect(await render(ReplacedNotice, { lang: 'nb', guideline: { data: { status: 'gjeldende', replacedBy: [] } } })).toBe('');
  });

  test('Toc: the chapters in order, the current one marked and not a link', async () => {
    const html = await render(Toc, { heading: 'Innhold i veilederen', items: example.toc, current: example.toc[1]!.href });
    expect(headings(html, 2)).toEqual(['Innhold i veilederen']);
    expect(links(html)).toEqual(['Om veilederen → /veiledere/fra-bekymring-til-handling/om-veilederen/']);
    expect(html).toMatch(/<span aria-current="page">Prosessen fra bekymring til handling<\/span>/);
  });

  test('Pager: previous and next in the page\'s written standard', async () => {
    const html = await render(Pager, { lang: 'nn', prev: example.toc[0], next: example.toc[1] });
    expect(links(html)).toEqual([
      'Førre Om veilederen → /veiledere/fra-bekymring-til-handling/om-veilederen/',
      'Neste Prosessen fra bekymring til handling → /veiledere/fra-bekymring-til-handling/prosessen-fra-bekymring-til-handling/',
    ]);
    expect(await render(Pager, { lang: 'nb' })).not.toContain('<nav');
  });

  test('a table in a Markdown (.md) body is one a keyboard user can reach and scroll, and an editor\'s note stays out', async () => {
    // The site's own Markdown processor (astro.config.mjs), which MDX bodies share.
    const processor = siteConfig.markdown!.processor!;
    const renderer = await processor.createRenderer({});
    const { code } = await renderer.render('| Nivå | Tiltak |\n| --- | --- |\n| 1 | Samtale |\n\n<!-- Merknad til neste redaktør -->\n');
    expect(code).toMatch(/<table tabindex="0">\s*<thead>/);
    expect(code).not.toContain('Merknad');
  });

  test('OneLevelDown: a Markdown body on the print page has its headings one level down, without ids', async () => {
    const html = await render(OneLevelDown, {}, { slot: '<h2 id="bakgrunn">Bakgrunn</h2><p>Tekst</p><h3 id="mer">Mer</h3>' });
    expect([headings(html, 2), headings(html, 3), headings(html, 4)]).toEqual([[], ['Bakgrunn'], ['Mer']]);
    expect(html).not.toContain('id=');
  });
});

describe('events, feeds and counties', () => {
  test('AddToCalendar: a link to the event\'s calendar file', async () => {
    const html = await render(AddToCalendar, { lang: 'nb', id: 'dialogmote' });
    expect(links(html)).toEqual([expect.stringMatching(/^Legg i kalenderen → \/arrangementer\/dialogmote\/.*\.ics$/)]);
  });

  test('CalendarSubscribe: a subscription link and the address to paste', async () => {
    const html = await render(CalendarSubscribe, { lang: 'nb' });
    expect(headings(html, 2)).toEqual(['Kalender']);
    expect(links(html).some((l) => l.includes('webcal:'))).toBe(true);
  });

  test('FeedDirectory: the feeds with their addresses, and the calendar', async () => {
    const html = await render(FeedDirectory, { lang: 'nb', site: example.feeds, topics: [] });
    expect(headings(html, 2)).toEqual(expect.arrayContaining(['Nyhetsstrømmer', 'Kalender']));
    expect(text(html)).toContain('https://www.forebygging.no/aktuelt/rss.xml');
  });

  test('CountyMap and CountyOverview: each county a link with its count, in nynorsk too', async () => {
    const map = await render(CountyMap, { lang: 'nb', counties: example.counties });
    expect(map).toContain('<svg');
    expect(links(map).some((l) => l.endsWith('→ /praksis/fylke/finnmark/'))).toBe(true);
    const overview = await render(CountyOverview, { lang: 'nn', counties: example.counties });
    expect(headings(overview, 2)).toEqual(['Fylka']);
    expect(text(overview)).toContain('Finnmark 2 praksiseksempel');
  });
});

describe('reading a guideline', () => {
  test('ChangeHistory: first published, the newest note as «Sist faglig endret», notes newest first in a folded list', async () => {
    const history = [
      { date: new Date('2025-11-25T00:00:00Z'), note: 'Publisert på nettstedet med åtte kapitler.' },
      { date: new Date('2026-11-30T00:00:00Z'), note: 'Merket som erstattet av den nye veilederen.' },
    ];
    const html = await render(ChangeHistory, { lang: 'nb', firstPublished: new Date('2025-11-25T00:00:00Z'), history });
    expect(text(html)).toContain('Først publisert: 25. november 2025');
    expect(text(html)).toContain('Sist faglig endret: 30. november 2026');
    expect(html).toMatch(/<details class="change-history__details">\s*<summary>Endringshistorikk \(2 endringer\)<\/summary>/);
    expect([...html.matchAll(/<li><time datetime="([\d-]+)">/g)].map((m) => m[1])).toEqual(['2026-11-30', '2025-11-25']);
    const nn = await render(ChangeHistory, { lang: 'nn', firstPublished: new Date('2025-11-25T00:00:00Z'), history: history.slice(0, 1), open: true });
    expect(text(nn)).toContain('Sist fagleg endra');
    expect(nn).toMatch(/<details class="change-history__details" open>/);
  });

  test('GuidelineSearch: a labelled GET form to /sok/ that carries the guideline filter', async () => {
    const html = await render(GuidelineSearch, { lang: 'nb', guideline: 'Sammen om mestring' });
    expect(html).toMatch(/<form[^>]*action="\/sok\/"[^>]*method="get"/);
    expect(html).toMatch(/<label for="guideline-search">Søk i Sammen om mestring<\/label>/);
    expect(html).toMatch(/<input type="hidden" name="guideline" value="Sammen om mestring"/);
  });

  test('PageContents: the sections as links, with subsections and recommendations under their section', async () => {
    const items = [
      { depth: 2, slug: 'barnehagen', text: 'Barnehagen' },
      { depth: 3, slug: 'anbefaling-4-2-3', text: 'Anbefaling 4.2.3', recommendation: true },
      { depth: 2, slug: 'skolen', text: 'Skolen' },
    ];
    const html = await render(PageContents, { lang: 'nn', items });
    expect(headings(html, 2)).toEqual(['På denne sida']);
    expect(links(html)).toEqual(['Barnehagen → #barnehagen', 'Anbefaling 4.2.3 → #anbefaling-4-2-3', 'Skolen → #skolen']);
    expect(html).toMatch(/#barnehagen">Barnehagen<\/a>\s*<ol>\s*<li><a href="#anbefaling-4-2-3" class="page-contents__recommendation">/);
  });

  test('PrintLink: one link to the print page with its label', async () => {
    const html = await render(PrintLink, { href: '/veiledere/sammen-om-mestring/skriv-ut/', label: 'Skriv ut hele veilederen' });
    expect(links(html)).toEqual(['Skriv ut hele veilederen → /veiledere/sammen-om-mestring/skriv-ut/']);
  });
});
