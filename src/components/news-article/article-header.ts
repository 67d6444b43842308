/**
 * The rows above the hero: the meta line (category and published date), the headline and the
 * byline with its writer badge, as on the seed page.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { safeUrl } from '../../feed/url-policy.js';
import { formatShortDate } from '../../i18n/format.js';
import { dateOffset, machineDate, type ShownTitle } from '../shared/item-text.js';
import { validDate, type ArticleView } from './article-view.js';

/** Real heading elements, chosen from this fixed list only (never from input). */
const HEADINGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

const badgeIcon = svg`<path fill="currentColor" fill-rule="evenodd" clip-rule="evenodd" d="M8.603 3.799A4.49 4.49 0 0 1 12 2.25c1.357 0 2.573.6 3.397 1.549a4.49 4.49 0 0 1 3.498 1.307 4.491 4.491 0 0 1 1.307 3.497A4.49 4.49 0 0 1 21.75 12a4.49 4.49 0 0 1-1.549 3.397 4.491 4.491 0 0 1-1.307 3.497 4.491 4.491 0 0 1-3.497 1.307A4.49 4.49 0 0 1 12 21.75a4.49 4.49 0 0 1-3.397-1.549 4.49 4.49 0 0 1-3.498-1.306 4.491 4.491 0 0 1-1.307-3.498A4.49 4.49 0 0 1 2.25 12c0-1.357.6-2.573 1.549-3.397a4.49 4.49 0 0 1 1.307-3.497 4.49 4.49 0 0 1 3.497-1.307Zm7.007 6.387a.75.75 0 1 0-1.22-.872l-3.236 4.53L9.53 12.22a.75.75 0 0 0-1.06 1.06l2.25 2.25a.75.75 0 0 0 1.14-.094l3.75-5.25Z"/>`;

/** Category and published date; nothing when the feed gives neither. */
export function renderMeta({ item, locale, dateLang }: ArticleView): TemplateResult | typeof nothing {
  const date = validDate(item.published) ? item.published : undefined;
  if (!item.category && !date) return nothing;
  return html`<p class="meta">
    ${item.category ? html`<span part="category">${item.category}</span>` : nothing}
    ${item.category && date ? html`<span aria-hidden="true"> · </span>` : nothing}
    ${
      date
        ? html`<time part="date" datetime=${machineDate(item, date)} lang=${dateLang ?? nothing}
            >${formatShortDate(date, locale, dateOffset(item))}</time
          >`
        : nothing
    }
  </p>`;
}

/**
 * The headline at `level` (1 to 6; anything else is clamped); for an untitled item, the "Photo"
 * label, which is a UI string (its language marked).
 */
export function renderHeadline({ uiLang }: ArticleView, title: ShownTitle, level: number): TemplateResult {
  const clamped = Math.min(6, Math.max(1, Math.trunc(Number(level)) || 1));
  const tag = HEADINGS[clamped - 1]!;
  const lang = title.label ? uiLang('photo') : undefined;
  return staticHtml`<${tag} part="headline" class="headline" dir="auto" lang=${lang ?? nothing}>${title.text}</${tag}>`;
}

/** The writer badge and the authors, each linked when the feed gives a URL that passes the policy. */
export function renderByline({ item, messages, uiLang }: ArticleView): TemplateResult | typeof nothing {
  if (item.authors.length === 0) return nothing;
  const names = item.authors.map((author, index) => {
    const href = safeUrl(author.url, 'link');
    const name = href
      ? html`<a href=${href} rel="author">${author.name}</a>`
      : html`<span class="author-name">${author.name}</span>`;
    return index === 0 ? name : html`, ${name}`;
  });
  return html`<p part="author" class="byline">
    <svg part="badge" viewBox="0 0 24 24" aria-hidden="true" focusable="false">${badgeIcon}</svg>
    <span class="vh" lang=${uiLang('writer') ?? nothing}>${messages.writer}:</span>
    <span>${names}</span>
  </p>`;
}
