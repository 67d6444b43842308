/**
 * The feed readers that load on demand, the first time a response needs them: a page whose feeds
 * are JSON Feeds never downloads them.
 */
import { lazyModule } from '../lazy-module.js';
import { FeedError, PREFIX } from './errors.js';

/** The WordPress reader, for a JSON response that is not a JSON Feed. */
export const wordpressReader = lazyModule(() => import('./wordpress.js'));
export type WordPressReader = typeof import('./wordpress.js');

/** The RSS and Atom reader, with the decoding of XML bodies (their encodings). */
export const xmlReader = lazyModule(() => import('./xml/index.js'));

/**
 * Loads a reader (`name`, for messages) for `feedUrl`. A reader that cannot be loaded (the CDN
 * folder only partly hosted) is a 'parse' error, with a console warning that says how to host it.
 */
export async function loadReader<T>(name: string, feedUrl: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    const message = `the ${name} reader could not be loaded (${String(error).slice(0, 200)})`;
    console.warn(
      `${PREFIX} ${message} for ${feedUrl}. Host the whole dist/cdn/ folder (the reader is a file of ` +
        'its own there); on another origin than the page, that folder must send ' +
        'Access-Control-Allow-Origin (parts load as modules)',
    );
    throw new FeedError('parse', message, { url: feedUrl, cause: error });
  }
}
