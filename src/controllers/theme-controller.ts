import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps a widget's color scheme in step with the page's theme. Placeholder until the theme
 * system lands: widgets inherit `color-scheme` from the host page.
 */
export class ThemeController implements ReactiveController {
  constructor(host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}
}
