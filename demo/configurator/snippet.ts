/**
 * Builds the embed snippet the configurator shows: the same options always give the same markup,
 * attribute values escaped, only attributes that differ from the defaults.
 */
export type WidgetTag = 'news-article' | 'related-list' | 'trending-region' | 'dark-mode-toggle';

export interface EmbedOptions {
  tag: WidgetTag;
  feed: string;
  articleId?: string;
  region?: string;
  limit?: number;
  layout?: 'list' | 'compact' | 'grid';
  locale?: string;
  linkParams?: string;
  theme?: 'light' | 'dark' | '';
}

/**
 * A placeholder, not a real CDN: the snippet says so, and the page shows how to host the script
 * yourself (copy `dist/cdn/` to your site; the script loads its other parts from its own folder).
 */
export const CDN_SCRIPT = 'https://cdn.example.com/news-widgets/dist/cdn/news-widgets.iife.js';

/** The comment above the placeholder script tag: a pasted snippet still says what to replace. */
export const CDN_PLACEHOLDER_NOTE =
  '<!-- Replace cdn.example.com: copy dist/cdn/ to your site and point src at its news-widgets.iife.js -->';

const escapeAttribute = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The attributes for the chosen widget, in a stable order. */
export function attributesFor(options: EmbedOptions): [string, string][] {
  const attributes: [string, string][] = [];
  const add = (name: string, value: string | number | undefined) => {
    if (value !== undefined && value !== '') attributes.push([name, String(value)]);
  };
  if (options.tag !== 'dark-mode-toggle') add('feed', options.feed.trim());
  if (options.tag === 'news-article' || options.tag === 'related-list')
    add('article-id', options.articleId?.trim());
  if (options.tag === 'trending-region') add('region', options.region?.trim());
  if (options.tag === 'related-list' || options.tag === 'trending-region') {
    if (options.limit !== undefined && options.limit !== 5) add('limit', options.limit);
  }
  if (options.tag === 'related-list' && options.layout && options.layout !== 'list')
    add('layout', options.layout);
  add('locale', options.locale);
  if (options.tag !== 'dark-mode-toggle') add('link-params', options.linkParams?.trim());
  if (options.theme && options.tag !== 'dark-mode-toggle') add('theme', options.theme);
  return attributes;
}

/** `<trending-region feed="..." region="..."></trending-region>` */
export function elementMarkup(options: EmbedOptions): string {
  const attrs = attributesFor(options)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return `<${options.tag}${attrs}></${options.tag}>`;
}

/** What a partner pastes into a CMS page. */
export function scriptTagSnippet(options: EmbedOptions, scriptUrl = CDN_SCRIPT): string {
  const note = scriptUrl === CDN_SCRIPT ? `${CDN_PLACEHOLDER_NOTE}\n` : '';
  return `${note}<script src="${escapeAttribute(scriptUrl)}" defer></script>\n${elementMarkup(options)}`;
}

/** What a developer writes with the npm package. */
export function npmSnippet(options: EmbedOptions): string {
  return `// npm install news-widgets\nimport 'news-widgets/${options.tag}.js';\n\n// in your markup:\n${elementMarkup(options)}`;
}

/**
 * Columns for a grid of `count` cards when `fits` fit side by side: the most that leave no card
 * alone on the last row (6 cards in 3 columns, 5 in 3 and 2; 4 in 2 rather than 3 and 1), else
 * one more, slightly narrower (7 in 4 and 3 rather than 3, 3 and 1), else one column.
 */
export function gridColumns(count: number, fits: number): number {
  const fit = (columns: number) => columns > 1 && (count <= columns || count % columns !== 1);
  const most = Math.max(1, Math.min(Math.floor(fits), Math.floor(count)));
  for (let columns = most; columns > 1; columns--) if (fit(columns)) return columns;
  return fits >= 2 && fit(most + 1) ? most + 1 : 1;
}
