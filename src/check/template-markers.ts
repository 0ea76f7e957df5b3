/**
 * The complete example in CONTRIBUTING.md is meant to be copied, so every line an editor has to
 * change carries the marker «BYTT UT». A copied example that still has a marker would publish
 * another municipality's data and the guide's instructions, so each marked line is reported.
 */
import type { ContentProblem } from './problem.ts';
import type { ContentFile } from './files.ts';
import { keyOfLine } from './yaml-errors.ts';
import { helpComment } from './placeholders.ts';

/** The marker on every line of the guide's example that the editor must change. */
export const templateMarker = 'BYTT UT';

export function checkTemplateMarkers(files: ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const file of files) {
    if (!file.frontmatter.includes(templateMarker) && !file.body.includes(templateMarker)) continue;
    // The frontmatter starts on line 2 of a Markdown or MDX file (after ---) and on line 1 of a YAML file.
    const frontmatterStart = file.body === '' && file.bodyLine === 1 ? 1 : 2;
    let field = '(frontmatter)';
    file.frontmatter.split('\n').forEach((text, index) => {
      field = keyOfLine(text) ?? field;
      if (!text.includes(templateMarker)) return;
      problems.push({
        file: file.path,
        line: frontmatterStart + index,
        field,
        message: `Linjen er merket «${templateMarker}» og kommer fra eksempelet i veiledningen. Skriv inn dine egne opplysninger, og slett merket (# ${templateMarker} …).`,
      });
    });
    file.body.split('\n').forEach((text, index) => {
      if (!text.includes(templateMarker)) return;
      problems.push({
        file: file.path,
        line: file.bodyLine + index,
        field: '(tekst)',
        message: `Teksten er merket «${templateMarker}» og kommer fra eksempelet i veiledningen. Skriv din egen tekst, og slett merket ${helpComment(file, templateMarker)}.`,
      });
    });
  }
  return problems;
}
