import { checkContent, formatProblems } from '../src/check/validate.ts';
import { bodyChecks } from '../src/check/body.ts';
console.log(formatProblems(checkContent(process.argv[2]!, bodyChecks)));
