// What every Lit floor element shares: one fetch of the feed per page, the date format, and a
// bare LitElement that announces `news-load` once it shows its content, as our widgets do.
import { LitElement } from 'lit';

export const FEED_URL = new URL('/demo/public/feed.json', location.href);

export interface Item {
  id: string;
  url: string;
  title: string;
  date_published: string;
  content_html?: string;
  image?: string;
  _news?: {
    region?: string;
    views?: number;
    related?: string[];
    image_width?: number;
    image_height?: number;
  };
}

/** Registers `tag` once: both Lit floor entries register the trending list. */
export const define = (tag: string, element: CustomElementConstructor) =>
  customElements.get(tag) ?? customElements.define(tag, element);

let feed: Promise<{ items: Item[] }> | undefined;
export const loadFeed = () => (feed ??= fetch(FEED_URL).then((response) => response.json()));

export const format = new Intl.DateTimeFormat('id', { day: 'numeric', month: 'long', year: 'numeric' });
export const formatDate = (item: Item) => format.format(new Date(item.date_published));
export const newest = (a: Item, b: Item) => Date.parse(b.date_published) - Date.parse(a.date_published);
export const norm = (s: unknown) =>
  String(s || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** A LitElement whose content is `select(feed items)`; nothing else (no skeleton, states, theme, controllers). */
export abstract class LitFloorWidget<T> extends LitElement {
  static override properties = { content: { state: true } };
  declare content: T | undefined;

  protected abstract select(items: Item[]): T;

  override connectedCallback(): void {
    super.connectedCallback();
    void loadFeed().then(({ items }) => (this.content = this.select(items)));
  }

  override updated(): void {
    if (this.content) this.dispatchEvent(new Event('news-load', { bubbles: true, composed: true }));
  }
}
