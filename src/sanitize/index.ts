/** The sanitization seam: the only module that turns feed HTML into DOM. */
export { sanitizeArticleHtml, sanitizeToString, type SanitizeOptions } from './sanitize.js';
export {
  jsonLdScript,
  sanitizeToTrustedHTML,
  TRUSTED_TYPES_POLICY_NAME,
  type TrustedValue,
} from './trusted-types.js';
