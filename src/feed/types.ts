/**
 * The normalized model every widget reads. Adapters (JSON Feed, WordPress) turn untrusted
 * responses into these shapes; nothing downstream looks at the raw response again.
 *
 * Text fields are plain text (render them as text, never as HTML). `contentHtml` is the one
 * field that holds untrusted HTML: it reaches the DOM only through `src/sanitize/`.
 * Every URL here has already passed the URL policy (`src/feed/url-policy.ts`).
 */

/** A person credited for an article. */
export interface NewsAuthor {
  name: string;
  /** Link to the author's page (http, https, mailto or tel). */
  url?: string;
  /** Avatar image (http or https). */
  avatar?: string;
}

/** An audio or video file that belongs to an article (a podcast episode, a video). */
export interface NewsAttachment {
  /** http or https. */
  url: string;
  /** What plays it. */
  kind: 'audio' | 'video';
  /** Its MIME type as the feed writes it (`audio/mpeg`), or just `audio` or `video` when the feed names none. */
  type: string;
  /** Size in bytes, when the feed says. */
  size?: number;
  title?: string;
}

/** One article. */
export interface NewsItem {
  /** Stable id, always a string (WordPress numeric ids are stringified). */
  id: string;
  /** Canonical article URL (http or https). */
  url?: string;
  /**
   * The headline, plain text. Empty only for an item that has nothing but an image (a photo post):
   * widgets then show a localized "Photo" label.
   */
  title: string;
  /** Untrusted HTML body: only `src/sanitize/` may turn it into DOM. Empty string when absent. */
  contentHtml: string;
  /** Plain-text summary or excerpt. */
  summary?: string;
  /** Hero image (http or https). */
  image?: string;
  /**
   * The feed names no image of its own, so `image` is the body's first image: lists show it as a
   * thumbnail; the article shows it where the body has it, not again as a hero.
   */
  imageInBody?: boolean;
  /** Plain-text caption of the hero image. */
  imageCaption?: string;
  /** Text alternative of the hero image, when the feed gives one (what it shows, for screen readers). */
  imageAlt?: string;
  /** Intrinsic image size when the feed gives it, to reserve space before the image loads. */
  imageWidth?: number;
  imageHeight?: number;
  /** Publication instant; items without a valid date sort as oldest. */
  published?: Date;
  /**
   * The publisher's UTC offset at publication, in minutes east of UTC (`+08:00` → 480), when the
   * feed says it (a JSON Feed date with an offset; WordPress `date` vs `date_gmt`). Lets widgets show
   * the publisher's wall-clock time, as the seed page does.
   */
  publishedOffset?: number;
  /**
   * The feed gave a date without a time of day; `published` is then that day's midnight at
   * `publishedOffset`, or UTC without one (how `2025-06-30` reads as an instant).
   */
  dateOnly?: boolean;
  /**
   * The feed gave the publisher's wall-clock time without its zone (a WordPress post without
   * `date_gmt`, alone in its response): `published` holds those digits as if UTC, so widgets show
   * them as written and write them without a zone, never as a false UTC instant.
   */
  zoneless?: boolean;
  modified?: Date;
  authors: NewsAuthor[];
  tags: string[];
  /** The primary category (for WordPress, the first category term). */
  category?: string;
  /**
   * Every category name, when the feed has several (WordPress terms). Region matching looks at
   * these, `category` and `tags` when `region` is absent.
   */
  categories?: string[];
  region?: string;
  /** Read count, a finite non-negative integer, when the feed provides one. */
  views?: number;
  /** Audio and video files (RSS enclosures, Media RSS, JSON Feed attachments). */
  attachments?: NewsAttachment[];
  /** Ids of related items, in editorial order. */
  related: string[];
}

/** Which adapter produced a feed. */
export type FeedFormat = 'json-feed' | 'wordpress' | 'rss' | 'atom';

/** A parsed, validated feed. */
export interface NewsFeed {
  format: FeedFormat;
  title?: string;
  /** BCP 47 language tag from the feed, if any. */
  language?: string;
  /** The site's home page (http or https). */
  homeUrl?: string;
  items: NewsItem[];
}

/** Machine-readable error codes, stable across versions. */
export type FeedErrorCode =
  | 'network'
  | 'timeout'
  | 'http'
  | 'parse'
  | 'invalid-feed'
  | 'too-large'
  | 'aborted'
  | 'no-feed'
  /** The feed's server answered, but sent no CORS header that lets this page read it. */
  | 'cors';
