import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';
import {
  fetchFeedBody,
  fetchFeedJson,
  parseRetryAfter,
  unanswered,
  type LoadSettings,
} from '../../src/feed/http.js';
import { retryLoad } from '../../src/feed/http-retry.js';
import { captureWarnings, guardPageErrors, rejection } from './helpers.js';

const URL_ = 'https://feeds.example/feed.json';

/** A fetch that answers from a list of responses (or errors), one per call, recording each call. */
function scripted(...answers: (Response | Error | (() => Response))[]) {
  const calls: { url: string; init?: RequestInit }[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    calls.push({ url: String(input), init });
    const answer = answers[Math.min(calls.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) return Promise.reject(answer);
    return Promise.resolve(typeof answer === 'function' ? answer() : answer.clone());
  };
  return { fetch: fetchFn as typeof fetch, calls };
}

const json = (body: unknown, init: ResponseInit = {}): Response =>
  new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' }, ...init });

describe('fetchFeedJson', () => {
  guardPageErrors();

  it('asks for JSON Feed first, then JSON, RSS, Atom and XML, and returns the decoded body', async () => {
    const { fetch, calls } = scripted(json({ ok: 1 }));
    expect(await fetchFeedJson(URL_, { fetch })).to.deep.equal({ ok: 1 });
    expect(new Headers(calls[0]!.init?.headers).get('accept')).to.equal(
      'application/feed+json, application/json;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/xml;q=0.7, text/xml;q=0.7',
    );
    expect(calls[0]!.init?.signal).to.be.instanceOf(AbortSignal);
  });

  it('retries network errors with backoff, then gives a network error', async () => {
    const { fetch, calls } = scripted(new TypeError('Failed to fetch'));
    const error = await rejection(fetchFeedJson(URL_, { fetch, backoffMs: 1 }));
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('TypeError: Failed to fetch');
    // Three attempts, then a probe without CORS, which failed too: the network.
    expect(calls.map((call) => call.init?.mode ?? 'cors')).to.deep.equal(['cors', 'cors', 'cors', 'no-cors']);
  });

  it('retries a 502 and succeeds', async () => {
    const { fetch, calls } = scripted(new Response('bad gateway', { status: 502 }), json({ ok: 2 }));
    expect(await fetchFeedJson(URL_, { fetch, backoffMs: 1 })).to.deep.equal({ ok: 2 });
    expect(calls).to.have.length(2);
  });

  it('treats 4xx other than 429 as final', async () => {
    const { fetch, calls } = scripted(new Response('gone', { status: 410, statusText: 'Gone' }));
    const error = await rejection(fetchFeedJson(URL_, { fetch, backoffMs: 1 }));
    expect(error.status).to.equal(410);
    expect(error.message).to.equal(`HTTP 410 Gone from ${URL_}`);
    expect(calls).to.have.length(1);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const { fetch } = scripted(() => new Response('{}', { headers: { 'content-length': '999999' } }));
    const error = await rejection(fetchFeedJson(URL_, { fetch, maxBytes: 1000 }));
    expect(error.code).to.equal('too-large');
  });

  it('reads a Content-Length of digits only (no hex or exponent), and counts what arrives', async () => {
    for (const declared of ['0x600000', '1e9']) {
      const { fetch } = scripted(() => new Response('{"ok":1}', { headers: { 'content-length': declared } }));
      expect(await fetchFeedJson(URL_, { fetch, maxBytes: 1000 })).to.deep.equal({ ok: 1 });
    }
    // A bogus header that claims little does not spare a big body from being counted.
    const big = `{"x":"${'a'.repeat(2000)}"}`;
    const { fetch } = scripted(() => new Response(big, { headers: { 'content-length': '1e1' } }));
    expect((await rejection(fetchFeedJson(URL_, { fetch, maxBytes: 1000 }))).code).to.equal('too-large');
  });

  it('counts streamed bytes when there is no Content-Length', async () => {
    const chunk = new Uint8Array(600).fill(0x20);
    let pulled = 0;
    const { fetch } = scripted(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              pulled++;
              controller.enqueue(chunk);
            },
          }),
        ),
    );
    const error = await rejection(fetchFeedJson(URL_, { fetch, maxBytes: 1000 }));
    expect(error.code).to.equal('too-large');
    expect(pulled).to.be.below(5);
  });

  it('decodes UTF-8 split across chunks', async () => {
    const bytes = new TextEncoder().encode('{"t":"Balí – ok"}');
    const { fetch } = scripted(
      () =>
        new Response(
          new ReadableStream<Uint8Array>({
            start(controller) {
              for (const byte of bytes) controller.enqueue(new Uint8Array([byte]));
              controller.close();
            },
          }),
        ),
    );
    expect(await fetchFeedJson(URL_, { fetch })).to.deep.equal({ t: 'Balí – ok' });
  });

  it("gives 'parse' for an HTML page, naming what came as plain text and where the feed may be", async () => {
    const { fetch } = scripted(
      new Response('<!doctype html>\n<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    const error = await rejection(fetchFeedBody(URL_, { fetch }));
    expect(error.code).to.equal('parse');
    expect(error.message).to.equal(
      `expected a JSON, RSS or Atom feed but got text/html starting with '<!doctype html> <html>': an HTML page, not its feed (for WordPress, try /feed/) (${URL_})`,
    );
  });

  it("gives 'aborted' when the caller aborts, also during a backoff wait", async () => {
    const controller = new AbortController();
    const { fetch, calls } = scripted(new Response('', { status: 429, headers: { 'retry-after': '100' } }));
    const pending = fetchFeedJson(URL_, { fetch, signal: controller.signal, deadlineMs: 600_000 });
    while (calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort();
    expect((await rejection(pending)).code).to.equal('aborted');
    expect(calls).to.have.length(1);
  });

  it('falls back to the defaults for unusable numeric options', async () => {
    const big = JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) });
    const { fetch } = scripted(() => new Response(big));
    const error = await rejection(fetchFeedJson(URL_, { fetch, maxBytes: Number.NaN, timeoutMs: -1 }));
    expect(error.code, 'NaN must not mean "no limit"').to.equal('too-large');
  });

  it('parses Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2025-09-14T00:00:00Z');
    expect(parseRetryAfter('2', now)).to.equal(2000);
    expect(parseRetryAfter('Sun, 14 Sep 2025 00:00:05 GMT', now)).to.equal(5000);
    expect(parseRetryAfter('Sat, 13 Sep 2025 00:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });
});

