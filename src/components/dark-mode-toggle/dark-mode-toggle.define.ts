import { DarkModeToggle } from './dark-mode-toggle.js';

// `dark-mode-toggle` is also GoogleChromeLabs' unrelated element: when a page already has it,
// ours steps aside with a warning. `news-dark-mode-toggle` is always registered as well, so pages
// using a CDN bundle (no class to import for renaming) have an unambiguous tag.
DarkModeToggle.define();
DarkModeToggle.define('news-dark-mode-toggle');

declare global {
  interface HTMLElementTagNameMap {
    'dark-mode-toggle': DarkModeToggle;
    'news-dark-mode-toggle': DarkModeToggle;
  }
}

export { DarkModeToggle };
export type { ColorSchemeChangeDetail } from './dark-mode-toggle.js';
