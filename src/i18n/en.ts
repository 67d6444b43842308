import type { Messages } from './messages.js';

/** English. */
export const en: Messages = {
  loading: 'Loading articles…',
  empty: 'No articles to show yet.',
  retry: 'Try again',
  errors: {
    network: 'The news could not be loaded: check your connection.',
    timeout: 'The news server took too long to answer.',
    http: 'The news server refused the request.',
    parse: 'The news server sent data that could not be read.',
    'invalid-feed': 'The news server did not send a valid news feed.',
    'too-large': 'The news feed is too large to load.',
    aborted: 'Loading the news was cancelled.',
    'no-feed': 'No news feed address is set.',
    cors: 'This news feed does not allow other sites to show it.',
  },
  serverTrouble: 'The news server is having trouble right now.',
  feedNotFound: 'The news feed was not found.',
  articleNotFound: 'The article was not found.',
  readCount: (count, category) =>
    category === 'one'
      ? `This article has been read ${count} time`
      : `This article has been read ${count} times`,
  photo: 'Photo',
  readFullArticle: 'Read the full article',
  enlarge: 'Enlarge',
  close: 'Close',
  writer: 'Writer',
  tags: 'Tags',
  relatedHeading: 'Read more',
  trendingHeading: 'Trending in the region',
  newItems: (count, category) => (category === 'one' ? `${count} new article` : `${count} new articles`),
  newItemsAnnouncement: (count, category) =>
    category === 'one' ? `${count} new article available` : `${count} new articles available`,
  rankingChanged: 'Ranking updated',
  rankingChangedAnnouncement: 'An updated ranking is available',
  darkMode: 'Dark mode',
  followSystem: 'Use system setting',
  followingSystem: 'Following system',
  rank: (position) => `Rank ${position}`,
  dateTimeSeparator: ' - ',
};
