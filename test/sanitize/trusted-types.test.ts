import { expect } from '@open-wc/testing';
import { jsonLdScript, sanitizeToTrustedHTML, TRUSTED_TYPES_POLICY_NAME } from '../../src/sanitize/index.js';
import type { CspReport } from './csp-page.js';

interface TrustedTypesGlobal {
  isHTML(value: unknown): boolean;
  isScript(value: unknown): boolean;
}
const trustedTypes = (window as { trustedTypes?: TrustedTypesGlobal }).trustedTypes;

/** Loads `page` (served with the strict CSP header) in a same-origin iframe; resolves with its report. */
function runCspPage(page: string): Promise<CspReport> {
  return new Promise((resolve) => {
    const iframe = document.createElement('iframe');
    const onMessage = (event: MessageEvent) => {
      if (event.source !== iframe.contentWindow) return;
      window.removeEventListener('message', onMessage);
      iframe.remove();
      resolve(event.data as CspReport);
    };
    window.addEventListener('message', onMessage);
    iframe.src = `/test/sanitize/${page}?strict-csp`;
    document.body.append(iframe);
  });
}

describe('jsonLdScript', () => {
  it('creates <script type="application/ld+json"> with JSON whose "<" is escaped', () => {
    const data = { '@type': 'NewsArticle', headline: '</script><script>alert(1)</script><!--' };
    const script = jsonLdScript(data);
    expect(script.localName).to.equal('script');
    expect(script.type).to.equal('application/ld+json');
    expect(script.textContent).not.to.contain('<');
    expect(script.textContent).to.contain('\\u003c/script>');
    expect(JSON.parse(script.textContent!)).to.deep.equal(data);
  });

  it('never throws: unserializable data becomes {}', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const warn = console.warn;
    console.warn = () => {};
    try {
      expect(jsonLdScript(cyclic).textContent).to.equal('{}');
      expect(jsonLdScript(undefined).textContent).to.equal('{}');
      expect(jsonLdScript(10n).textContent).to.equal('{}');
    } finally {
      console.warn = warn;
    }
  });
});

describe('Trusted Types policy "news-widgets"', () => {
  it('is named news-widgets', () => {
    expect(TRUSTED_TYPES_POLICY_NAME).to.equal('news-widgets');
  });

  it('creates sanitized TrustedHTML where Trusted Types exist (a string elsewhere)', () => {
    const value = sanitizeToTrustedHTML('<h1>t</h1><img src="https://cdn.example/a.jpg" onerror="__xss()">');
    if (trustedTypes) expect(trustedTypes.isHTML(value)).to.equal(true);
    else expect(value).to.be.a('string');
    expect(String(value)).to.equal(
      '<h2>t</h2><img loading="lazy" decoding="async" src="https://cdn.example/a.jpg">',
    );
  });

  it('sets JSON-LD text as TrustedScript where Trusted Types exist', () => {
    // The element keeps the text; what we can observe is that it round-trips.
    expect(JSON.parse(jsonLdScript({ a: 1 }).textContent!)).to.deep.equal({ a: 1 });
  });
});

describe('under a strict CSP with require-trusted-types-for', () => {
  it('renders article HTML, the hostile corpus and JSON-LD with zero violations', async () => {
    const report = await runCspPage('csp-page.html');
    expect(report.ok, report.error).to.equal(true);
    expect(report.violations, JSON.stringify(report.violations)).to.deep.equal([]);
    expect(report.hits).to.equal(0);
    expect(report.unsafeTrees).to.deep.equal([]);
    expect(report.corpusVectors).to.be.at.least(100);
    expect(report.textLength).to.be.greaterThan(50);
    expect(report.headings).to.deep.equal(['h2:Banjir di Jakarta', 'h2:Data curah hujan']);
    expect(report.trustedHtmlRendered).to.equal(true);
    expect(JSON.parse(report.jsonLd).headline).to.equal('Banjir </script><script>__xss()</script>');
    // The policy really was enforced (both test browsers implement Trusted Types), and the
    // violation listener really sees violations: otherwise "zero violations" would prove nothing.
    expect(report.hasTrustedTypes, 'window.trustedTypes').to.equal(true);
    expect(report.ttEnforced, 'a string to innerHTML threw').to.equal(true);
    expect(report.probeViolations).to.be.at.least(1);
  });

  it('still renders article HTML when the page refuses our policy name (DOMPurify falls back to "dompurify")', async () => {
    const report = await runCspPage('csp-page-fallback.html');
    expect(report.ok, report.error).to.equal(true);
    expect(report.hits).to.equal(0);
    expect(report.unsafeTrees).to.deep.equal([]);
    expect(report.headings).to.deep.equal(['h2:Banjir di Jakarta', 'h2:Data curah hujan']);
    expect(report.ttEnforced, 'a string to innerHTML threw').to.equal(true);
    // Expected: our createPolicy refused (and DOMPurify's "dompurify" accepted: no second
    // trusted-types report), then the two string sinks we could no longer feed: the JSON-LD text
    // and this page's own TrustedHTML check. Nothing else.
    const refused = report.violations.filter((v) => v.directive === 'trusted-types');
    expect(refused.map((v) => v.sample)).to.deep.equal(['news-widgets']);
    const sinks = report.violations.filter((v) => v.directive === 'require-trusted-types-for');
    expect(sinks.map((v) => v.sample.split('|')[0]).sort()).to.deep.equal([
      'Element innerHTML',
      'HTMLScriptElement textContent',
    ]);
    expect(report.violations.length, JSON.stringify(report.violations)).to.equal(3);
    expect(report.jsonLd).to.equal('');
    expect(report.trustedHtmlRendered).to.equal(false);
  });
});
