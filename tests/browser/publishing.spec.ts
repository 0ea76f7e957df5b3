/**
 * Publishing beyond the page, checked on the built site (dist/) read from disk: every feed parses
 * and its items have title, summary, date, a working link and a written standard; every page
 * carries JSON-LD of the right type with the properties its template needs, and Open Graph data;
 * every calendar file parses, and the subscribable calendar holds upcoming events only; every
 * reading page offers share, feedback and suggest-a-change as plain links.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import ICAL from 'ical.js';
import sharp from 'sharp';
import { builtPages, distDir } from '../../scripts/lib/built-site.ts';
import { walk } from '../../src/lib/walk.ts';

const pages = builtPages().filter((p) => p.path !== '/404.html');
const byPath = new Map(pages.map((p) => [p.path, p.html]));
const files = walk(distDir).map((f) => `/${relative(distDir, f).replace(/\\/g, '/')}`);
const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)![1]!;
const site = new URL(canonicalOf(byPath.get('/')!)).origin;
const langOf = (html: string) => /<html[^>]*\slang="(nb|nn)"/.exec(html)![1]!;
const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const meta = (html: string, key: string) => {
  const m = new RegExp(`<meta (?:property|name)="${key.replace(/:/g, ':')}" content="([^"]*)"`).exec(html);
  return m ? decode(m[1]!) : undefined;
};
/** The page a site address points to, or undefined if dist/ has no such page. */
const pageAt = (url: string) => (url.startsWith(site) ? byPath.get(new URL(url).pathname) : undefined);

