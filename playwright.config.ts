import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tests/support/chromium.ts';

/** The built site (dist/) served by `astro preview` on a port the tests own. */
export const previewPort = Number(process.env.PREVIEW_PORT ?? 4399);

export default defineConfig({
  testDir: './tests/browser',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  // Generous: CI machines have two cores shared with the preview server.
  expect: { timeout: 15_000 },
  // Lighthouse measures speed, so it runs alone once every other browser test has finished.
  projects: [
    { name: 'browser', testIgnore: /lighthouse\.spec\.ts$/ },
    { name: 'lighthouse', testMatch: /lighthouse\.spec\.ts$/, dependencies: ['browser'] },
  ],
  use: {
    baseURL: `http://127.0.0.1:${previewPort}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: {
    command: `node node_modules/astro/bin/astro.mjs preview --host 127.0.0.1 --port ${previewPort}`,
    url: `http://127.0.0.1:${previewPort}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
