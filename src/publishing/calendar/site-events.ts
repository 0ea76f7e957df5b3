/**
 * The site's events as calendar entries: the page address, place, organisers and registration
 * deadline in the description, and the calendar of upcoming events (past ones are left out).
 */
import { byIds, type Entry } from '../../collections/content.ts';
import { eventsByTime } from '../../collections/queries.ts';
import { pathFor } from '../../collections/paths.ts';
import { formatDate, label, t } from '../../i18n/index.ts';
import { absolute, siteUrl } from '../site.ts';
import type { CalendarEvent } from './event-ics.ts';

/** Where an event's calendar file is: next to its page. */
export const eventCalendarPath = (id: string): string => `${pathFor('events', id)}kalender.ics`;

/** The subscribable calendar of upcoming events. */
export const upcomingCalendarPath = '/arrangementer/kalender.ics';

export async function calendarEvent(e: Entry<'events'>): Promise<CalendarEvent> {
  const d = e.data;
  const organisers = await byIds('organisations', d.organisers);
  const page = absolute(pathFor('events', e.id));
  const lines = [
    d.ingress,
    d.registrationDeadline ? `${t(d.lang, 'meta.registrationDeadline')}: ${formatDate(d.lang, d.registrationDeadline)}.` : '',
    `${t(d.lang, 'meta.organisers')}: ${organisers.map((o) => o.data.name).join(', ')}.`,
    d.url ? `${t(d.lang, 'calendar.more')}: ${d.url}` : '',
    page,
  ];
  return {
    uid: `${e.id}@${new URL(siteUrl).host}`,
    title: d.title,
    description: lines.filter(Boolean).join('\n\n'),
    location: d.place,
    url: page,
    start: d.start,
    end: d.end,
    updated: d.updated,
    categories: [label(d.lang, 'eventKind', d.kind)],
  };
}

/** Events that have not ended on the build date, soonest first. */
export const upcomingEvents = async (): Promise<Entry<'events'>[]> => (await eventsByTime()).upcoming;
