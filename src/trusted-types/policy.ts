/**
 * Trusted Types: our one named policy, `news-widgets`, and the only three things it will vouch for.
 *
 * On a page with `require-trusted-types-for 'script'`, every string that reaches an HTML or
 * script sink must come from a policy, and a page lists the policy names it allows. One name, one
 * policy: a second `createPolicy('news-widgets')` would be refused, so every part of the library
 * (the sanitizer, the feed's XML parser, structured data) asks this module. The policy object
 * never leaves it; its rules accept only the module-private token, which these functions hold:
 *
 * 1. `getParsePolicy`: a wrapper whose `createHTML` vouches for any string. It is for
 *    src/sanitize/ alone: DOMPurify gets it as `TRUSTED_TYPES_POLICY` to parse untrusted article
 *    HTML into an inert document (DOMParser is an HTML sink) and sanitize that; the sanitizer
 *    also vouches with it for its own sanitized output (`sanitizeToTrustedHTML`). Not exported
 *    from any package entry.
 * 2. `parseXmlDocument`: an RSS or Atom feed, parsed as XML (`DOMParser` is a sink for every type).
 *    An XML document runs no script and loads nothing; the adapters only read text out of it.
 * 3. `trustedScript`: the JSON-LD text of the one script element we create
 *    (`<script type="application/ld+json">`, never executed).
 *
 * Without Trusted Types (or when the page's `trusted-types` directive leaves our name out, which
 * is warned about once: NW-TT-POLICY) each returns what plain-string sinks accept.
 * Policy names a host page's `trusted-types` directive needs: `news-widgets` and `lit-html`; see
 * docs/security.md.
 */
import { warn } from '../sanitize/warn.js';

/** Our policy's name, for the host page's `trusted-types` CSP directive. */
export const TRUSTED_TYPES_POLICY_NAME = 'news-widgets';

/** An opaque TrustedHTML / TrustedScript object (typed locally: lib.dom has no Trusted Types). */
export type TrustedValue = object;

/** What DOMPurify's `TRUSTED_TYPES_POLICY` option needs. */
export interface ParsePolicy {
  readonly name: string;
  createHTML(input: string): TrustedValue;
  createScriptURL(input: string): TrustedValue;
}

interface NewsWidgetsPolicy {
  readonly name: string;
  createHTML(input: string, token?: symbol): TrustedValue;
  createScript(input: string, token?: symbol): TrustedValue;
}

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML: (input: string, token?: unknown) => string;
      createScript: (input: string, token?: unknown) => string;
    },
  ): NewsWidgetsPolicy;
}

/** Module-private: only the functions below hold it. */
const TOKEN = Symbol();

const vouch = (input: string, token?: unknown): string => {
  if (token !== TOKEN) throw new TypeError('news-widgets: not ours to trust');
  return input;
};

/** `undefined`: not tried yet; `null`: Trusted Types absent or our name refused. */
let policy: NewsWidgetsPolicy | null | undefined;
let parseWrapper: ParsePolicy | undefined;

function getPolicy(): NewsWidgetsPolicy | null {
  if (policy === undefined) {
    policy = null;
    const factory = (globalThis as { trustedTypes?: Partial<PolicyFactory> }).trustedTypes;
    try {
      policy =
        factory?.createPolicy?.(TRUSTED_TYPES_POLICY_NAME, { createHTML: vouch, createScript: vouch }) ??
        null;
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
 * DOMPurify falls back to its own behaviour). For src/sanitize/ only.
 */
export function getParsePolicy(): ParsePolicy | undefined {
  const p = getPolicy();
  if (p === null) return undefined;
  parseWrapper ??= {
    name: p.name,
    createHTML: (input: string) => p.createHTML(input, TOKEN),
    // DOMPurify demands this function; it is only called for script-URL attributes (script src,
    // embed src, object data), none of which the profile allows.
    createScriptURL: () => {
      throw new TypeError('news-widgets: no script URLs');
    },
  };
  return parseWrapper;
}

/**
 * Parses a feed as XML (`application/xml`: no HTML parsing rules, no scripts, external entities
 * never fetched). Throws what the page's CSP throws when it refuses both our policy and plain
 * strings; the caller reports it as an unreadable feed.
 */
export function parseXmlDocument(text: string): Document {
  const p = getPolicy();
  // lib.dom types the input as string; a TrustedHTML is what the sink accepts under TT.
  const input = p === null ? text : (p.createHTML(text, TOKEN) as unknown as string);
  return new DOMParser().parseFromString(input, 'application/xml');
}

/** JSON-LD text as TrustedScript where Trusted Types exist. For `jsonLdScript` only. */
export function trustedScript(text: string): TrustedValue | string {
  const p = getPolicy();
  return p === null ? text : p.createScript(text, TOKEN);
}
