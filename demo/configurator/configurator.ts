// The embed configurator: a form, a live preview and the exact snippet to copy.
import '../../src/define.js';
import { FeedStore } from '../../src/feed/store.js';
import { FeedError } from '../../src/feed/errors.js';
import type { FeedFormat } from '../../src/feed/types.js';
import {
  elementMarkup,
  gridColumns,
  npmSnippet,
  scriptTagSnippet,
  attributesFor,
  type EmbedOptions,
  type WidgetTag,
} from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const classic = document.querySelector<HTMLElement>('#snippet-classic')!;
const npm = document.querySelector<HTMLElement>('#snippet-npm')!;
const status = document.querySelector<HTMLElement>('#feed-status')!;
// A store of its own, so validation reports what a fresh page would see. The preview uses it too:
// the preview and the check of one feed URL share one request.
const validator = new FeedStore();

/**
 * How long typing must pause before the feed is fetched: typing a URL character by character
 * would otherwise fetch every prefix of it (11 requests for one short URL).
 */
const TYPING_PAUSE_MS = 400;

/** The grid layout's limit in the configurator: 6 cards fill rows of 1, 2 or 3. */
const GRID_LIMIT = 6;
const DEFAULT_LIMIT = 5;

const FORMAT_NAMES: Record<FeedFormat, string> = {
  'json-feed': 'JSON Feed',
  wordpress: 'WordPress',
  rss: 'RSS',
  atom: 'Atom',
};

function readOptions(): EmbedOptions {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '');
  const limit = Number(text('limit'));
  return {
    tag: text('tag') as WidgetTag,
    feed: new URL(text('feed') || '/feed.json', location.href).href,
    articleId: text('article-id'),
    region: text('region'),
    limit: Number.isInteger(limit) && limit > 0 ? limit : undefined,
    layout: text('layout') as EmbedOptions['layout'],
    locale: text('locale'),
    linkParams: text('link-params'),
    theme: text('theme') as EmbedOptions['theme'],
  };
}

/**
 * Shows a snippet so that it wraps only at its spaces: each run of other characters is one
 * unbreakable span (a line may otherwise break after any hyphen: "news-" / "widgets.iife.js").
 * The text, and so what Copy copies, is the snippet's exactly.
 */
function showSnippet(target: HTMLElement, snippet: string): void {
  target.replaceChildren(
    ...snippet.split(/(\s+)/).map((part) => {
      if (part === '' || /^\s/.test(part)) return part;
      const token = document.createElement('span');
      token.className = 'token';
      token.textContent = part;
      return token;
    }),
  );
}

/** The snippets follow every keystroke: they cost nothing. */
function renderSnippets(options: EmbedOptions): void {
  showSnippet(classic, scriptTagSnippet(options));
  showSnippet(npm, npmSnippet(options));
  preview.dataset.markup = elementMarkup(options);
}

/** The preview is a real widget: it is rebuilt only once typing pauses. */
function renderPreview(options: EmbedOptions): void {
  const element = document.createElement(options.tag);
  for (const [name, value] of attributesFor(options)) element.setAttribute(name, value);
  if ('store' in element) element.store = validator;
  preview.replaceChildren(element);
  fitGrid();
}

/**
 * A grid preview never leaves one card alone on its last row: as many columns as fit (cards of
 * 12em at least), fewer when that would orphan the last card. Set through the grid's own knob,
 * as a percentage of the grid's width, so exactly that many columns fit.
 */
function fitGrid(): void {
  const element = preview.firstElementChild as HTMLElement | null;
  if (!element || element.localName !== 'related-list') return;
  if (element.getAttribute('layout') !== 'grid') {
    element.style.removeProperty('--news-list-grid-min');
    return;
  }
  const em = 16;
  const gap = em;
  const width = element.getBoundingClientRect().width || preview.clientWidth;
  const fits = Math.max(1, Math.floor((width + gap) / (12 * em + gap)));
  const columns = gridColumns(Number(element.getAttribute('limit') ?? DEFAULT_LIMIT), fits);
  // 1px under the exact share: rounding never drops a column.
  element.style.setProperty(
    '--news-list-grid-min',
    `calc((100% - ${columns - 1} * var(--news-list-grid-gap, 1em)) / ${columns} - 1px)`,
  );
}
new ResizeObserver(fitGrid).observe(preview);

let validation = 0;
let checkedFeed: string | undefined;
async function validate(feed: string): Promise<void> {
  checkedFeed = feed;
  const run = ++validation;
  status.textContent = 'Checking the feed…';
  status.className = '';
  try {
    const result = await validator.refresh(feed, { maxAgeMs: 5_000 });
    if (run !== validation) return;
    status.textContent = `Feed OK: ${FORMAT_NAMES[result.format] ?? result.format}, ${result.items.length} articles.`;
    status.className = 'ok';
  } catch (error) {
    if (run !== validation) return;
    status.textContent =
      error instanceof FeedError ? `Feed error (${error.code}): ${error.message}` : String(error);
    status.className = 'bad';
  }
}

function showFields(options: EmbedOptions): void {
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    field.hidden = !field.dataset.for!.split(' ').includes(options.tag);
  }
}

let pause: ReturnType<typeof setTimeout> | undefined;
/** After a pause in typing: the preview, and the feed check when the feed URL changed. */
function settle(): void {
  clearTimeout(pause);
  pause = undefined;
  const options = readOptions();
  renderPreview(options);
  if (options.tag !== 'dark-mode-toggle' && options.feed !== checkedFeed) void validate(options.feed);
}

function update(): void {
  const options = readOptions();
  showFields(options);
  renderSnippets(options);
  clearTimeout(pause);
  pause = setTimeout(settle, TYPING_PAUSE_MS);
}

form.addEventListener('input', (event) => {
  const field = event.target as HTMLInputElement | HTMLSelectElement;
  // A grid of the default five would leave a card alone on its last row.
  const limit = form.elements.namedItem('limit') as HTMLInputElement;
  if (field.name === 'layout' && field.value === 'grid' && Number(limit.value) === DEFAULT_LIMIT) {
    limit.value = String(GRID_LIMIT);
  }
  update();
});
// Leaving a field (or choosing from a list) needs no pause.
form.addEventListener('change', () => {
  if (pause !== undefined) settle();
});
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-copy]')) {
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset.copy!)!.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = 'Copied';
    } catch {
      button.textContent = 'Select and copy';
    }
    setTimeout(() => (button.textContent = 'Copy'), 1500);
  });
}

showFields(readOptions());
renderSnippets(readOptions());
settle();
