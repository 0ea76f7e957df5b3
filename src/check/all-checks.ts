/**
 * Checks beyond each file's schema: bodies (syntax, links and link texts, images, unsafe HTML,
 * unfinished text, the guide's template markers, the written standard),
 * file names, unknown fields, address collisions and the list of old addresses. `npm run check` and the build integration
 * (src/integrations/content-check.ts) both run this list, so they refuse the same problems.
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { checkSafety } from './body-safety.ts';
import { checkLinks } from './body-links.ts';
import { checkImages } from './images.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkUnknownFields } from './frontmatter-keys.ts';
import { checkFileNames } from './file-names.ts';
import { addressCollisions } from './site-paths.ts';
import { checkLegacyInventory } from './legacy-inventory.ts';
import { checkTemplateMarkers } from './template-markers.ts';
import { checkWrittenStandard } from './written-standard.ts';
import { checkLinkText } from './link-text.ts';

export type ContentCheck = (files: ContentFile[], root: string) => ContentProblem[];

export const checksBeyondSchema: ContentCheck[] = [
  checkFileNames,
  checkUnknownFields,
  addressCollisions,
  checkSafety,
  checkLinks,
  checkLinkText,
  checkImages,
  checkPlaceholders,
  checkTemplateMarkers,
  checkWrittenStandard,
  checkLegacyInventory,
];
