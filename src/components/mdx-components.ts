/** Components every MDX body may use without importing them. */
import Anbefaling from './Anbefaling.astro';
import Praktisk from './Praktisk.astro';
import Begrunnelse from './Begrunnelse.astro';
import ScrollTable from './ScrollTable.astro';

/** Plain Markdown elements drawn by a component of ours: tables, so that a wide one can be scrolled with the keyboard. */
export const mdxComponents = { Anbefaling, Praktisk, Begrunnelse, table: ScrollTable };
