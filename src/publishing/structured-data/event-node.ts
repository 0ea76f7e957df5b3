/**
 * An event. schema.org has no status for «took place»: a past event keeps EventScheduled (it
 * happened as planned) and its end date, which is how search engines tell past from upcoming.
 * Times carry Oslo's UTC offset, so they mean the same instant everywhere.
 */
import type { Event, Organization } from 'schema-dts';
import type { EventData } from '../../schemas/news.ts';
import { isDateOnly, osloWallClockToUtc } from '../calendar/oslo-time.ts';
import { absolute } from '../site.ts';
import { isoDate } from './graph.ts';
import type { PageFacts } from './page-nodes.ts';

/** 2022-06-10T09:00:00+02:00 for a time, 2022-06-10 for a plain date. */
export function osloDateTime(wallClock: Date): string {
  if (isDateOnly(wallClock)) return isoDate(wallClock);
  const offsetMinutes = Math.round((wallClock.getTime() - osloWallClockToUtc(wallClock).getTime()) / 60_000);
  const sign = offsetMinutes >= 0 ? '+' : '-';
  const hh = String(Math.floor(Math.abs(offsetMinutes) / 60)).padStart(2, '0');
  const mm = String(Math.abs(offsetMinutes) % 60).padStart(2, '0');
  return `${wallClock.toISOString().slice(0, 19)}${sign}${hh}:${mm}`;
}

const isOnline = (place: string) => /\b(digital|digitalt|nettbasert|webinar|online|teams|zoom)\b/i.test(place);

export function eventNode(p: PageFacts, d: EventData, organisers: { name: string; url?: string | undefined }[]): Event {
  const online = isOnline(d.place);
  return {
    '@type': 'Event',
    '@id': `${absolute(p.path)}#arrangement`,
    name: d.title,
    description: d.ingress,
    url: absolute(p.path),
    image: p.image,
    inLanguage: d.lang,
    startDate: osloDateTime(d.start),
    endDate: osloDateTime(d.end ?? d.start),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: online ? 'https://schema.org/OnlineEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    location: online
      ? { '@type': 'VirtualLocation', name: d.place, ...(d.url ? { url: d.url } : {}) }
      : { '@type': 'Place', name: d.place, address: d.place },
    organizer: organisers.map((o): Organization => ({ '@type': 'Organization', name: o.name, ...(o.url ? { url: o.url } : {}) })),
    ...(d.audience ? { audience: { '@type': 'Audience', audienceType: d.audience } } : {}),
  };
}
