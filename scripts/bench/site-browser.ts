/**
 * A built site served on the loopback address (static-server.ts) with Debian's Chromium started
 * against it, both closed again whatever happens: what every browser measurement needs first.
 */
import { chromium, type Browser } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../lib/chromium.ts';
import { serveStatic } from './static-server.ts';

export async function withSiteInBrowser<T>(distDir: string, use: (browser: Browser, url: string) => Promise<T>): Promise<T> {
  const { server, url } = await serveStatic(distDir);
  try {
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
    try {
      return await use(browser, url);
    } finally {
      await browser.close();
    }
  } finally {
    server.close();
  }
}
