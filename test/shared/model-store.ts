// A store that serves a normalized feed (`NewsFeed`, what the adapters produce) without a network
// or a parser: for widget specs about model states, so they test the widgets alone, whatever the
// adapters do with a given document. Each spec says which real document its items stand for.
import { FeedStore } from '../../src/feed/store.js';
import type { NewsFeed, NewsItem } from '../../src/feed/types.js';

/** Answers every load with the same feed, at once (cached: widgets render it in their first update). */
export class ModelStore extends FeedStore {
  constructor(readonly feed: NewsFeed) {
    super();
  }

  override load(): Promise<NewsFeed> {
    return Promise.resolve(this.feed);
  }

  override peek(): NewsFeed {
    return this.feed;
  }
}

/** A store serving these items as a JSON Feed in `language`. */
export function modelStore(items: NewsItem[], language = 'id'): ModelStore {
  return new ModelStore({ format: 'json-feed', title: 'Uji', language, items });
}

/** An item with the model's required fields, and `fields`. */
export function modelItem(fields: Partial<NewsItem> & Pick<NewsItem, 'id'>): NewsItem {
  return { title: '', contentHtml: '', authors: [], tags: [], related: [], ...fields };
}