describe('fetchFeedBody: XML and its encodings', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  const bytes = (...values: number[]): Uint8Array<ArrayBuffer> => new Uint8Array(values);
  const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
  const answer = (body: Uint8Array<ArrayBuffer> | string, type: string) =>
    scripted(() => new Response(body, { headers: { 'content-type': type } })).fetch;

  it('tells RSS from the body, whatever the Content-Type says', async () => {
    for (const type of ['text/html; charset=UTF-8', 'application/octet-stream', 'application/json']) {
      const rss = '\ufeff\n  <?xml version="1.0"?><rss version="2.0"><channel/></rss>';
      expect(await fetchFeedBody(URL_, { fetch: answer(rss, type) }), type).to.deep.equal({
        xml: '\n  <?xml version="1.0"?><rss version="2.0"><channel/></rss>',
      });
    }
    // JSON stays JSON, even when the server calls it XML.
    expect(await fetchFeedBody(URL_, { fetch: answer('{"a":1}', 'text/xml') })).to.deep.equal({
      json: { a: 1 },
    });
  });

  it('decodes the encoding the XML declaration names (ISO-8859-1, windows-1252)', async () => {
    // "Café – 1€" in windows-1252: é is 0xE9, the en dash 0x96, the euro sign 0x80.
    const title = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x31, 0x80];
    for (const label of ['ISO-8859-1', 'windows-1252']) {
      const body = bytes(
        ...ascii(`<?xml version="1.0" encoding="${label}"?><rss><t>`),
        ...title,
        ...ascii('</t></rss>'),
      );
      const { xml } = (await fetchFeedBody(URL_, { fetch: answer(body, 'application/rss+xml') })) as {
        xml: string;
      };
      expect(xml, label).to.contain('<t>Café – 1€</t>');
    }
  });

  it("prefers the header's charset to the declaration, and a byte order mark to both", async () => {
    const latin1 = bytes(...ascii('<?xml version="1.0" encoding="UTF-8"?><t>'), 0xe9, ...ascii('</t>'));
    const fromHeader = await fetchFeedBody(URL_, { fetch: answer(latin1, 'text/xml; charset=ISO-8859-1') });
    expect(fromHeader).to.deep.equal({ xml: '<?xml version="1.0" encoding="UTF-8"?><t>é</t>' });
    const utf8 = bytes(0xef, 0xbb, 0xbf, ...ascii('<t>'), 0xc3, 0xa9, ...ascii('</t>'));
    const fromBom = await fetchFeedBody(URL_, { fetch: answer(utf8, 'text/xml; charset=ISO-8859-1') });
    expect(fromBom).to.deep.equal({ xml: '<t>é</t>' });
  });

  it('reads UTF-16 by its byte order mark, as JSON or XML (PowerShell writes UTF-16)', async () => {
    const utf16 = (bom: number[], text: string, littleEndian: boolean) =>
      bytes(
        ...bom,
        ...Array.from(text).flatMap((char) => {
          const code = char.charCodeAt(0);
          return littleEndian ? [code & 0xff, code >> 8] : [code >> 8, code & 0xff];
        }),
      );
    const feed = '{"version":"https://jsonfeed.org/version/1.1","title":"Pontianak","items":[]}';
    const json = await fetchFeedBody(URL_, { fetch: answer(utf16([0xff, 0xfe], feed, true), 'text/plain') });
    expect(json).to.deep.equal({ json: JSON.parse(feed) });
    const xml = await fetchFeedBody(URL_, {
      fetch: answer(
        utf16([0xfe, 0xff], '<?xml version="1.0" encoding="UTF-16"?><t>é</t>', false),
        'text/xml',
      ),
    });
    expect(xml).to.deep.equal({ xml: '<?xml version="1.0" encoding="UTF-16"?><t>é</t>' });
    expect(warnings).to.deep.equal([]);
  });

  it('reads UTF-8 when the declaration names no encoding a browser knows, and says so', async () => {
    const body = bytes(
      ...ascii('<?xml version="1.0" encoding="x-klingon"?><t>'),
      0xc3,
      0xa9,
      ...ascii('</t>'),
    );
    const { xml } = (await fetchFeedBody(URL_, { fetch: answer(body, 'text/xml') })) as { xml: string };
    expect(xml).to.contain('<t>é</t>');
    expect(warnings).to.deep.equal([
      `[news-widgets] the feed ${URL_} declares the unknown encoding "x-klingon"; read as UTF-8`,
    ]);
  });
});

