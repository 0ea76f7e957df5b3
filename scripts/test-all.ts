/**
 * `npm test`: everything, in the order that fails fastest. Content check, type check, unit and component tests, a build of
 * the site with its search index, the site behind nginx, then the browser tests against the built site.
 */
import { spawnSync } from 'node:child_process';

const steps: [string, string[]][] = [
  ['Innholdssjekk', ['npm', 'run', '-s', 'check']],
  ['Typesjekk', ['npm', 'run', '-s', 'typecheck']],
  ['Enhetstester', ['npm', 'run', '-s', 'test:unit']],
  ['Komponenttester', ['npm', 'run', '-s', 'test:components']],
  ['Bygg', ['npm', 'run', '-s', 'build']],
  // The built site behind deploy/nginx/nginx.conf: old addresses, headers, search under the CSP.
  ['Nginx-tester', ['npm', 'run', '-s', 'test:nginx']],
  ['Nettlesertester', ['npm', 'run', '-s', 'test:browser']],
];

for (const [name, [command, ...args]] of steps) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command!, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n${name} feilet (kode ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}
console.log('\nAlle steg er grønne.');
