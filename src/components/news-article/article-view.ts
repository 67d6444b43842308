/**
 * What every piece of `<news-article>`'s rendering is given: the item and the languages around it.
 * The pieces (header, hero, body, footer, dialog) are plain functions of this view, so each file
 * renders one part of the article and the element class only puts them in order.
 */
import type { NewsItem } from '../../feed/types.js';
import type { Messages } from '../../i18n/messages.js';

/** The `lang` to mark one UI string with, or `undefined` where it is the language around it. */
export type UiLanguage = (key: keyof Messages) => string | undefined;

export interface ArticleView {
  /** The article shown. */
  readonly item: NewsItem;
  /** The UI locale (dates, numbers, plurals). */
  readonly locale: string;
  /** The UI strings of that locale. */
  readonly messages: Messages;
  /** Where a UI string's language differs from the article's around it: its `lang`. */
  readonly uiLang: UiLanguage;
  /** Where the date's language (the UI locale) differs from the article's: its `lang`. */
  readonly dateLang: string | undefined;
}

/** A date the feed gave that is a real instant (an unreadable one is left out, not shown as "Invalid Date"). */
export function validDate(date: Date | undefined): date is Date {
  return date instanceof Date && !Number.isNaN(date.getTime());
}
