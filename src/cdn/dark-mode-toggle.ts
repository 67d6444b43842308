/** `dist/cdn/elements/dark-mode-toggle.js`: what the classic script's loader imports for the toggle. */
export { useEarlyRequests } from '../feed/early-requests.js';
/** Both tags, as the npm entry does: `dark-mode-toggle` may be another library's element. */
export { defineToggleTags as define } from '../components/dark-mode-toggle/dark-mode-toggle.js';
