/**
 * What both Playwright configurations share (the built site under `astro preview`, and the same
 * site behind nginx): how tests run and which browser they use.
 */
import type { PlaywrightTestConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.ts';

export function baseConfig(testDir: string, baseURL: string): PlaywrightTestConfig {
  return {
    testDir,
    fullyParallel: true,
    workers: process.env.CI ? 2 : undefined,
    forbidOnly: true,
    retries: 0,
    reporter: [['list']],
    timeout: 60_000,
    // Generous: CI machines have two cores shared with the server under test.
    expect: { timeout: 15_000 },
    use: {
      baseURL,
      browserName: 'chromium',
      launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    },
  };
}
