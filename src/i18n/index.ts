export type { Messages } from './messages.js';
export { registerLocale, messagesFor, hasLocale } from './locales.js';
export { formatShortDate, formatDateTime, formatNumber, pluralCategory, safeLocale } from './format.js';
export { en } from './en.js';
export { id } from './id.js';