describe('fetchFeedBody: feeds on another site without CORS headers', () => {
  guardPageErrors();
  const warnings = captureWarnings();

  /** A server that answers, but without CORS: CORS requests fail, a no-cors probe gets an opaque answer. */
  function withoutCors() {
    const calls: RequestInit[] = [];
    const fetchFn = (_input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
      calls.push(init ?? {});
      return init?.mode === 'no-cors'
        ? Promise.resolve(new Response(null, { status: 200 }))
        : Promise.reject(new TypeError('Failed to fetch'));
    };
    return { fetch: fetchFn as typeof fetch, calls };
  }

  it("gives 'cors', not 'network', after the retries, and tells the developer which header to send", async () => {
    const url = 'https://portal.example/rss-cors-test.xml';
    const { fetch, calls } = withoutCors();
    const error = await rejection(fetchFeedBody(url, { fetch, backoffMs: 1 }));
    expect(error.code).to.equal('cors');
    expect(calls.map((call) => call.mode ?? 'cors')).to.deep.equal(['cors', 'cors', 'cors', 'no-cors']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`[news-widgets] the feed ${url} answered`);
    expect(warnings[0]).to.contain('"Access-Control-Allow-Origin: *"');
    expect(warnings[0]).to.contain(location.origin);
    // Once per feed, however often it is asked for.
    await rejection(fetchFeedBody(url, { fetch, backoffMs: 1 }));
    expect(warnings).to.have.length(1);
  });

  it("stays 'network' when the body is cut off after the response arrived (CORS passed)", async () => {
    const calls: RequestInit[] = [];
    const cutOff = ((_input: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init ?? {});
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('<rss>'));
          controller.error(new TypeError('network error'));
        },
      });
      return Promise.resolve(new Response(body));
    }) as typeof fetch;
    const error = await rejection(
      fetchFeedBody('https://portal.example/cut.xml', { fetch: cutOff, backoffMs: 1 }),
    );
    expect(error.code).to.equal('network');
    expect(calls.every((call) => call.mode !== 'no-cors')).to.equal(true);
  });

  it('gives up on a probe that never answers when the attempt times out', async () => {
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      init?.mode === 'no-cors'
        ? new Promise<Response>((_, reject) =>
            init.signal?.addEventListener('abort', () => reject(new DOMException('', 'AbortError'))),
          )
        : Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch;
    const error = await rejection(
      fetchFeedBody('https://portal.example/hang.xml', { fetch: hanging, retries: 0, timeoutMs: 200 }),
    );
    expect(error.code).to.equal('timeout');
    expect(warnings).to.deep.equal([]);
  });

  it("stays 'network' for a feed on the page's own origin (no CORS involved)", async () => {
    const { fetch, calls } = withoutCors();
    const error = await rejection(fetchFeedBody(`${location.origin}/feed.xml`, { fetch, backoffMs: 1 }));
    expect(error.code).to.equal('network');
    expect(calls.every((call) => call.mode !== 'no-cors')).to.equal(true);
    expect(warnings).to.deep.equal([]);
  });
  /** The last attempt's error: no response at all (what a server without CORS headers gives). */
  function unansweredError(url: string): FeedError {
    const error = new FeedError('network', `request to ${url} failed`, { url });
    unanswered.add(error);
    return error;
  }

  const settingsFor = (fetchFn: typeof fetch, deadline: number): LoadSettings => ({
    fetchFn,
    timeoutMs: 10_000,
    retries: 0,
    maxBytes: 1_000_000,
    backoffMs: 1,
    deadline,
  });

  it("gives 'aborted', and asks nothing more, when the load was aborted while the retries loaded", async () => {
    const url = 'https://portal.example/aborted-meanwhile.xml';
    const { fetch, calls } = withoutCors();
    const controller = new AbortController();
    controller.abort();
    const error = await rejection(
      retryLoad(
        url,
        settingsFor(fetch, Date.now() + 10_000),
        { signal: controller.signal },
        unansweredError(url),
      ),
    );
    expect(error.code).to.equal('aborted');
    expect(calls).to.deep.equal([]);
  });

  it('keeps the network error when no time is left for the CORS check', async () => {
    const url = 'https://portal.example/no-time-left.xml';
    const { fetch, calls } = withoutCors();
    const error = await rejection(retryLoad(url, settingsFor(fetch, Date.now()), {}, unansweredError(url)));
    expect(error.code).to.equal('network');
    expect(calls).to.deep.equal([]);
  });

  it('checks CORS with time left, from the retry part alone', async () => {
    const url = 'https://portal.example/time-left.xml';
    const { fetch, calls } = withoutCors();
    const error = await rejection(
      retryLoad(url, settingsFor(fetch, Date.now() + 10_000), {}, unansweredError(url)),
    );
    expect(error.code).to.equal('cors');
    expect(calls.map((call) => call.mode)).to.deep.equal(['no-cors']);
  });
});
