// Exposes the pure pieces the benchmark times in the browser: parsing + ranking, and sanitizing
// against raw DOMPurify on the same input.
import DOMPurify from 'dompurify';
import { parseFeed } from '../src/feed/parse-feed.js';
import { rankTrending } from '../src/feed/select.js';
import { sanitizeToString } from '../src/sanitize/sanitize.js';

const regions = ['Kalimantan Timur', 'Kalimantan Utara', 'Kalimantan Selatan', 'Jawa Timur'];

function makeFeed(count: number): unknown {
  const items = [];
  for (let i = 0; i < count; i++) {
    items.push({
      id: `item-${i}`,
      url: `https://example.com/berita/${i}`,
      title: `Berita nomor ${i} dari ${regions[i % 4]}`,
      content_html: `<p>Isi berita ${i}.</p>`,
      date_published: new Date(Date.UTC(2025, 0, 1) + i * 3_600_000).toISOString(),
      tags: ['Balikpapan', `tag-${i % 17}`],
      _news: { category: 'Daerah', region: regions[i % 4], views: (i * 7919) % 5000 },
    });
  }
  return { version: 'https://jsonfeed.org/version/1.1', title: 'Bench', items };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void, runs: number): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

function makeBody(bytes: number): string {
  const chunk =
    '<p>Kota <strong>Balikpapan</strong> terus berupaya membangun <a href="https://example.com/x">birokrasi</a> yang bersih.</p>' +
    '<figure><img src="https://example.com/a.jpg" alt="x" width="10" height="10"><figcaption>Keterangan</figcaption></figure>' +
    '<p onclick="x()">Ia <em>berharap</em> <img src=x onerror=alert(1)> budaya integritas.</p><blockquote>Kutipan</blockquote>';
  return chunk.repeat(Math.ceil(bytes / chunk.length)).slice(0, bytes);
}

const console_warn = console.warn;

(window as unknown as { benchScaling: () => unknown }).benchScaling = () => {
  console.warn = () => {};
  const ranking = [100, 1_000, 10_000].map((count) => {
    const json = JSON.parse(JSON.stringify(makeFeed(count)));
    const parseMs = time(() => parseFeed(json, location.href), 5);
    const feed = parseFeed(json, location.href);
    const rankMs = time(() => rankTrending(feed.items, { region: 'kalimantan timur', limit: 5 }), 9);
    return { count, parseMs, rankMs };
  });
  const sanitizing = [10_000, 100_000, 1_000_000].map((bytes) => {
    const body = makeBody(bytes);
    const oursMs = time(() => sanitizeToString(body), bytes > 500_000 ? 3 : 7);
    const rawMs = time(() => DOMPurify.sanitize(body), bytes > 500_000 ? 3 : 7);
    return { bytes, oursMs, rawMs };
  });
  console.warn = console_warn;
  return { ranking, sanitizing };
};
