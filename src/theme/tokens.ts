import { css } from 'lit';

/**
 * Global design tokens, tier one. Every value is a `--news-*` custom property the host page can
 * set (they inherit through shadow roots); our fallbacks use `light-dark()`, so a widget follows
 * the `color-scheme` in effect on it: the page's, or the one the theme controller sets on the
 * host. Component styles use these tokens, or their own `--news-<component>-*` knobs falling back
 * to them (tier two). Both palettes meet WCAG AA contrast for text on background.
 *
 * The comment above each token is its description in custom-elements.json
 * (custom-elements-manifest.config.mjs), which reads each token from one line: prettier leaves this
 * stylesheet as written, or it would break the font stacks over several.
 */
// prettier-ignore
export const tokens = css`
  :host {
    /* Widget background (painted when the theme system sets a scheme) */
    --_bg: var(--news-color-background, light-dark(#ffffff, #121417));
    /* Cards, error and empty boxes */
    --_surface: var(--news-color-surface, light-dark(#f3f4f6, #1d2026));
    /* Body text, headlines */
    --_text: var(--news-color-text, light-dark(#1a1c20, #eceef1));
    /* Dates, captions, counts */
    --_muted: var(--news-color-text-muted, light-dark(#4b5160, #b4bac6));
    /* Category labels, rank numbers */
    --_accent: var(--news-color-accent, light-dark(#b3261e, #ff8a80));
    /* Links, the toggle's on track */
    --_link: var(--news-color-link, light-dark(#0b57d0, #8ab4f8));
    /* Decorative borders and rules */
    --_border: var(--news-color-border, light-dark(#d9dce1, #343842));
    /* Loading placeholders */
    --_skeleton: var(--news-color-skeleton, light-dark(#e6e8ec, #2a2e36));
    /* Focus outline */
    --_focus: var(--news-color-focus, light-dark(#0b57d0, #8ab4f8));
    /* Boundaries of controls (the toggle's off track) */
    --_control: var(--news-color-control, light-dark(#6b7280, #8b93a1));
    /* Error text */
    --_danger: var(--news-color-danger, light-dark(#a50e0e, #ffb4ab));
    /* UI text and headlines: the reader's system sans (San Francisco, Segoe UI, Roboto, Noto Sans) */
    --_font: var(--news-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif);
    /* Article body: a screen serif the system has (Iowan, Charter, Sitka, Cambria, Noto Serif, Georgia), else the UI sans, never a stray Times */
    --_font-serif: var(--news-font-family-body, 'Iowan Old Style', Charter, 'Bitstream Charter', 'Sitka Text', Cambria, 'Noto Serif', 'Droid Serif', Georgia, var(--_font));
    /* Corner radius */
    --_radius: var(--news-radius, 8px);
    /* Base text size, the reader's own by default: every size in a widget scales with it */
    --_font-size: var(--news-font-size, medium);
    /* Base spacing */
    --_space: var(--news-space, 1em);
    /* Color and thumb transitions (0s under prefers-reduced-motion: reduce) */
    --_transition: var(--news-transition-duration, 160ms);

    /* Sizes inside are in em of this, not rem: a theme's html { font-size: 62.5% } (Bootstrap 3
       sets 10px) shrank rem-sized text to 10px. medium is the reader's own default size, which
       no page style changes; !important, because a host element style such as * { font-size }
       would otherwise win over :host. The token is the way to size a widget. An element with
       a text size of its own divides lengths in the widget's em by it: calc(0.5em / 0.875). */
    font-size: var(--_font-size) !important;
    font-family: var(--_font);
    color: var(--_text);
  }

  /*
   * The theme controller sets data-news-theme when the page's theme (a toggle, a stored choice,
   * the host's <html>) decides the scheme. The widget may then differ from the page around it, so
   * it paints its own background: light text never lands on a light page.
   */
  :host([data-news-theme='light']) {
    color-scheme: light;
  }
  :host([data-news-theme='dark']) {
    color-scheme: dark;
  }
  :host([data-news-theme]) {
    background-color: var(--_bg);
  }
  /* A widget given its own theme (theme="dark" on a light page, or the reverse) is a panel of
     another color: its text keeps a space's distance from that background's edge. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_space);
    border-radius: var(--_radius);
  }

  @media (prefers-reduced-motion: reduce) {
    :host {
      --_transition: 0s;
    }
  }

  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
`;
