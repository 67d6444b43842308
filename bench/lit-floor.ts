// The Lit floor: the floor's job (one fetch, the region's top five by views, rank, link, date)
// done by a bare LitElement with a shadow root, and nothing else: no skeleton, states, theme,
// controllers or sanitizing. What Lit itself costs per widget, apart from our code.
import { LitElement, html } from 'lit';

const FEED = '/demo/public/feed.json';

interface Item {
  url: string;
  title: string;
  date_published: string;
  _news?: { region?: string; views?: number };
}

let feed: Promise<{ items: Item[] }> | undefined;
const format = new Intl.DateTimeFormat('id', { day: 'numeric', month: 'long', year: 'numeric' });
const norm = (s: unknown) =>
  String(s || '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

class LitFloorList extends LitElement {
  static override properties = { items: { state: true } };
  declare items: Item[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    feed ??= fetch(FEED).then((response) => response.json());
    const region = norm(this.getAttribute('region'));
    void feed.then(({ items }) => {
      this.items = items
        .filter((item) => norm(item._news?.region) === region)
        .sort(
          (a, b) =>
            (b._news?.views ?? 0) - (a._news?.views ?? 0) ||
            Date.parse(b.date_published) - Date.parse(a.date_published),
        )
        .slice(0, 5);
    });
  }

  override render() {
    if (!this.items) return html``;
    return html`<h2>Trending di Daerah</h2>
      <ol>
        ${this.items.map(
          (item, i) =>
            html`<li>
              <span>${i + 1}</span><a href=${item.url}>${item.title}</a
              ><time>${format.format(new Date(item.date_published))}</time>
            </li>`,
        )}
      </ol>`;
  }

  override updated(): void {
    if (this.items) this.dispatchEvent(new Event('news-load', { bubbles: true, composed: true }));
  }
}

customElements.define('lit-floor-list', LitFloorList);
