// The Lit floor of pages with every kind of widget: the trending list, plus an article (title,
// date, image, and the feed's body as HTML, unsanitized as naive embeds do), a related list (the
// article's related ids first, then the newest) and a dark-mode switch, each a bare LitElement.
import { LitElement, html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { FEED_URL, LitFloorWidget, define, formatDate, newest, type Item } from './lit-floor-common.js';
import { LitFloorList } from './lit-floor-trending.js';

class LitFloorArticle extends LitFloorWidget<Item> {
  protected select(items: Item[]): Item {
    const id = this.getAttribute('article-id');
    return items.find((item) => item.id === id) ?? items[0];
  }

  override render() {
    const item = this.content;
    if (!item) return html``;
    return html`<article>
      <h1>${item.title}</h1>
      <time>${formatDate(item)}</time>
      ${
        item.image
          ? html`<img
              src=${new URL(item.image, FEED_URL).href}
              alt=""
              width=${item._news?.image_width ?? ''}
              height=${item._news?.image_height ?? ''}
            />`
          : ''
      }
      <div>${unsafeHTML(item.content_html ?? '')}</div>
    </article>`;
  }
}

class LitFloorRelated extends LitFloorWidget<Item[]> {
  protected select(items: Item[]): Item[] {
    const article = items.find((item) => item.id === this.getAttribute('article-id'));
    const byId = new Map(items.map((item) => [item.id, item]));
    const first = (article?._news?.related ?? [])
      .map((id) => byId.get(id))
      .filter((item) => item !== undefined);
    const rest = items.filter((item) => item !== article && !first.includes(item)).sort(newest);
    return [...first, ...rest].slice(0, 5);
  }

  override render() {
    if (!this.content) return html``;
    return html`<h2>Baca Lainnya</h2>
      <ul>
        ${this.content.map(
          (item) => html`<li><a href=${item.url}>${item.title}</a><time>${formatDate(item)}</time></li>`,
        )}
      </ul>`;
  }
}

class LitFloorToggle extends LitElement {
  static override properties = { dark: { state: true } };
  declare dark: boolean;

  constructor() {
    super();
    this.dark = false;
  }

  override render() {
    return html`<button aria-pressed=${String(this.dark)} @click=${this.#toggle}>Mode gelap</button>`;
  }

  #toggle() {
    this.dark = !this.dark;
    document.documentElement.style.colorScheme = this.dark ? 'dark' : 'light';
  }
}

// Registered here by name, not by a bare `import './lit-floor-trending.js'`: the package's
// `sideEffects` list leaves bench/ out, so the bundler drops a module imported for its effects.
define('lit-floor-list', LitFloorList);
define('lit-floor-article', LitFloorArticle);
define('lit-floor-related', LitFloorRelated);
define('lit-floor-toggle', LitFloorToggle);
