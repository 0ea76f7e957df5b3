/**
 * Example data for the components: what a page would pass them, written by hand so that each
 * component can be rendered on its own (tests/components/components.test.ts).
 */
import type { Listed } from '../../src/collections/content.ts';
import type { ListItem } from '../../src/components/EntryList.astro';
import type { Fact } from '../../src/components/Facts.astro';
import type { Source } from '../../src/schemas/common.ts';
import { counties as countyNames } from '../../src/lib/municipalities.ts';
import { slugify } from '../../src/lib/slug.ts';

export const listed: Listed[] = [
  {
    kind: 'practice', id: 'tidlig-inn-porsanger-2016', title: 'Tidlig inn i Porsanger', ingress: 'Opplæring for ansatte som møter gravide og småbarnsforeldre.',
    lang: 'nb', topics: ['tidlig-intervensjon'], date: new Date('2024-05-02T00:00:00Z'), href: '/praksis/tidlig-inn-porsanger-2016/',
  },
  {
    kind: 'articles', id: 'alkohollova-sine-verkemiddel-i-kommunen', title: 'Alkohollova sine verkemiddel i kommunen', ingress: 'Kva kommunen kan gjere med skjenkeløyve og kontroll.',
    lang: 'nn', topics: ['alkoholpolitikk'], date: new Date('2023-01-15T00:00:00Z'), href: '/artikler/alkohollova-sine-verkemiddel-i-kommunen/',
  },
];

export const listItems: ListItem[] = [
  {
    href: '/arrangementer/dialogmote/', title: 'Dialogmøte om rus og psykisk helse', ingress: 'Kommunene på Nordmøre møttes for å dele erfaringer.', lang: 'nb',
    meta: ['Dialogmøte', { text: '10. juni 2022', datetime: '2022-06-10T09:00' }, { text: 'Arrangementet er gjennomført', status: 'past' }],
  },
];

export const facts: Fact[] = [
  { term: 'Kommune', values: ['Porsanger'] },
  { term: 'Metoder og verktøy', values: [{ label: 'Tidlig inn', href: '/verktoy/tidlig-inn/' }, 'Kartlegging'] },
  { term: 'Tom', values: [] },
];

export const sources: Source[] = [
  { title: 'Gjennomføringsplan 2016', publisher: 'KoRus-Nord', year: 2016, note: 'Kapittelet om Tidlig inn.' },
  { title: 'Lov om kommunale helse- og omsorgstjenester', url: 'https://lovdata.no/lov/2011-06-24-30' },
];

export const toc = [
  { href: '/veiledere/fra-bekymring-til-handling/om-veilederen/', title: 'Om veilederen' },
  { href: '/veiledere/fra-bekymring-til-handling/prosessen-fra-bekymring-til-handling/', title: 'Prosessen fra bekymring til handling' },
];

export const replacedGuideline = {
  data: {
    status: 'erstattet' as const,
    replacedDate: new Date('2025-02-26T00:00:00Z'),
    replacedBy: [
      { id: 'tidlig-oppdagelse-av-utsatte-barn-og-unge', title: 'Tidlig oppdagelse av utsatte barn og unge', year: 2024 },
      { title: 'Nasjonal faglig retningslinje', url: 'https://www.helsedirektoratet.no/' },
    ],
  },
};

export const feeds = [{ name: 'Aktuelt', title: 'Forebygging.no: Aktuelt', href: '/aktuelt/rss.xml' }];

/** Every county, as the county map needs them: two practice examples in Finnmark, none elsewhere. */
export const counties = countyNames.map((county) => ({ county, href: `/praksis/fylke/${slugify(county)}/`, count: county === 'Finnmark' ? 2 : 0 }));
