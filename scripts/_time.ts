import { checkContent } from '../src/check/validate.ts';
import { bodyChecks } from '../src/check/body.ts';
const t = performance.now();
const r = checkContent(process.argv[2]!, bodyChecks);
console.log(r.files, 'filer', r.problems.length, 'feil', Math.round(performance.now() - t), 'ms', Math.round(process.memoryUsage().rss / 1e6), 'MB');
const byMsg = new Map<string, number>(); for (const p of r.problems) { const k = p.message.slice(0, 50); byMsg.set(k, (byMsg.get(k) ?? 0) + 1); }
console.log([...byMsg].slice(0, 8));
