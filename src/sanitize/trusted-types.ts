/**
 * Trusted Types: our one named policy, `news-widgets`.
 *
 * On a page with `require-trusted-types-for 'script'`, every string that reaches an HTML or
 * script sink must come from a policy. We need exactly two such strings:
 *
 * 1. Untrusted article HTML, parsed by DOMPurify into an inert document (DOMParser is an HTML
 *    sink). DOMPurify receives a wrapper around this policy (config `TRUSTED_TYPES_POLICY`), so it
 *    never creates its own `dompurify` policy while ours exists. That wrapper alone passes the
 *    module-private PARSE token; anybody else calling `createHTML` gets the sanitized string.
 * 2. JSON-LD structured data: the only script element we ever create is
 *    `<script type="application/ld+json">`, whose text is `JSON.stringify` output with `<`
 *    escaped as `\u003c` (see {@link jsonLdScript}). `createScript` refuses every other caller.
 *
 * The policy is created lazily, once. If the page's `trusted-types` directive does not list our
 * name, creation throws: we warn once (NW-TT-POLICY), remember the failure, and fall back to what
 * still works (DOMPurify then tries its own `dompurify` policy).
 *
 * Policy names a host page's `trusted-types` directive needs: `news-widgets` and `lit-html`
 * (Lit's template policy); `dompurify` only for that fallback. See docs/security.md.
 */
import { purify, serialize, type ParsePolicy } from './purifier.js';
import type { SanitizeOptions } from './sanitize.js';
import { warn } from './warn.js';

/** Our policy's name, for the host page's `trusted-types` CSP directive. */
export const TRUSTED_TYPES_POLICY_NAME = 'news-widgets';

/** An opaque TrustedHTML / TrustedScript object (typed locally: lib.dom has no Trusted Types). */
export type TrustedValue = object;

interface NewsWidgetsPolicy {
  readonly name: string;
  createHTML(input: string, ...args: unknown[]): TrustedValue;
  createScript(input: string, ...args: unknown[]): TrustedValue;
}

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML: (input: string, ...args: unknown[]) => string;
      createScript: (input: string, ...args: unknown[]) => string;
    },
  ): NewsWidgetsPolicy;
}

/** Module-private tokens: only the parse wrapper and jsonLdScript hold them. */
const PARSE = Symbol();
const JSON_LD = Symbol();

/** `undefined`: not tried yet; `null`: Trusted Types absent or our name refused. */
let policy: NewsWidgetsPolicy | null | undefined;
let parseWrapper: ParsePolicy | undefined;

function getPolicy(): NewsWidgetsPolicy | null {
  if (policy === undefined) {
    policy = null;
    const factory = (globalThis as { trustedTypes?: Partial<PolicyFactory> }).trustedTypes;
    try {
      policy =
        factory?.createPolicy?.(TRUSTED_TYPES_POLICY_NAME, {
          createHTML: (input, mode, options) =>
            mode === PARSE
              ? input
              : serialize(purify(input, options as SanitizeOptions | undefined, getParsePolicy())),
          createScript: (input, mode) => {
            if (mode !== JSON_LD) throw new TypeError('news-widgets: JSON-LD only');
            return input;
          },
        }) ?? null;
    } catch (error) {
      warn(
        'NW-TT-POLICY',
        `CSP refused policy ${TRUSTED_TYPES_POLICY_NAME}; add it to trusted-types`,
        error,
        true,
      );
    }
  }
  return policy;
}

/**
 * What DOMPurify gets as `TRUSTED_TYPES_POLICY`: `undefined` when our policy is unavailable (then
 * DOMPurify falls back to its own behaviour). Internal to src/sanitize/.
 */
export function getParsePolicy(): ParsePolicy | undefined {
  const p = getPolicy();
  if (p === null) return undefined;
  parseWrapper ??= {
    name: p.name,
    createHTML: (input: string) => p.createHTML(input, PARSE),
    // DOMPurify demands this function; it is only called for script-URL attributes (script src,
    // embed src, object data), none of which the profile allows.
    createScriptURL: () => {
      throw new TypeError('news-widgets: no script URLs');
    },
  } as unknown as ParsePolicy;
  return parseWrapper;
}

/**
 * Sanitizes `html` with the news profile and returns it as TrustedHTML where Trusted Types exist
 * (a plain string elsewhere), for code that must hand HTML to a sink. Prefer
 * `sanitizeArticleHtml`, which returns nodes.
 */
export function sanitizeToTrustedHTML(html: unknown, options?: SanitizeOptions): TrustedValue | string {
  const p = getPolicy();
  if (p === null) return serialize(purify(html, options, undefined));
  try {
    return p.createHTML(typeof html === 'string' ? html : '', undefined, options);
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
  const text = toJsonLdText(data);
  const p = getPolicy();
  try {
    // lib.dom types textContent as string; a TrustedScript is what the sink accepts under TT.
    script.textContent = p === null ? text : (p.createScript(text, JSON_LD) as unknown as string);
  } catch (error) {
    warn('NW-TT-JSONLD', 'CSP refused JSON-LD text; left out', error, true);
  }
  return script;
}
