/**
 * The pre-paint snippet as a string, for hosts that render `<head>` on a server and inline it
 * (React/Vue/Astro layouts, CMS templates). It is the exact text of `prepaint.js`, which the build
 * also ships as `dist/cdn/news-widgets-theme.js` for `<script src>`; a test keeps the two equal.
 *
 * Put it in `<head>` before any stylesheet that reads `[data-theme]`. It applies a stored choice
 * (`light`/`dark` under the localStorage key `news-widgets-theme`, or the script element's
 * `data-storage-key`) as `data-theme` and `color-scheme` on `<html>` before the first paint, so a
 * reader who chose dark never sees a light flash. Nothing stored: it does nothing, and the page's
 * own CSS follows `prefers-color-scheme`. No `document.write`, no globals, ES5.
 */
export const PREPAINT_SCRIPT =
  '!function(d,s){try{var k=s&&s.getAttribute("data-storage-key")||"news-widgets-theme",v=localStorage.getItem(k),e=d.documentElement;if(v=="light"||v=="dark"){e.setAttribute("data-theme",v);e.style.colorScheme=v}}catch(x){}}(document,document.currentScript)';

/**
 * CSP source for the inline snippet: `script-src 'self' 'sha256-...'`. Valid only for exactly
 * `PREPAINT_SCRIPT` between `<script>` and `</script>` (no added whitespace or newline).
 */
export const PREPAINT_CSP_HASH = "'sha256-onMF/qcc5ec6zb9WpbNcRKZSTXXtKoHDTdYree6rKz4='";
