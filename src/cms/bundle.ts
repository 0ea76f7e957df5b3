/**
 * The Decap CMS bundle is served from the site itself (no third-party script host): the build
 * copies its files from node_modules to /admin/. The main file loads the rest on demand from the
 * same folder («<n>.decap-cms.js»). Source maps are left out.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const bundleDir = (root: string) => join(root, 'node_modules', 'decap-cms', 'dist');

/** decap-cms.js and the chunks it loads. */
export const bundleFiles = (root: string): string[] => readdirSync(bundleDir(root)).filter((name) => /^(\d+\.)?decap-cms\.js$/.test(name)).sort();
