/** Checks of MDX bodies (links, images, unsafe HTML). Extended by the editorial-workflow work. */
import type { ContentProblem } from '../lib/references.ts';
import type { ContentFile } from './files.ts';

export const bodyChecks: ((files: ContentFile[]) => ContentProblem[])[] = [];
