/**
 * Marks a loaded image that is smaller than its box (`data-small`). In a box whose size the layout
 * fixes beforehand (a hero without a size from the feed, a list thumbnail), `object-fit: cover`
 * would scale a small picture up, blurred; the styles show it whole at its own size instead
 * (`object-fit: scale-down`). The box keeps its size, so nothing moves.
 *
 * A `load` listener on the image, or capturing on an ancestor (`load` does not bubble). A box that
 * grows after the load (a wider column) is not measured again.
 */
export function markSmallImage(event: Event): void {
  const image = event.target;
  if (!(image instanceof HTMLImageElement)) return;
  // `cover` scales by the larger of the two ratios: it enlarges when either side falls short.
  const small = image.naturalWidth < image.clientWidth || image.naturalHeight < image.clientHeight;
  image.toggleAttribute('data-small', small);
}

/** `markSmallImage` for every image below the element it is bound to (Lit reads `capture`). */
export const markSmallImages = { handleEvent: markSmallImage, capture: true };
