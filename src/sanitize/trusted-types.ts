/**
 * The sanitizer's two outputs that must pass a Trusted Types sink: sanitized HTML as TrustedHTML,
 * and JSON-LD script text. The policy itself lives in src/trusted-types/policy.ts, shared with
 * the feed's XML parser: a page allows one `news-widgets` policy, so one module holds it.
 */
import { getParsePolicy, trustedScript, type TrustedValue } from '../trusted-types/policy.js';
import { purify, serialize } from './purifier.js';
import type { SanitizeOptions } from './sanitize.js';
import { warn } from './warn.js';

export { TRUSTED_TYPES_POLICY_NAME, type TrustedValue } from '../trusted-types/policy.js';

/**
 * Sanitizes `html` with the news profile and returns it as TrustedHTML where Trusted Types exist
 * (a plain string elsewhere), for code that must hand HTML to a sink. Only the sanitized string is
 * ever vouched for. Prefer `sanitizeArticleHtml`, which returns nodes.
 */
export function sanitizeToTrustedHTML(html: unknown, options?: SanitizeOptions): TrustedValue | string {
  const parsePolicy = getParsePolicy();
  try {
    const clean = serialize(purify(html, options, parsePolicy));
    return parsePolicy ? parsePolicy.createHTML(clean) : clean;
  } catch (error) {
    warn('NW-SANITIZE-FAILED', 'sanitizing failed; rendered empty', error);
    return '';
  }
}

/** `JSON.stringify`, safe inside a script element: no `<` (so no `</script>` or `<!--`). */
function toJsonLdText(data: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(data);
  } catch (error) {
    warn('NW-JSONLD-DATA', 'JSON-LD data not serializable; emitted {}', error);
  }
  return (json ?? '{}')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The one path for structured data: a `<script type="application/ld+json">` whose text is set
 * through the `news-widgets` policy (TrustedScript) where Trusted Types exist. The browser never
 * executes this type; the policy is what `require-trusted-types-for 'script'` demands for any
 * script text. Never throws; if the page refuses both our policy and plain strings, the element
 * is returned empty (warning NW-TT-JSONLD).
 */
export function jsonLdScript(data: unknown): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  try {
    // lib.dom types textContent as string; a TrustedScript is what the sink accepts under TT.
    script.textContent = trustedScript(toJsonLdText(data)) as unknown as string;
  } catch (error) {
    warn('NW-TT-JSONLD', 'CSP refused JSON-LD text; left out', error, true);
  }
  return script;
}