test.describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' });
  const feeds = files.filter((f) => f.endsWith('/rss.xml'));
  const topicHubs = pages.filter((p) => /^\/tema\/[^/]+\/$/.test(p.path)).map((p) => p.path);

  test('the site, news, practice, events, grants and every topic hub have a feed', () => {
    for (const f of ['/rss.xml', '/aktuelt/rss.xml', '/praksis/rss.xml', '/arrangementer/rss.xml', '/tilskudd/rss.xml']) expect(feeds).toContain(f);
    expect(topicHubs.length).toBeGreaterThan(5);
    for (const hub of topicHubs) expect(feeds, `mangler strøm for ${hub}`).toContain(`${hub}rss.xml`);
  });

  test('every feed is valid XML and each item has title, summary, date, a working link and its written standard', () => {
    const problems: string[] = [];
    for (const feed of feeds) {
      const xml = readFileSync(join(distDir, feed), 'utf8');
      try {
        SyntaxValidator.validate(xml); // throws on the first syntax error
      } catch (error) {
        problems.push(`${feed}: ugyldig XML (${(error as Error).message})`);
        continue;
      }
      const channel = parser.parse(xml).rss.channel;
      if (!channel.title || !channel.description || !channel.link) problems.push(`${feed}: kanalen mangler tittel, beskrivelse eller lenke`);
      if (channel['atom:link']?.['@_href'] !== `${site}${feed}`) problems.push(`${feed}: atom:link self peker ikke på strømmen selv`);
      const items: Record<string, unknown>[] = channel.item ?? [];
      if (items.length === 0) problems.push(`${feed}: ingen saker`);
      for (const item of items) {
        const link = String(item.link);
        const page = pageAt(link);
        if (!String(item.title ?? '').trim()) problems.push(`${feed}: sak uten tittel (${link})`);
        if (String(item.description ?? '').trim().length < 20) problems.push(`${feed}: ${link} mangler sammendrag`);
        if (Number.isNaN(Date.parse(String(item.pubDate)))) problems.push(`${feed}: ${link} har ugyldig dato «${item.pubDate}»`);
        if (!page) problems.push(`${feed}: lenken ${link} fører ikke til en side på nettstedet`);
        else if (item['dc:language'] !== langOf(page)) problems.push(`${feed}: ${link} har dc:language «${item['dc:language']}», siden har lang="${langOf(page)}"`);
        const section = /^\/(aktuelt|praksis|arrangementer|tilskudd)\/rss\.xml$/.exec(feed)?.[1];
        if (section && !link.startsWith(`${site}/${section}/`)) problems.push(`${feed}: ${link} hører ikke til /${section}/`);
        const topic = /^(\/tema\/[^/]+\/)rss\.xml$/.exec(feed)?.[1];
        if (topic && page && !page.includes(`href="${topic}"`)) problems.push(`${feed}: ${link} er ikke merket med temaet`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('pages announce their feeds to feed readers, and every announced feed exists', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const hrefs = [...html.matchAll(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="([^"]+)"/g)].map((m) => m[1]!);
      if (!hrefs.includes('/rss.xml')) problems.push(`${path}: lenker ikke til /rss.xml`);
      for (const href of hrefs) if (!files.includes(href)) problems.push(`${path}: ${href} finnes ikke`);
      const section = /^\/(aktuelt|praksis|arrangementer|tilskudd)\//.exec(path)?.[1];
      if (section && !hrefs.includes(`/${section}/rss.xml`)) problems.push(`${path}: lenker ikke til /${section}/rss.xml`);
      if (/^\/tema\/[^/]+\/$/.test(path) && !hrefs.includes(`${path}rss.xml`)) problems.push(`${path}: lenker ikke til temaets strøm`);
    }
    expect(problems).toEqual([]);
  });

  test('/om/abonner/ explains how to follow the site and lists every feed and the calendar', () => {
    const html = byPath.get('/om/abonner/')!;
    expect(html).toBeTruthy();
    for (const feed of feeds) expect(html, `mangler ${feed}`).toContain(`href="${feed}"`);
    expect(html).toContain('webcal://');
    expect(html).toContain(`${site}/arrangementer/kalender.ics`);
  });
});

type Node = Record<string, unknown> & { '@type': string };

function jsonLd(path: string, html: string): Node[] {
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(blocks, `${path}: skal ha nøyaktig én JSON-LD-blokk`).toHaveLength(1);
  const data = JSON.parse(blocks[0]![1]!);
  expect(data['@context'], path).toBe('https://schema.org');
  return data['@graph'];
}

/** What each template must say, by address; the first match decides. */
const templates: { match: RegExp; types: string[] }[] = [
  { match: /^\/$/, types: ['WebSite', 'Organization'] },
  { match: /^\/sok\/$/, types: ['SearchResultsPage'] },
  { match: /^\/om\//, types: ['AboutPage'] },
  { match: /^\/ordbok\/$/, types: ['CollectionPage', 'DefinedTermSet'] },
  { match: /^\/ordbok\/[^/]+\/$/, types: ['DefinedTerm'] },
  { match: /^\/artikler\/[^/]+\/$/, types: ['Article'] },
  { match: /^\/praksis\/fylke\//, types: ['CollectionPage'] },
  { match: /^\/praksis\/[^/]+\/$/, types: ['Article'] },
  { match: /^\/verktoy\/[^/]+\/$/, types: ['Article'] },
  { match: /^\/aktuelt\/[^/]+\/$/, types: ['NewsArticle'] },
  { match: /^\/arrangementer\/[^/]+\/$/, types: ['Event'] },
  { match: /^\/tilskudd\/[^/]+\/$/, types: ['GovernmentService'] },
  { match: /^\/veiledere\/[^/]+\/$/, types: ['MedicalGuideline', 'Article'] },
  // The whole guideline or plan guide on one page for printing is a WebPage about the document.
  { match: /^\/(veiledere|planlegging)\/[^/]+\/skriv-ut\/$/, types: ['WebPage'] },
  { match: /^\/veiledere\/[^/]+\/[^/]+\/$/, types: ['MedicalWebPage'] },
  { match: /^\/planlegging\/sporsmal-og-svar\/$/, types: ['CollectionPage'] },
  { match: /^\/planlegging\/sporsmal-og-svar\/[^/]+\/$/, types: ['FAQPage'] },
  { match: /^\/planlegging\/[^/]+\/([^/]+\/)?$/, types: ['Article'] },
  { match: /^\//, types: ['CollectionPage'] },
];

const required: Record<string, (n: Node) => unknown[]> = {
  Article: (n) => [n.headline, n.datePublished, n.dateModified, n.publisher, n.image, n.inLanguage],
  NewsArticle: (n) => [n.headline, n.datePublished, n.dateModified, n.publisher, n.image, n.inLanguage],
  Event: (n) => [n.name, n.startDate, n.endDate, n.eventStatus, (n.location as Node)?.name, (n.organizer as Node[])?.[0]?.name],
  GovernmentService: (n) => [n.name, n.description, n.serviceType, (n.provider as Node)?.name],
  MedicalGuideline: (n) => [n.name, (n.recognizingAuthority as Node)?.name, n.guidelineDate],
  MedicalWebPage: (n) => [n.headline, (n.about as Node)?.['@type'] === 'MedicalGuideline' || undefined],
  MedicalGuidelineRecommendation: (n) => [n.name, (n.guideline as Node)?.['@id']],
  DefinedTerm: (n) => [n.name, n.description, (n.inDefinedTermSet as Node)?.['@type'] === 'DefinedTermSet' || undefined],
  DefinedTermSet: (n) => [n.name, (n.hasDefinedTerm as unknown[])?.length],
  FAQPage: (n) => [(n.mainEntity as Node)?.['@type'] === 'Question' || undefined, (n.mainEntity as Node)?.name, ((n.mainEntity as Node)?.acceptedAnswer as Node)?.text],
  WebSite: (n) => [n.name, String(((n.potentialAction as Node)?.target as Node)?.urlTemplate).endsWith('/sok/?q={search_term_string}') || undefined, (n.potentialAction as Node)?.['query-input']],
  Organization: (n) => [n.name],
  CollectionPage: (n) => [n.name, n.url],
  AboutPage: (n) => [n.name, n.url],
  SearchResultsPage: (n) => [n.name, n.url],
};

test.describe('structured data', () => {
  test('every page has JSON-LD of its template\'s type with the properties that type needs, and a breadcrumb trail', () => {
    const problems: string[] = [];
    for (const { path, html } of pages) {
      const nodes = jsonLd(path, html);
      const types = nodes.map((n) => n['@type']);
      const template = templates.find((t) => t.match.test(path))!;
      for (const type of template.types) if (!types.includes(type)) problems.push(`${path}: mangler ${type} (har ${types.join(', ')})`);
      for (const node of nodes) {
        const missing = required[node['@type']]?.(node).some((v) => v === undefined || v === null || v === '' || v === 0);
        if (missing) problems.push(`${path}: ${node['@type']} mangler påkrevde egenskaper`);
      }
      const crumbs = nodes.find((n) => n['@type'] === 'BreadcrumbList')?.itemListElement as { position: number; item: string }[] | undefined;
      if (!crumbs) problems.push(`${path}: mangler BreadcrumbList`);
      else {
        if (crumbs[0]!.item !== `${site}/` || crumbs.at(-1)!.item !== canonicalOf(html)) problems.push(`${path}: brødsmulene går ikke fra forsiden til siden selv`);
        if (crumbs.some((c, i) => c.position !== i + 1)) problems.push(`${path}: brødsmulene er ikke nummerert 1, 2, 3 …`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('each recommendation in a guideline chapter is a MedicalGuidelineRecommendation, with its strength where it has one', () => {
    // The print pages repeat the chapters' recommendations; they are described once, on the chapters.
    const chapters = pages.filter((p) => p.html.includes('class="recommendation"') && !p.path.endsWith('/skriv-ut/'));
    expect(chapters.length).toBeGreaterThan(0);
    for (const { path, html } of chapters) {
      const shown = [...html.matchAll(/<section class="recommendation"[^>]*?(data-strength="[^"]+")?>/g)];
      const recs = jsonLd(path, html).filter((n) => n['@type'] === 'MedicalGuidelineRecommendation');
      expect(recs.length, path).toBe(shown.length);
      expect(recs.filter((r) => r.recommendationStrength).length, path).toBe(shown.filter((m) => m[1]).length);
    }
  });

  test('the glossary\'s DefinedTermSet holds every term page, each glossary page the terms it shows', () => {
    // The glossary is split into pages; each carries the same set (one @id) with its own terms.
    const listPages = pages.filter((p) => p.path === '/ordbok/' || /^\/ordbok\/side\/\d+\/$/.test(p.path));
    const sets = listPages.map(({ path, html }) => jsonLd(path, html).find((n) => n['@type'] === 'DefinedTermSet')!);
    expect(new Set(sets.map((s) => s['@id'])).size).toBe(1);
    const termPages = pages.filter((p) => /^\/ordbok\/[^/]+\/$/.test(p.path)).map((p) => `${site}${p.path}#begrep`);
    expect(sets.flatMap((set) => (set.hasDefinedTerm as Node[]).map((t) => t['@id'])).sort()).toEqual(termPages.sort());
  });
});

test.describe('link previews', () => {
  test('every page has Open Graph and Twitter card data: title, description, type, locale, canonical URL and a section image', async () => {
    const problems: string[] = [];
    const images = new Set<string>();
    for (const { path, html } of pages) {
      const canonical = canonicalOf(html);
      // A page about one entry (the detail layout) is an article; lists, hubs and the rest are websites.
      const detail = html.includes('class="entry-page"');
      if (!meta(html, 'og:title')) problems.push(`${path}: mangler og:title`);
      if ((meta(html, 'og:description') ?? '').length < 20) problems.push(`${path}: mangler og:description`);
      if (meta(html, 'og:url') !== canonical) problems.push(`${path}: og:url er ikke den kanoniske adressen`);
      if (meta(html, 'og:locale') !== (langOf(html) === 'nn' ? 'nn_NO' : 'nb_NO')) problems.push(`${path}: og:locale stemmer ikke med lang`);
      if (meta(html, 'og:type') !== (detail ? 'article' : 'website')) problems.push(`${path}: og:type er «${meta(html, 'og:type')}»`);
      if (meta(html, 'twitter:card') !== 'summary_large_image') problems.push(`${path}: mangler twitter:card`);
      if (!meta(html, 'og:image:alt')) problems.push(`${path}: delingsbildet mangler alternativ tekst`);
      const image = meta(html, 'og:image') ?? '';
      if (!image.startsWith(`${site}/delingsbilde/`)) problems.push(`${path}: og:image «${image}» er ikke et delingsbilde på nettstedet`);
      else images.add(new URL(image).pathname);
    }
    expect(problems).toEqual([]);
    // One image per section, not per page.
    expect(images.size).toBeGreaterThan(8);
    expect(images.size).toBeLessThan(20);
    for (const image of images) {
      const { width, height, format } = await sharp(join(distDir, image)).metadata();
      expect({ image, width, height, format }).toEqual({ image, width: 1200, height: 630, format: 'png' });
    }
  });
});

test.describe('calendars', () => {
  const eventPages = pages.filter((p) => /^\/arrangementer\/[^/]+\/$/.test(p.path));
  const isPastPage = (html: string) => html.includes('notice--past');
  const parse = (file: string) => {
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(distDir, file), 'utf8')));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  };

  test('every event has a calendar file that parses, with its page, place and registration deadline', () => {
    expect(eventPages.length).toBeGreaterThan(0);
    for (const { path, html } of eventPages) {
      const file = `${path}kalender.ics`;
      expect(existsSync(join(distDir, file)), file).toBe(true);
      const events = parse(file);
      expect(events, file).toHaveLength(1);
      const event = events[0]!;
      expect(event.summary).toBe(decode(/<h1[^>]*>([^<]+)<\/h1>/.exec(html)![1]!.trim()));
      expect(event.startDate, file).toBeTruthy();
      expect(event.location.length, file).toBeGreaterThan(2);
      expect(event.component.getFirstPropertyValue('url')).toBe(canonicalOf(html));
      if (html.includes('<dt>Påmeldingsfrist</dt>')) expect(event.description, file).toMatch(/Påmeldingsfrist: \d/);
    }
  });

  test('the subscribable calendar parses and holds the upcoming events only; only they offer «Legg i kalenderen»', () => {
    const uids = parse('/arrangementer/kalender.ics').map((e) => e.uid);
    const host = new URL(site).host;
    for (const { path, html } of eventPages) {
      const uid = `${path.split('/')[2]}@${host}`;
      const link = html.includes(`href="${path}kalender.ics"`);
      if (isPastPage(html)) {
        expect(uids, `${path} er over, men står i kalenderen`).not.toContain(uid);
        expect(link, `${path} er over, men har «Legg i kalenderen»`).toBe(false);
      } else {
        expect(uids, `${path} mangler i kalenderen`).toContain(uid);
        expect(link, `${path} mangler «Legg i kalenderen»`).toBe(true);
      }
    }
    expect(byPath.get('/arrangementer/')).toContain(`webcal://${host}/arrangementer/kalender.ics`);
  });
});

test.describe('share, feedback and suggest a change', () => {
  const reading = pages.filter((p) => p.path !== '/sok/');

  test('every reading page offers «Del» by e-mail and as a plain address, feedback and a way to suggest a change, all as plain links', () => {
    const problems: string[] = [];
    for (const { path, html } of reading) {
      const canonical = canonicalOf(html);
      const block = /<div class="page-actions"[\s\S]*?<\/section>\s*<\/div>/.exec(html)?.[0];
      if (!block) {
        problems.push(`${path}: mangler blokka for deling og tilbakemelding`);
        continue;
      }
      const links = [...block.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => ({ href: decode(m[1]!), text: m[2]! }));
      const mail = links.find((l) => l.href.startsWith('mailto:?'));
      const body = mail ? new URL(mail.href).searchParams.get('body') : null;
      if (!mail || !body?.includes(canonical) || !new URL(mail.href).searchParams.get('subject')) problems.push(`${path}: «Del» på e-post mangler tittel eller adresse`);
      if (!block.includes(`value="${canonical}"`)) problems.push(`${path}: adressen til å kopiere mangler`);
      const feedback = links.filter((l) => /\/issues\/new\?|^mailto:[^?]/.test(l.href) && /fant|fann/i.test(l.text));
      if (feedback.length !== 2 || feedback.some((l) => !l.href.includes(encodeURIComponent(canonical)))) problems.push(`${path}: «Fant du det du lette etter?» mangler ja/nei med sidens adresse`);
      if (!links.some((l) => /\/edit\/|\/issues\/new\?|\/admin\//.test(l.href) && /Endre|Beskriv/.test(l.text))) problems.push(`${path}: mangler «Foreslå en endring»`);
      if (!block.includes('href="/om/personvern/#tilbakemeldinger"')) problems.push(`${path}: sier ikke hva som skjer med det som sendes`);
    }
    expect(problems).toEqual([]);
    expect(byPath.get('/om/personvern/')).toContain('id="tilbakemeldinger"');
  });

  test('«Foreslå en endring» on an entry opens that entry\'s own file', () => {
    const html = byPath.get(pages.find((p) => /^\/praksis\/[^/]+\/$/.test(p.path))!.path)!;
    const slug = /<link rel="canonical" href="[^"]+\/praksis\/([^/]+)\/"/.exec(html)![1]!;
    expect(html).toMatch(new RegExp(`href="https://github\\.com/[^"]+/edit/[^"]+/content/praksis/${slug}\\.mdx?"`));
    // Once the form-based editor is built into the site (/admin/), practice examples open there too.
    if (files.some((f) => f.startsWith('/admin/'))) expect(html).toContain(`href="/admin/#/collections/practice/entries/${slug}"`);
  });
});
