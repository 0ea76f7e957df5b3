/** A calendar file per event, behind the «Legg i kalenderen» link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { content, type EventEntry } from '../../../lib/collections.ts';
import { calendarText } from '../../../publishing/calendar/event-ics.ts';
import { calendarEvent } from '../../../publishing/calendar/site-events.ts';

export const getStaticPaths = (async () => {
  const { events } = await content();
  return events.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: EventEntry };
  const text = calendarText([await calendarEvent(entry)], entry.data.title);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
