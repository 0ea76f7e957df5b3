/**
 * Events and grants as list items with their short facts, in the groups their list pages show:
 * upcoming and past events, open and closed grants.
 */
import type { Entry } from './content.ts';
import { eventsByTime, grantsByStatus } from './queries.ts';
import { pathFor } from './paths.ts';
import type { ListItem } from '../components/EntryList.astro';
import { formatDateTime, label, t } from '../i18n/index.ts';
import type { Language } from '../schemas/vocabulary.ts';

type Group = { heading: string; items: ListItem[] };

function eventItem(lang: Language, e: Entry<'events'>, past: boolean): ListItem {
  return {
    href: pathFor('events', e.id), title: e.data.title, ingress: e.data.ingress, lang: e.data.lang,
    meta: [
      label(lang, 'eventKind', e.data.kind),
      { text: formatDateTime(lang, e.data.start), datetime: e.data.start.toISOString().slice(0, 16) },
      e.data.place,
      ...(past ? [{ text: t(lang, 'event.past'), status: 'past' }] : []),
    ],
  };
}

/** Upcoming events soonest first, then past events newest first. */
export async function eventGroups(lang: Language): Promise<Group[]> {
  const { upcoming, past } = await eventsByTime();
  return [
    { heading: t(lang, 'arrangementer.upcoming'), items: upcoming.map((e) => eventItem(lang, e, false)) },
    { heading: t(lang, 'arrangementer.past'), items: past.map((e) => eventItem(lang, e, true)) },
  ];
}

function grantItem(lang: Language, g: Entry<'grants'>, closed: boolean): ListItem {
  return {
    href: pathFor('grants', g.id), title: g.data.title, ingress: g.data.ingress, lang: g.data.lang,
    meta: [
      ...g.data.deadlines.map((d) => `${d.label}: ${formatDateTime(lang, d.date)}`),
      { text: t(lang, closed ? 'grant.closed' : 'grant.open'), status: closed ? 'past' : 'open' },
    ],
  };
}

/** Grants open for applications, then closed ones. */
export async function grantGroups(lang: Language): Promise<Group[]> {
  const { open, closed } = await grantsByStatus();
  return [
    { heading: t(lang, 'tilskudd.open'), items: open.map((g) => grantItem(lang, g, false)) },
    { heading: t(lang, 'tilskudd.closed'), items: closed.map((g) => grantItem(lang, g, true)) },
  ];
}
