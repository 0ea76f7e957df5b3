import { defineConfig } from '@playwright/test';
import { baseConfig } from './tests/support/playwright-base.ts';
import { base, nginxCommand } from './tests/nginx/server.ts';

/**
 * `npm run test:nginx`: the built site behind deploy/nginx/nginx.conf on 127.0.0.1:8080, as it
 * will be served: old addresses, security headers, compression, caching, and search under the CSP.
 */
export default defineConfig({
  ...baseConfig('./tests/nginx', base),
  webServer: {
    command: nginxCommand(),
    url: `${base}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
