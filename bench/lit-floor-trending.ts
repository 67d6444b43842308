// The Lit floor's trending list: the floor's job (one fetch, the region's top five by views,
// rank, link, date) done by a bare LitElement with a shadow root, and nothing else: no skeleton,
// states, theme, controllers or sanitizing. What Lit itself costs per widget, apart from our code.
// Alone, it is the Lit floor of a page (or an npm import) with trending lists only.
import { html } from 'lit';
import { LitFloorWidget, define, formatDate, newest, norm, type Item } from './lit-floor-common.js';

export class LitFloorList extends LitFloorWidget<Item[]> {
  protected select(items: Item[]): Item[] {
    const region = norm(this.getAttribute('region'));
    return items
      .filter((item) => norm(item._news?.region) === region)
      .sort((a, b) => (b._news?.views ?? 0) - (a._news?.views ?? 0) || newest(a, b))
      .slice(0, 5);
  }

  override render() {
    if (!this.content) return html``;
    return html`<h2>Trending di Daerah</h2>
      <ol>
        ${this.content.map(
          (item, i) =>
            html`<li>
              <span>${i + 1}</span><a href=${item.url}>${item.title}</a><time>${formatDate(item)}</time>
            </li>`,
        )}
      </ol>`;
  }
}

define('lit-floor-list', LitFloorList);
