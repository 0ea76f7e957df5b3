import { z } from 'astro/zod';

/** Alternative texts that say nothing about the picture. */
const emptyAlts = ['bilde', 'foto', 'illustrasjon', 'image', 'picture', 'figur', 'grafikk'];

/**
 * An image shown with an entry. `src` is Astro's image() helper in the build (the file is resized
 * into AVIF and WebP by sharp) and a plain path in the content check, which checks the file itself
 * (src/check/images.ts): the same fields either way.
 */
export const imageFieldSchema = <Source extends z.ZodType>(src: Source) =>
  z.object({
    /** Path to the image file from the entry, for example «./bilder/bti-nivaer.png» (png, jpg, webp or avif). */
    src,
    /** What the image shows, for readers who cannot see it (alternative text), in one or two sentences. */
    alt: z
      .string()
      .min(10, 'Den alternative teksten må beskrive hva bildet viser (minst 10 tegn).')
      .max(300, 'Den alternative teksten kan ha høyst 300 tegn. Legg lengre forklaringer i caption eller i teksten.')
      .refine((alt) => !emptyAlts.includes(alt.trim().toLocaleLowerCase('nb')) && !/\.(png|jpe?g|webp|avif|gif|svg)$/i.test(alt.trim()), {
        message: 'Den alternative teksten må beskrive hva bildet viser, ikke bare si «bilde» eller filnavnet.',
      }),
    /** Who made the image or holds the rights, for example «Illustrasjon: KoRus-Nord». */
    credit: z.string().min(2, 'Skriv hvem som har laget bildet eller har rettighetene, for eksempel «Foto: Tromsø kommune».'),
    /** A caption shown under the image, if it needs one. */
    caption: z.string().optional(),
  });

/** The check's version of `src`: a path, checked against the file system by src/check/images.ts. */
export const imagePathSchema = z.string().min(1, 'Skriv stien til bildefilen, for eksempel ./bilder/bti-nivaer.png.');
