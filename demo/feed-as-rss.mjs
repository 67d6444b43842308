// The demo's default feed (public/feed.json) as the RSS 2.0 a portal on WordPress publishes at
// /feed/: `content:encoded` for the body, `dc:creator`, one `category` per category, region and
// tag, `media:content` for the image, RFC 822 dates at the publisher's offset. RSS has no read
// counts, so a trending list on it ranks by date. Served at /rss.xml by demo/vite.config.ts.
const escape = (text) =>
  String(text).replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]);
const cdata = (html) => `<![CDATA[${String(html).replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/** `2025-06-30T09:00:00+08:00` → `Mon, 30 Jun 2025 09:00:00 +0800` (the wall-clock time as written). */
function rfc822(iso) {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d:\d\d:\d\d)([+-]\d\d):?(\d\d)$/.exec(iso ?? '');
  if (!match) return undefined;
  const [, y, m, d, time, zoneHours, zoneMinutes] = match;
  const day = new Date(Date.UTC(+y, +m - 1, +d)).toUTCString().slice(0, 3);
  const month = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ')[+m - 1];
  return `${day}, ${d} ${month} ${y} ${time} ${zoneHours}${zoneMinutes}`;
}

/** `origin` makes the feed's relative image URLs absolute, as real feeds write them. */
export function feedAsRss(feed, origin) {
  const items = feed.items.map((item) => {
    const news = item._news ?? {};
    const categories = [news.category, news.region, ...(item.tags ?? [])].filter(Boolean);
    const date = rfc822(item.date_published);
    const image = item.image && new URL(item.image, origin).href;
    return [
      '<item>',
      `<title>${escape(item.title)}</title>`,
      `<link>${escape(item.url)}</link>`,
      `<guid isPermaLink="false">${escape(item.id)}</guid>`,
      date && `<pubDate>${date}</pubDate>`,
      ...(item.authors ?? []).map((author) => `<dc:creator>${cdata(author.name)}</dc:creator>`),
      ...categories.map((name) => `<category>${cdata(name)}</category>`),
      item.summary && `<description>${cdata(item.summary)}</description>`,
      item.content_html && `<content:encoded>${cdata(item.content_html)}</content:encoded>`,
      image &&
        `<media:content url="${escape(image)}" medium="image"${news.image_width ? ` width="${news.image_width}" height="${news.image_height}"` : ''}>` +
          (news.image_caption ? `<media:description>${escape(news.image_caption)}</media:description>` : '') +
          '</media:content>',
      '</item>',
    ]
      .filter(Boolean)
      .join('\n  ');
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>${escape(feed.title)}</title>
<link>${escape(feed.home_page_url ?? origin)}</link>
<description>${escape(feed.description ?? '')}</description>
<language>${escape(feed.language ?? 'id')}</language>
${items.join('\n')}
</channel>
</rss>
`;
}
