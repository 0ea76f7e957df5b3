import { defineConfig } from '@playwright/test';
import { baseConfig } from './tests/support/playwright-base.ts';

/** The built site (dist/) served by `astro preview` on a port the tests own. */
export const previewPort = Number(process.env.PREVIEW_PORT ?? 4399);

export default defineConfig({
  ...baseConfig('./tests/browser', `http://127.0.0.1:${previewPort}`),
  // Lighthouse measures speed, so it runs alone once every other browser test has finished.
  projects: [
    { name: 'browser', testIgnore: /lighthouse\.spec\.ts$/ },
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts$/, dependencies: ['browser'] },
  ],
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${previewPort}`,
    url: `http://127.0.0.1:${previewPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
