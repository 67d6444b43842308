import { LitElement, type PropertyValues } from 'lit';
import { registerLocale } from '../../i18n/locales.js';
import { warn } from '../../sanitize/warn.js';
import { NEWS_WIDGETS_MARK } from './define.js';
import { checkAttributes } from './diagnostics.js';

/** Set once the page refused Lit's Trusted Types policy: from then on no element of ours renders. */
let litRefused = false;

/**
 * Whether `error` is the page refusing the `lit-html` Trusted Types policy. Browsers word it
 * differently, but both name the policy: Chromium "Policy "lit-html" disallowed" (or "already
 * exists" beside the page's own Lit), Firefox "blocked creating policy named 'lit-html'".
 */
function refusesLit(error: unknown): boolean {
  return error instanceof TypeError && error.message.includes('lit-html');
}

/**
 * What every element of this library shares: the mark that tells our elements from another
 * script's under the same tag, `registerLocale`, and a way out when the page refuses Lit.
 *
 * Lit writes its templates through a Trusted Types policy named `lit-html`. A page whose
 * `trusted-types` directive leaves that name out (or that runs its own Lit without
 * `'allow-duplicates'`) refuses it, and every render throws: the elements would stay empty, hide
 * the page's fallback children behind their shadow roots, and send errors into the page. Instead,
 * the first refusal is reported once (`NW-TT-LIT`), and every element shows its host's children
 * through a plain slot, which needs no policy.
 */
export abstract class NewsElement extends LitElement {
  static readonly [NEWS_WIDGETS_MARK] = true;

  /** Adds a locale's strings (see `registerLocale` in `news-widgets/i18n`): the way in for pages with only the script tag. */
  static readonly registerLocale = registerLocale;

  override connectedCallback(): void {
    super.connectedCallback();
    // A misspelt attribute (`feeed=`) would be silently ignored: say so, once per element.
    checkAttributes(this, (this.constructor as typeof LitElement).observedAttributes);
  }

  protected override shouldUpdate(changed: PropertyValues): boolean {
    return !litRefused && super.shouldUpdate(changed);
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (error) {
      if (!refusesLit(error)) throw error;
      litRefused = true;
      warn('NW-TT-LIT', 'CSP refused policy lit-html; add it to trusted-types', error, true);
    }
    if (litRefused && !this.renderRoot.querySelector('slot')) {
      this.renderRoot.append(document.createElement('slot'));
    }
  }
}
