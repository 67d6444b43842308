/**
 * The console diagnostics themselves, loaded by diagnostics.ts the first time something is wrong:
 * what is wrong, on which element (as it is written in the page) and how to fix it, once per
 * element and cause, never once per render.
 */
import { preview } from '../../feed/describe.js';
import { PREFIX, type FeedError } from '../../feed/errors.js';
import { normalizeName } from '../../feed/select/rank.js';
import type { NewsItem } from '../../feed/types.js';
import { FOREIGN, isQuiet, type Message } from './diagnostics.js';

/** The causes each element has reported already. */
const reported = new WeakMap<Element, Set<string>>();

function silenced(): boolean {
  if (isQuiet()) return true;
  const meta = globalThis.document?.querySelector('meta[name="news-widgets"]');
  return /(^|[\s,])quiet([\s,]|$)/i.test(meta?.getAttribute('content') ?? '');
}

/** Attributes an element sets on itself, or reflects by default: not what the author wrote. */
const SELF_SET = new Map([
  ['aria-busy', undefined],
  ['loading', 'eager'],
  ['layout', 'list'],
]);

/** `<trending-region region="Kaltimm" feed="/feed.json">`: the element as the page writes it. */
function describe(element: Element): string {
  const attributes = Array.from(element.attributes)
    .filter(({ name, value }) => !SELF_SET.has(name) || (SELF_SET.get(name) ?? value) !== value)
    .map(({ name, value }) => {
      return value === '' ? ` ${name}` : ` ${name}="${preview(value, 80)}"`;
    });
  return `<${element.localName}${attributes.join('')}>`;
}

/**
 * Prints `[news-widgets] <tag attrs>: message` once for this element and `cause` (a string that
 * names the cause and the values it depends on, e.g. `http 404 /feed.json`). A message given as a
 * function is written only then: a widget in a bad state asks on every update.
 */
export function diagnose(element: Element, cause: string, message: Message): void {
  let causes = reported.get(element);
  if (causes?.has(cause) || silenced()) return;
  if (!causes) reported.set(element, (causes = new Set()));
  causes.add(cause);
  const text = typeof message === 'string' ? message : message({ few, regionsOf });
  console.warn(`${PREFIX} ${describe(element)}: ${text}`);
}

/** Global HTML attributes (https://html.spec.whatwg.org/#global-attributes), which any element takes. */
const GLOBAL = new Set(
  (
    'exportparts inert popover is nonce autofocus draggable spellcheck translate contenteditable ' +
    'enterkeyhint inputmode accesskey autocapitalize autocorrect writingsuggestions itemid itemprop ' +
    'itemref itemscope itemtype xmlns'
  ).split(' '),
);

/** Whether an attribute name is the page's or a framework's business (and Lit SSR's `defer-hydration`). */
function foreign(name: string): boolean {
  return FOREIGN.test(name) || GLOBAL.has(name) || name === 'defer-hydration';
}

/** Edit distance (insertions, deletions, substitutions), for "did you mean". */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Warns about each attribute of `element` that is not in `known` (its observed attributes). */
export function checkAttributes(element: Element, known: readonly string[]): void {
  for (const name of element.getAttributeNames()) {
    if (known.includes(name) || foreign(name)) continue;
    let nearest = '';
    let distance = Infinity;
    for (const candidate of known) {
      const d = levenshtein(name, candidate);
      if (d < distance) [nearest, distance] = [candidate, d];
    }
    // A near miss is a typo; otherwise say what the element takes.
    const hint =
      distance <= Math.max(2, Math.floor(nearest.length / 3))
        ? `did you mean "${nearest}"? Rename the attribute.`
        : `remove it; ${element.localName} takes: ${known.join(', ')}.`;
    diagnose(element, `attribute ${name}`, `unknown attribute "${name}": ${hint}`);
  }
}

/** What is wrong with a feed that failed, and how to fix it. */
export function feedErrorAdvice(error: FeedError, url: string | undefined): string | undefined {
  const { code, status } = error;
  const feed = url ? `the feed ${url}` : 'the feed';
  switch (code) {
    case 'no-feed':
      return 'no feed is set: add feed="URL" to it, or put it inside <news-provider feed="URL">.';
    case 'http':
      if (status === 404 || status === 410)
        return `${feed} was not found (HTTP ${status}): check the feed URL.`;
      if (status === 401 || status === 403)
        return `the server refused ${feed} (HTTP ${status}): the feed must be public; check its access rules.`;
      if (status === 429 || (status !== undefined && status >= 500))
        return `the server of ${feed} failed (HTTP ${status}); the reader can try again. If it lasts, check that server.`;
      return `the server answered HTTP ${status} for ${feed}: check the feed URL.`;
    case 'network':
      return `${feed} could not be reached (offline, a wrong host, or blocked): check the URL; the reader can try again.`;
    case 'timeout':
      return `the server of ${feed} did not answer in time; the reader can try again. If it lasts, check that server.`;
    case 'parse':
    case 'invalid-feed':
      return `${feed} is not a news feed (${error.message}): is this the feed URL? Widgets read JSON Feed, the WordPress REST API, RSS and Atom.`;
    case 'too-large':
      return `${feed} is too large (${error.message}): serve fewer items.`;
    case 'cors':
      // http-retry.ts has already said how to fix it, once per feed.
      return `${feed} cannot be read from this page (CORS, see the warning above).`;
    default:
      return undefined; // aborted: nothing went wrong
  }
}

/** `"a", "b", "c" and 7 more`: a few values of a list, quoted. */
export function few(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map((value) => JSON.stringify(value));
  return values.length > max ? `${shown.join(', ')} and ${values.length - max} more` : shown.join(', ');
}

/**
 * The regions a feed offers, most frequent first: an item's region (`_news.region`), else its
 * category names and tags, which is what `<trending-region>` matches (see `rankTrending`).
 */
export function regionsOf(items: readonly NewsItem[]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const item of items) {
    const names =
      item.region !== undefined
        ? [item.region]
        : [item.category, ...(item.categories ?? []), ...item.tags].filter((name) => name !== undefined);
    for (const name of new Set(names)) {
      const key = normalizeName(name);
      if (key === '') continue;
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { name, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count).map((entry) => entry.name);
}
