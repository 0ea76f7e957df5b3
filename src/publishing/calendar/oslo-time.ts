/**
 * Event times are stored as Norwegian wall-clock time in a Date's UTC fields (see dateTimeSchema).
 * Calendar files need the real instant, so the wall-clock time is converted from Europe/Oslo,
 * with summer time where it applies.
 */
const oslo = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Oslo',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Minutes Oslo is ahead of UTC at an instant (60 in winter, 120 in summer). */
function osloOffsetMinutes(instant: number): number {
  const parts = Object.fromEntries(oslo.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - instant) / 60_000);
}

/** The instant a wall-clock time in Oslo stands for. */
export function osloWallClockToUtc(wallClock: Date): Date {
  const wall = wallClock.getTime();
  // Two passes: the offset at the guessed instant can differ from the one at the answer near a change.
  const first = wall - osloOffsetMinutes(wall) * 60_000;
  return new Date(wall - osloOffsetMinutes(first) * 60_000);
}

/** Whether a stored time has no time of day (written as a plain date). */
export const isDateOnly = (d: Date): boolean => d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
