/** Components every MDX body may use without importing them. */
import Anbefaling from './Anbefaling.astro';
import Praktisk from './Praktisk.astro';
import Begrunnelse from './Begrunnelse.astro';

/**
 * Plain Markdown elements are not mapped to components here: .md bodies cannot use the mapping,
 * so what the site adds to them (a table a keyboard user can scroll) is a plugin both formats
 * share (src/markdown/plugins.ts).
 */
export const mdxComponents = { Anbefaling, Praktisk, Begrunnelse };
