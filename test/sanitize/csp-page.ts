/**
 * Runs inside csp-page.html / csp-page-fallback.html, served with the strict CSP header
 * (`?strict-csp`, see test/server/csp.mjs). Records every CSP violation, exercises the sanitize
 * seam and JSON-LD, then posts a {@link CspReport} to the parent test page.
 */
import type { Vector } from './corpus.js';

export interface CspViolation {
  directive: string;
  blocked: string;
  sample: string;
}

export interface CspReport {
  ok: boolean;
  error?: string;
  mode: string;
  violations: CspViolation[];
  /** Whether `window.trustedTypes` exists in this browser. */
  hasTrustedTypes: boolean;
  /** Whether a plain string assignment to innerHTML threw (Trusted Types enforced). */
  ttEnforced: boolean;
  /** Violations reported for that probe (proves the listener sees real violations). */
  probeViolations: number;
  textLength: number;
  headings: string[];
  corpusVectors: number;
  unsafeTrees: string[];
  jsonLd: string;
  trustedHtmlRendered: boolean;
  hits: number;
}

const violations: CspViolation[] = [];
// Registered before anything else runs: the modules under test load through dynamic import.
window.addEventListener(
  'securitypolicyviolation',
  (event) => {
    violations.push({
      directive: event.effectiveDirective || event.violatedDirective,
      blocked: event.blockedURI,
      sample: event.sample,
    });
  },
  true,
);

let hits = 0;
(window as { __xss?: () => void }).__xss = () => {
  hits++;
};

// A frame, or 100 ms when the tab is in the background and frames do not come.
const frame = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() => resolve());
    setTimeout(resolve, 100);
  });

const SAMPLE = `
  <h1>Banjir di Jakarta</h1>
  <p>Hujan deras <strong>sejak pagi</strong> membuat <a href="https://news.example/banjir">beberapa ruas jalan</a> tergenang.</p>
  <figure><img src="img/banjir.jpg" srcset="img/banjir-2x.jpg 2x" alt="Banjir" width="640" height="360"><figcaption>Foto</figcaption></figure>
  <h2>Data curah hujan</h2>
  <table><caption>mm</caption><tr><th scope="col">Stasiun</th><th scope="col">mm</th></tr><tr><td>Kemayoran</td><td>120</td></tr></table>
  <blockquote><p>Kutipan</p></blockquote>
  <iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe>
  <p onclick="__xss()" style="position:fixed">Selesai.</p>`;

async function run(): Promise<CspReport> {
  const mode = document.documentElement.dataset['mode'] ?? 'strict';
  const { sanitizeArticleHtml, sanitizeToTrustedHTML, jsonLdScript } =
    await import('../../src/sanitize/index.js');
  const { corpus } = (await import('./corpus.js')) as { corpus: Vector[] };
  const { assertSafeTree } = await import('./harness.js');
  const baseUrl = location.href;

  const host = document.getElementById('host')!;
  const root = host.attachShadow({ mode: 'open' });
  root.append(sanitizeArticleHtml(SAMPLE, { baseUrl }));

  // Every hostile vector, sanitized and rendered under the strict policy: a surviving inline
  // handler or script would show up as a script-src violation.
  const unsafeTrees: string[] = [];
  for (const vector of corpus) {
    const box = document.createElement('div');
    root.append(box);
    box.append(sanitizeArticleHtml(vector.html, { baseUrl }));
    try {
      assertSafeTree(box);
    } catch (error) {
      unsafeTrees.push(`${vector.name}: ${String(error)}`);
    }
  }

  // createHTML through our policy: the result is TrustedHTML, accepted by an HTML sink.
  // (In fallback mode our policy is refused, the value is a plain string, and the sink throws.)
  const template = document.createElement('template');
  try {
    template.innerHTML = sanitizeToTrustedHTML(
      '<p>trusted <em>html</em><img src=x onerror=__xss()></p>',
    ) as string;
  } catch {
    // reported as a violation; trustedHtmlRendered stays false
  }
  const trustedHtmlRendered = template.content.querySelector('em')?.textContent === 'html';

  const script = jsonLdScript({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Banjir </script><script>__xss()</script>',
  });
  document.head.append(script);

  await frame();
  await frame();
  await new Promise((resolve) => setTimeout(resolve, 50));

  // Probe last: a plain string to an HTML sink must throw when Trusted Types are enforced, and
  // its violation report arrives after every earlier one.
  const before = violations.length;
  let ttEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
  } catch {
    ttEnforced = true;
  }
  if (ttEnforced) await until(() => violations.length > before);
  const ours = violations.slice(0, before);

  return {
    ok: true,
    mode,
    violations: ours,
    hasTrustedTypes: 'trustedTypes' in window,
    ttEnforced,
    probeViolations: violations.length - before,
    textLength: root.textContent?.trim().length ?? 0,
    headings: Array.from(root.querySelectorAll('h1, h2')).map((h) => `${h.localName}:${h.textContent}`),
    corpusVectors: corpus.length,
    unsafeTrees,
    jsonLd: script.textContent ?? '',
    trustedHtmlRendered,
    hits,
  };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await frame();
}

run().then(
  (report) => parent.postMessage(report, location.origin),
  (error: unknown) =>
    parent.postMessage(
      { ok: false, error: String(error), violations } satisfies Partial<CspReport>,
      location.origin,
    ),
);
