import { expect } from '@open-wc/testing';
import { fetchFeedJson, parseRetryAfter } from '../../src/feed/http.js';
import { guardPageErrors, rejection } from './helpers.js';

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

  it('asks for JSON Feed or JSON and returns the decoded body', async () => {
    const { fetch, calls } = scripted(json({ ok: 1 }));
    expect(await fetchFeedJson(URL_, { fetch })).to.deep.equal({ ok: 1 });
    expect(new Headers(calls[0]!.init?.headers).get('accept')).to.equal(
      'application/feed+json, application/json',
    );
    expect(calls[0]!.init?.signal).to.be.instanceOf(AbortSignal);
  });

  it('retries network errors with backoff, then gives a network error', async () => {
    const { fetch, calls } = scripted(new TypeError('Failed to fetch'));
    const error = await rejection(fetchFeedJson(URL_, { fetch, backoffMs: 1 }));
    expect(error.code).to.equal('network');
    expect(error.message).to.contain('TypeError: Failed to fetch');
    expect(calls).to.have.length(3);
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

  it("gives 'parse' for non-JSON, naming what came as plain text", async () => {
    const { fetch } = scripted(
      new Response('<!doctype html>\n<html>', { headers: { 'content-type': 'text/html; charset=utf-8' } }),
    );
    const error = await rejection(fetchFeedJson(URL_, { fetch }));
    expect(error.code).to.equal('parse');
    expect(error.message).to.match(
      /^expected JSON but got text\/html starting with '<!doctype html> <html>'/,
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
