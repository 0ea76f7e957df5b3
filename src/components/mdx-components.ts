/** Components every MDX body may use without importing them. */
import Anbefaling from './Anbefaling.astro';
import Praktisk from './Praktisk.astro';
import Begrunnelse from './Begrunnelse.astro';

export const mdxComponents = { Anbefaling, Praktisk, Begrunnelse };
