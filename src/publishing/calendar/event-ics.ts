/**
 * Calendar files (iCalendar, RFC 5545) for events, written with the `ics` library: one file per
 * event and one subscribable calendar of upcoming events. Files are the same on every build of
 * the same content (DTSTAMP is the entry's update date, not the build time).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { isDateOnly, osloWallClockToUtc } from './oslo-time.ts';

/** What a calendar needs to know about an event. Times are Norwegian wall-clock (see oslo-time.ts). */
export interface CalendarEvent {
  /** Stable identifier, such as «<id>@www.forebygging.no». */
  uid: string;
  title: string;
  /** Plain text: what it is, registration deadline, organisers, the address of the page. */
  description: string;
  location: string;
  /** The event's page on the site. */
  url: string;
  start: Date;
  end?: Date | undefined;
  /** When the entry last changed; calendar apps use it to notice updates. */
  updated: Date;
  categories: string[];
}

const dateArray = (d: Date): DateArray => [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
const nextDay = (d: Date): Date => new Date(d.getTime() + 86_400_000);

// `timestamp` (DTSTAMP) is read by ics but missing from its type declarations.
type WithTimestamp = EventAttributes & { timestamp: number };

export function toAttributes(e: CalendarEvent): WithTimestamp {
  const common = {
    uid: e.uid,
    title: e.title,
    description: e.description,
    location: e.location,
    url: e.url,
    categories: e.categories,
    status: 'CONFIRMED' as const,
    timestamp: e.updated.getTime(),
    lastModified: e.updated.getTime(),
  };
  const allDay = isDateOnly(e.start) && (!e.end || isDateOnly(e.end));
  if (allDay) {
    // An all-day event's end date is exclusive: a one-day event on the 3rd ends on the 4th.
    return { ...common, start: dateArray(e.start), end: dateArray(nextDay(e.end ?? e.start)) };
  }
  const start = osloWallClockToUtc(e.start).getTime();
  // Without an end the event is a point in time, as RFC 5545 reads a missing DTEND.
  const end = e.end ? osloWallClockToUtc(e.end).getTime() : start;
  return { ...common, start, startInputType: 'utc', startOutputType: 'utc', end, endInputType: 'utc', endOutputType: 'utc' };
}

export const productId = '-//Forebygging.no//Arrangementer//NO';

/** A calendar with the given events (none is a valid, empty calendar). */
export function calendarText(events: CalendarEvent[], calName: string): string {
  const { error, value } = createEvents(events.map(toAttributes), { productId, calName, method: 'PUBLISH' });
  if (error || !value) throw new Error(`Kunne ikke lage kalenderfil «${calName}»: ${error?.message ?? 'ukjent feil'}`);
  return value;
}
