/**
 * Theming: the page's theme store (light / dark / system, shared by every toggle and widget),
 * the design tokens, the controller widgets use to follow the theme, and the pre-paint snippet.
 * See docs/theming.md.
 */
export { tokens } from './tokens.js';
export {
  getThemeStore,
  ThemeStore,
  DEFAULT_STORAGE_KEY,
  type ThemeMode,
  type ColorScheme,
  type DocumentThemeOptions,
} from './theme-store.js';
export { PREPAINT_SCRIPT, PREPAINT_CSP_HASH } from './prepaint-snippet.js';
export { ThemeController, type ThemeControllerOptions } from '../controllers/theme-controller.js';
