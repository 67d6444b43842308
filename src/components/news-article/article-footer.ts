/** The rows under the article's body: its tags and its read count. */
import { html, nothing, type TemplateResult } from 'lit';
import { formatNumber, pluralCategory } from '../../i18n/format.js';
import type { ArticleView } from './article-view.js';

export function renderTags({ item, messages }: ArticleView): TemplateResult | typeof nothing {
  if (item.tags.length === 0) return nothing;
  return html`<ul part="tags" aria-label=${messages.tags}>
    ${item.tags.map((tag) => html`<li part="tag">${tag}</li>`)}
  </ul>`;
}

/**
 * "Artikel ini telah dibaca 20 kali" / "This article has been read 20 times": the number in the
 * UI locale, the sentence by that locale's plural rules.
 */
export function renderReadCount({
  item,
  locale,
  messages,
  uiLang,
}: ArticleView): TemplateResult | typeof nothing {
  // No count in the feed (or none yet): a "read 0 times" line would say nothing useful.
  if (item.views === undefined || item.views <= 0) return nothing;
  const text = messages.readCount(formatNumber(item.views, locale), pluralCategory(item.views, locale));
  return html`<p part="views" lang=${uiLang('readCount') ?? nothing}>${text}</p>`;
}
