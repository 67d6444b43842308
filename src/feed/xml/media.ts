/**
 * Images and attachments of an RSS item or Atom entry: Media RSS (`media:content`,
 * `media:thumbnail`, also inside `media:group`), `enclosure` (RSS) or `link rel="enclosure"`
 * (Atom), and the iTunes episode image. The largest image is the item's image; audio and video
 * are its attachments (podcasts, video feeds).
 */
import { withoutUndefined } from '../adapter.js';
import { MAX_ATTACHMENTS, MAX_TEXT, readCount, readDimension, readLine } from '../read.js';
import type { NewsAttachment, NewsItem } from '../types.js';
import { safeUrl } from '../url-policy.js';
import { NS, child, childText, childrenNamed } from './elements.js';

type Kind = 'image' | 'audio' | 'video' | undefined;

const EXTENSIONS: [RegExp, Kind][] = [
  [/\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]|$)/i, 'image'],
  [/\.(?:mp3|m4a|aac|ogg|oga|opus|wav|flac)(?:[?#]|$)/i, 'audio'],
  [/\.(?:mp4|m4v|webm|ogv|mov)(?:[?#]|$)/i, 'video'],
];

/** What a media reference is: its `medium`, else its MIME type, else its file extension. */
function kindOf(medium: string | null, type: string | null, url: string): Kind {
  const named = (medium ?? type?.split('/')[0] ?? '').trim().toLowerCase();
  if (named === 'image' || named === 'audio' || named === 'video') return named;
  return EXTENSIONS.find(([pattern]) => pattern.test(url))?.[1];
}

interface Candidate {
  url: string;
  kind: Kind;
  type?: string;
  width?: number;
  height?: number;
  size?: number;
  title?: string;
  caption?: string;
}

/** Every media reference of an item, in document order. */
function candidates(item: Element, feedUrl: string): Candidate[] {
  const found: Candidate[] = [];
  const add = (element: Element, urlAttribute: string, kind?: Kind): void => {
    const url = safeUrl(element.getAttribute(urlAttribute), 'media', feedUrl);
    if (!url) return;
    const type = element.getAttribute('type');
    found.push(
      withoutUndefined({
        url,
        kind: kind ?? kindOf(element.getAttribute('medium'), type, url),
        type: type?.trim() || undefined,
        width: readDimension(element.getAttribute('width')),
        height: readDimension(element.getAttribute('height')),
        size: readCount(element.getAttribute('fileSize') ?? element.getAttribute('length')),
        title: readLine(childText(element, 'title', NS.media) ?? element.getAttribute('title'), MAX_TEXT),
        caption: readLine(childText(element, 'description', NS.media), MAX_TEXT),
      }),
    );
  };
  const groups = [item, ...childrenNamed(item, 'group', NS.media)];
  for (const group of groups) {
    for (const content of childrenNamed(group, 'content', NS.media)) {
      add(content, 'url');
      for (const thumbnail of childrenNamed(content, 'thumbnail', NS.media)) add(thumbnail, 'url', 'image');
    }
    for (const thumbnail of childrenNamed(group, 'thumbnail', NS.media)) add(thumbnail, 'url', 'image');
  }
  for (const enclosure of childrenNamed(item, 'enclosure')) add(enclosure, 'url');
  for (const link of childrenNamed(item, 'link', [NS.atom, NS.atom03])) {
    if (link.getAttribute('rel') === 'enclosure') add(link, 'href');
  }
  const episodeImage = child(item, 'image', NS.itunes);
  if (episodeImage) add(episodeImage, 'href', 'image');
  return found;
}

/** The item's image (the largest known, else the first) and its audio and video attachments. */
export function readMedia(
  item: Element,
  feedUrl: string,
): Pick<NewsItem, 'image' | 'imageWidth' | 'imageHeight' | 'imageCaption' | 'attachments'> {
  const all = candidates(item, feedUrl);
  const area = (candidate: Candidate): number => (candidate.width ?? 0) * (candidate.height ?? 0);
  const image = all
    .filter((candidate) => candidate.kind === 'image')
    .reduce<Candidate | undefined>(
      (best, next) => (!best || area(next) > area(best) ? next : best),
      undefined,
    );
  const attachments: NewsAttachment[] = [];
  for (const candidate of all) {
    const { url, kind, type, size, title } = candidate;
    if ((kind === 'audio' || kind === 'video') && attachments.length < MAX_ATTACHMENTS) {
      if (!attachments.some((attachment) => attachment.url === url)) {
        attachments.push(withoutUndefined({ url, kind, type: type ?? kind, size, title }));
      }
    }
  }
  return withoutUndefined({
    image: image?.url,
    imageWidth: image?.width,
    imageHeight: image?.height,
    imageCaption: image?.caption,
    attachments: attachments.length > 0 ? attachments : undefined,
  });
}
