/** Which files in content/ are images, and which image formats the site accepts. */

/** Formats sharp turns into responsive AVIF and WebP. SVG and GIF are not accepted: see CONTRIBUTING.md. */
export const imageExtensions = ['png', 'jpg', 'jpeg', 'webp', 'avif'] as const;

/** Bigger files make the repository slow to clone; the site serves resized copies anyway. */
export const maxImageBytes = 5 * 1024 * 1024;

/** Any file that looks like an image, accepted format or not (so a stray .gif is reported as an image). */
export const isImageFile = (path: string): boolean => /\.(png|jpe?g|webp|avif|gif|svg|heic|tiff?|bmp)$/i.test(path);

export const isAcceptedImage = (path: string): boolean => new RegExp(`\\.(${imageExtensions.join('|')})$`, 'i').test(path);
