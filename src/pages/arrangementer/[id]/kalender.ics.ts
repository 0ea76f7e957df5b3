/** A calendar file per event, behind the «Legg i kalenderen» link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { detailPaths, type Entry } from '../../../collections/content.ts';
import { calendarText } from '../../../publishing/calendar/event-ics.ts';
import { calendarEvent } from '../../../publishing/calendar/site-events.ts';

export const getStaticPaths = (() => detailPaths('events', (e) => ({ id: e.id }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: Entry<'events'> };
  const text = calendarText([await calendarEvent(entry)], entry.data.title);
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
