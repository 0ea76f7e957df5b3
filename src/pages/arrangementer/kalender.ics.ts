/** The calendar a calendar app can subscribe to: upcoming events only, judged on the build date. */
import type { APIRoute } from 'astro';
import { t } from '../../i18n/index.ts';
import { calendarText } from '../../publishing/calendar/event-ics.ts';
import { calendarEvent, upcomingEvents } from '../../publishing/calendar/site-events.ts';

export const GET: APIRoute = async () => {
  const events = await Promise.all((await upcomingEvents()).map(calendarEvent));
  return new Response(calendarText(events, t('nb', 'calendar.name')), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
