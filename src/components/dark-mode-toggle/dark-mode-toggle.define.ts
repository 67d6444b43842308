import { DarkModeToggle, defineToggleTags } from './dark-mode-toggle.js';

defineToggleTags();

declare global {
  interface HTMLElementTagNameMap {
    'dark-mode-toggle': DarkModeToggle;
    'news-dark-mode-toggle': DarkModeToggle;
  }
}

export { DarkModeToggle };
export type { ColorSchemeChangeDetail } from './dark-mode-toggle.js';
