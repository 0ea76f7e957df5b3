/** Calendar files: Norwegian wall-clock times become the right instants, and the files parse. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import { osloWallClockToUtc } from '../../../src/publishing/calendar/oslo-time.ts';
import { calendarText, type CalendarEvent } from '../../../src/publishing/calendar/event-ics.ts';

const wall = (text: string) => new Date(`${text}:00Z`);

test('Oslo wall-clock time is UTC+1 in winter and UTC+2 in summer', () => {
  assert.equal(osloWallClockToUtc(wall('2026-01-15T09:00')).toISOString(), '2026-01-15T08:00:00.000Z');
  assert.equal(osloWallClockToUtc(wall('2022-06-10T09:00')).toISOString(), '2022-06-10T07:00:00.000Z');
  // The morning summer time starts (29 March 2026, 02:00 → 03:00).
  assert.equal(osloWallClockToUtc(wall('2026-03-29T09:00')).toISOString(), '2026-03-29T07:00:00.000Z');
});

const event: CalendarEvent = {
  uid: 'dialogmote@www.forebygging.no',
  title: 'Dialogmøte på Nordmøre',
  description: 'Om rus og psykisk helse.\n\nPåmeldingsfrist: 1. juni 2022.',
  location: 'Scandic Hotell, Kristiansund',
  url: 'https://www.forebygging.no/arrangementer/dialogmote/',
  start: wall('2022-06-10T09:00'),
  end: wall('2022-06-10T15:30'),
  updated: new Date('2026-11-25T00:00:00Z'),
  categories: ['Dialogmøte'],
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

test('an event with times is written in UTC and reads back as the same instants', () => {
  const { calendar, events } = parse(calendarText([event], 'Test'));
  assert.equal(calendar.getFirstPropertyValue('x-wr-calname'), 'Test');
  assert.equal(events.length, 1);
  const e = events[0]!;
  assert.equal(e.summary, 'Dialogmøte på Nordmøre');
  assert.equal(e.uid, 'dialogmote@www.forebygging.no');
  assert.equal(e.location, 'Scandic Hotell, Kristiansund');
  assert.match(e.description, /Påmeldingsfrist: 1\. juni 2022\./);
  assert.equal(e.startDate.toJSDate().toISOString(), '2022-06-10T07:00:00.000Z');
  assert.equal(e.endDate.toJSDate().toISOString(), '2022-06-10T13:30:00.000Z');
});

test('an event with dates only is an all-day event whose end date is the day after', () => {
  const { events } = parse(calendarText([{ ...event, start: wall('2022-06-10T00:00'), end: wall('2022-06-11T00:00') }], 'Test'));
  const e = events[0]!;
  assert.equal(e.startDate.isDate, true);
  assert.equal(e.startDate.toString(), '2022-06-10');
  assert.equal(e.endDate.toString(), '2022-06-12');
});

test('the same event gives the same file on every build (no build time in it)', () => {
  assert.equal(calendarText([event], 'Test'), calendarText([event], 'Test'));
  assert.match(calendarText([event], 'Test'), /DTSTAMP:20261125T000000Z/);
});

test('a calendar with no upcoming events is still a valid calendar', () => {
  const { calendar, events } = parse(calendarText([], 'Kommende arrangementer'));
  assert.equal(calendar.name, 'vcalendar');
  assert.equal(events.length, 0);
});
