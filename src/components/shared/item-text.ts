/**
 * What `<news-article>` and the lists show for an item's title and dates, where the feed leaves
 * something out: a photo post has no title, a date-only item no time of day, a zoneless one no zone.
 */
import type { NewsItem } from '../../feed/types.js';
import { isoDate, isoDay } from '../../i18n/format.js';
import type { Messages } from '../../i18n/messages.js';

/** The text that stands for an item's title, and whether it is our label rather than the feed's text. */
export interface ShownTitle {
  text: string;
  /** A UI string (in the UI locale's language), not the feed's own text. */
  label: boolean;
}

/**
 * The item's title, or for an untitled item (a photo post, a micro-blog note: the feed gives only an
 * image) the localized "Photo" label, so no link, heading or dialog name is ever empty.
 */
export function shownTitle(item: NewsItem, messages: Messages): ShownTitle {
  return item.title.trim() === ''
    ? { text: messages.photo, label: true }
    : { text: item.title, label: false };
}

/**
 * The UTC offset to show an item's date at: the feed's; for a date-only item without one, UTC,
 * which is how a day without a time reads as an instant (`2025-06-30` is midnight UTC), so every
 * reader sees the day the feed wrote; otherwise `undefined`, the reader's time zone.
 */
export function dateOffset(item: NewsItem): number | undefined {
  return item.dateOnly ? (item.publishedOffset ?? 0) : item.publishedOffset;
}

/**
 * An item's publication date, machine-readable (`<time datetime>`, JSON-LD): the instant; the day
 * alone (`2025-06-30`) for a date-only item; for a zoneless one, the wall-clock digits it holds as
 * if UTC, written without a zone (`2025-09-13T15:55:00`), never as a false UTC instant.
 */
export function machineDate(item: NewsItem, published: Date): string {
  if (item.dateOnly) return isoDay(published, dateOffset(item));
  return item.zoneless ? isoDate(published).slice(0, 19) : isoDate(published);
}
