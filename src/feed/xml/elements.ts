/**
 * Reading an XML feed document: namespaced children, their text and attributes, and RSS dates.
 * Every value read here is untrusted; callers pass text through the same readers as JSON fields.
 */
import { type AdapterContext, readDateField } from '../adapter.js';
import {
  MAX_NAME,
  MAX_OFFSET,
  MAX_TAGS,
  isDateOnly,
  offsetOf,
  readInstant,
  readNames,
  readOffset,
  wallClock,
} from '../read.js';
import { htmlToText } from '../text.js';
import type { NewsItem } from '../types.js';

/** The namespaces feeds use, without a trailing slash (feeds write `mrss` and `mrss/` alike). */
export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  content: 'http://purl.org/rss/1.0/modules/content',
  dc: 'http://purl.org/dc/elements/1.1',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** RSS's own elements: no namespace in 0.9x and 2.0, these in 1.0 and 0.90. */
const RSS = new Set(['', 'http://purl.org/rss/1.0', 'http://my.netscape.com/rdf/simple/0.9']);

/** `null`: RSS's own element; otherwise one of `NS`, or several (Atom 1.0 and 0.3). */
export type Namespace = string | readonly string[] | null;

function inNamespace(element: Element, ns: Namespace): boolean {
  const uri = (element.namespaceURI ?? '').replace(/\/$/, '');
  if (ns === null) return RSS.has(uri);
  return typeof ns === 'string' ? uri === ns : ns.includes(uri);
}

/** The child elements of `parent` named `name` in `ns`, in document order. */
export function childrenNamed(parent: Element | undefined, name: string, ns: Namespace = null): Element[] {
  const found: Element[] = [];
  for (const element of parent?.children ?? []) {
    if (element.localName === name && inNamespace(element, ns)) found.push(element);
  }
  return found;
}

/** The first child element of `parent` named `name` in `ns`. */
export function child(parent: Element | undefined, name: string, ns: Namespace = null): Element | undefined {
  return childrenNamed(parent, name, ns)[0];
}

/** An element's text (CDATA included), or `undefined` when it is absent or blank. */
export function textOf(element: Element | undefined): string | undefined {
  const text = element?.textContent;
  return text && text.trim() !== '' ? text : undefined;
}

/** The text of the first `name` child in `ns`. */
export function childText(
  parent: Element | undefined,
  name: string,
  ns: Namespace = null,
): string | undefined {
  return textOf(child(parent, name, ns));
}

// RFC 822 as RSS feeds write it, leniently: the weekday optional (in any language), a two-digit
// year, a time without seconds or none at all, a named zone (`GMT`, `EST`, Indonesia's `WIB`).
const RFC822 =
  /^(?:[^\d\s,]+,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4}|\d{2})(?:\s+(\d{1,2}):(\d\d)(?::(\d\d))?)?\s*(?:([+-])(\d\d):?(\d\d)|([A-Za-z]{1,5}))?$/;
// English month abbreviations, and the Indonesian ones that differ (Mei, Agu(stus), Okt, Des).
const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  mei: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  agu: 8,
  sep: 9,
  oct: 10,
  okt: 10,
  nov: 11,
  dec: 12,
  des: 12,
};
// Named zones with a fixed offset, in minutes. UT/GMT/Z are UTC by name, not the publisher's clock.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  wib: 420,
  wita: 480,
  wit: 540,
  // Neighbours whose portals write their own: Malaysia, Singapore, the Philippines, Hong Kong,
  // Indochina, Japan, Korea, eastern Australia, central and eastern Europe.
  myt: 480,
  sgt: 480,
  pht: 480,
  hkt: 480,
  ict: 420,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
};

/** A date as RSS writes it: the instant, the publisher's offset when the date says it, date only. */
type FeedDate = Pick<NewsItem, 'publishedOffset' | 'dateOnly' | 'zoneless'> & { instant: Date };

/** A time without a zone (none written, or a name we do not know): its digits, shown as written. */
const zoneless = (instant: Date): FeedDate => ({ instant, publishedOffset: 0, zoneless: true });

/**
 * An RSS date (`pubDate`: RFC 822; `dc:date` and the odd `pubDate`: ISO 8601 / RFC 3339), or
 * `undefined` for anything that is not a real day. A time without a zone, or with a zone name we
 * do not know, is kept as the publisher's wall-clock time (`zoneless`), never moved into the
 * reader's zone as if it were UTC.
 */
export function readFeedDate(value: string | undefined): FeedDate | undefined {
  if (value === undefined || value.length > 64) return undefined;
  const text = value.trim();
  const match = RFC822.exec(text);
  if (!match) {
    const instant = readInstant(text);
    if (!instant) return undefined;
    if (isDateOnly(text)) return { instant, dateOnly: true };
    const offset = readOffset(text);
    return offset === undefined ? zoneless(instant) : { instant, publishedOffset: offset };
  }
  const [, d, monthName, y, h, mi, s, sign, zoneHours, zoneMinutes, zoneName] = match;
  const month = MONTHS[monthName!.slice(0, 3).toLowerCase()];
  const year = y!.length === 2 ? (+y! < 50 ? 2000 : 1900) + +y! : +y!;
  if (month === undefined || +(h ?? 0) > 23 || +(mi ?? 0) > 59 || +(s ?? 0) > 59) return undefined;
  const named = zoneName === undefined ? undefined : ZONES[zoneName.toLowerCase()];
  const offset = sign ? offsetOf(sign, zoneHours, zoneMinutes) : (named ?? 0);
  if (Math.abs(offset) > MAX_OFFSET) return undefined;
  const utc = wallClock(year, month, +d!, +(h ?? 0), +(mi ?? 0), +(s ?? 0), 0);
  if (!utc) return undefined;
  const instant = new Date(utc.getTime() - offset * 60_000);
  if (h === undefined) return { instant, dateOnly: true };
  if (!sign && named === undefined) return zoneless(instant);
  // A numeric zone or a local zone name says the publisher's clock; GMT says only UTC.
  return { instant, publishedOffset: sign || named !== 0 ? offset : undefined };
}

/**
 * The item's date from the first of `fields` it has (`[name, value]` pairs), as the model holds
 * it; a value that is no date is dropped with one warning naming the item and the field.
 */
export function itemDate(
  ctx: AdapterContext,
  label: string,
  fields: [string, string | undefined][],
): Pick<NewsItem, 'published' | 'publishedOffset' | 'dateOnly' | 'zoneless'> {
  const [field, value] = fields.find(([, written]) => written !== undefined) ?? [];
  const date = readDateField(ctx, label, field!, value, readFeedDate);
  if (!date) return {};
  const { instant, ...zone } = date;
  return { published: instant, ...zone };
}

/** Category names (HTML-escaped in many feeds): the first is `category`, all `categories`, the others `tags`. */
export function filed(
  names: (string | null | undefined)[],
): Pick<NewsItem, 'category' | 'categories' | 'tags'> {
  const categories = readNames(
    names.map((name) => name && htmlToText(name, MAX_NAME)),
    MAX_TAGS,
  );
  return {
    category: categories[0],
    categories: categories.length > 0 ? categories : undefined,
    tags: categories.slice(1),
  };
}
