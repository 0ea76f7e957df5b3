/**
 * Which of the two body formats a file is written in. Markdown (.md) bodies are rendered once by
 * the content layer and can hold no components; MDX (.mdx) bodies become modules that can
 * (src/collections/registry.ts, `body`).
 */
import type { BodyFormat } from '../collections/registry.ts';

/** The format of a body file, by its ending. */
export const bodyFormatOf = (filePath: string | undefined): BodyFormat => (filePath?.endsWith('.md') ? 'md' : 'mdx');
