/**
 * Where the tests find a browser. Playwright's own browser download does not work on these
 * machines, so the tests use a system Chromium: $CHROMIUM_PATH if set, else Debian's
 * /usr/bin/chromium. If neither exists, say what to install instead of failing obscurely.
 */
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
  (p): p is string => Boolean(p),
);

export function chromiumPath(): string {
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'Fant ingen Chromium for nettlesertestene. Installer Debians pakke med «sudo apt-get install chromium», ' +
        'eller sett CHROMIUM_PATH til en Chromium- eller Chrome-fil.',
    );
  }
  return found;
}

/** Flags for a headless Chromium on a machine with no network but loopback. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
