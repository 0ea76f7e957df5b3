/**
 * The one comment the pull-request workflow keeps on every pull request: the content check's
 * report in Norwegian, and where to see the site built from the change. Written so that an editor
 * never has to open an Actions log. The marker lets the workflow find and update its own comment
 * instead of adding a new one on every push.
 */

/** An HTML comment GitHub does not show; the workflow looks for it to update the comment. */
export const commentMarker = '<!-- innholdssjekk -->';

export interface CommentInput {
  /** What `npm run check` printed. */
  report: string;
  /** Whether the check passed (warnings allowed). */
  passed: boolean;
  /** Where the built site can be downloaded (the workflow's artifact), if it was built. */
  artifactUrl?: string | undefined;
  /** The workflow run, for those who want the details. */
  runUrl?: string | undefined;
  /** The commit the comment is about. */
  sha?: string | undefined;
}

/** A fence longer than any run of backticks in the text, so the report cannot break out of it. */
const fenceFor = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

export function prComment({ report, passed, artifactUrl, runUrl, sha }: CommentInput): string {
  const fence = fenceFor(report);
  const commit = sha ? ` (endring ${sha.slice(0, 7)})` : '';
  const lines = [
    commentMarker,
    passed ? `## ✅ Innholdssjekken er i orden${commit}` : `## ❌ Innholdssjekken fant feil${commit}`,
    '',
    passed
      ? 'Sjekken fant ingen feil. Redaksjonen ser nå over kilder, fag og språk før forslaget publiseres.'
      : 'Rett feilene under, i skjemaet på /admin/ eller i filen, og lagre igjen. Sjekken kjører på nytt av seg selv, og denne kommentaren oppdateres.',
    '',
    `${fence}text`,
    report.trim(),
    fence,
    '',
    '### Se siden før den publiseres',
    '',
    artifactUrl
      ? `- **Last ned nettstedet** bygget fra dette forslaget: [nettstedet (zip)](${artifactUrl}). Pakk ut filen og åpne \`index.html\`, eller kjør \`npx astro preview\` i mappen for at lenkene skal virke.`
      : '- Nettstedet blir bygget når innholdssjekken er i orden; da kommer en lenke til nedlasting her.',
    '- Er nettstedet koblet til Netlify eller Cloudflare Pages, har forslaget også en **egen forhåndsvisningsadresse** under «Checks»/«Deployments» nedenfor (se docs/editor-setup.md).',
  ];
  if (runUrl) lines.push(`- Detaljer: [kjøringen av sjekken](${runUrl}).`);
  return `${lines.join('\n')}\n`;
}
