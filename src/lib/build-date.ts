/**
 * The date the site is built on: past events and closed grants are judged against it. Set
 * BUILD_DATE=YYYY-MM-DD to build as of another day (tests, reproducible builds).
 */
export function buildDate(): Date {
  const fixed = process.env.BUILD_DATE;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return new Date(`${fixed}T00:00:00Z`);
  return new Date();
}
