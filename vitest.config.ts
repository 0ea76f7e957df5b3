/// <reference types="vitest/config" />
/**
 * Vitest runs the component tests (tests/components/) through Astro's own Vite setup, so .astro
 * files compile as they do in the build and the Container API can render them.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({ test: { include: ['tests/components/**/*.test.ts'] } });
