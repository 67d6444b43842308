// The embed configurator: a form, a live preview and the exact snippet to copy.
import '../../src/define.js';
import { FeedStore } from '../../src/feed/store.js';
import { FeedError } from '../../src/feed/errors.js';
import { elementMarkup, npmSnippet, scriptTagSnippet, attributesFor, type EmbedOptions, type WidgetTag } from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#options')!;
const preview = document.querySelector<HTMLElement>('#preview')!;
const classic = document.querySelector<HTMLElement>('#snippet-classic')!;
const npm = document.querySelector<HTMLElement>('#snippet-npm')!;
const status = document.querySelector<HTMLElement>('#feed-status')!;
// A store of its own, so validation reports what a fresh page would see.
const validator = new FeedStore();

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

function renderPreview(options: EmbedOptions): void {
  const element = document.createElement(options.tag);
  for (const [name, value] of attributesFor(options)) element.setAttribute(name, value);
  preview.replaceChildren(element);
  classic.textContent = scriptTagSnippet(options);
  npm.textContent = npmSnippet(options);
  preview.dataset.markup = elementMarkup(options);
}

let validation = 0;
async function validate(feed: string): Promise<void> {
  const run = ++validation;
  status.textContent = 'Checking the feed…';
  status.className = '';
  try {
    const result = await validator.refresh(feed);
    if (run !== validation) return;
    status.textContent = `Feed OK: ${result.format === 'wordpress' ? 'WordPress' : 'JSON Feed'}, ${result.items.length} articles.`;
    status.className = 'ok';
  } catch (error) {
    if (run !== validation) return;
    status.textContent = error instanceof FeedError ? `Feed error (${error.code}): ${error.message}` : String(error);
    status.className = 'bad';
  }
}

function update(): void {
  const options = readOptions();
  for (const field of form.querySelectorAll<HTMLElement>('[data-for]')) {
    field.hidden = !field.dataset.for!.split(' ').includes(options.tag);
  }
  renderPreview(options);
}

form.addEventListener('input', update);
form.addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).name === 'feed') void validate(readOptions().feed);
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

update();
void validate(readOptions().feed);
