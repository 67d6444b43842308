/**
 * Security warnings (the sanitizer, Trusted Types) carry a code (`NW-SANITIZE-*`, `NW-TT-*`) so a
 * page author can search docs/security.md for it. They are security-relevant, so not dev-only.
 */
const seen = new Set<string>();

/** Logs `[news-widgets] CODE: message`; with `once`, only the first time per code. */
export function warn(code: string, message: string, detail?: unknown, once = false): void {
  if (once) {
    if (seen.has(code)) return;
    seen.add(code);
  }
  const text = `[news-widgets] ${code}: ${message}`;
  if (detail === undefined) console.warn(text);
  else console.warn(text, detail);
}
