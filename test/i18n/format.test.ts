import { expect } from '@open-wc/testing';
import {
  formatDateTime,
  formatNumber,
  formatShortDate,
  pluralCategory,
  safeLocale,
} from '../../src/i18n/format.js';
import { messagesFor, registerLocale, en } from '../../src/i18n/index.js';

const published = new Date('2025-06-30T09:00:00+08:00');
const listed = new Date('2025-09-14T08:41:00+08:00');

describe('i18n formatting', () => {
  it('formats the short date in Indonesian as on the seed page', () => {
    expect(formatShortDate(published, 'id', 480)).to.equal('30 Jun 2025');
  });

  it('formats the short date in English', () => {
    expect(formatShortDate(published, 'en', 480)).to.equal('Jun 30, 2025');
  });

  it('formats date and time in the publisher offset, in Indonesian', () => {
    expect(formatDateTime(listed, 'id', 480)).to.equal('14 September 2025 - 08:41');
  });

  it('formats date and time in English', () => {
    expect(formatDateTime(listed, 'en', 480)).to.equal('September 14, 2025 - 08:41');
  });

  it('shows the wall clock of the offset, not the reader zone', () => {
    // 23:30 UTC on the 13th is 07:30 on the 14th in UTC+8.
    expect(formatDateTime(new Date('2025-09-13T23:30:00Z'), 'id', 480)).to.equal('14 September 2025 - 07:30');
  });

  it('groups numbers per locale', () => {
    expect(formatNumber(1234567, 'id')).to.equal('1.234.567');
    expect(formatNumber(1234567, 'en')).to.equal('1,234,567');
  });

  it("writes small counts in the locale's own digits too", () => {
    expect(formatNumber(7, 'id')).to.equal('7');
    expect(formatNumber(999, 'en')).to.equal('999');
    expect(formatNumber(7, 'ar-EG')).to.equal(new Intl.NumberFormat('ar-EG').format(7));
    expect(formatNumber(7, 'ar-EG')).to.not.equal('7');
    expect(formatNumber(7, 'en-u-nu-thai')).to.equal('๗');
    expect(formatNumber(2.5, 'id')).to.equal('2,5');
  });

  it('selects plural categories per locale', () => {
    expect(pluralCategory(1, 'en')).to.equal('one');
    expect(pluralCategory(20, 'en')).to.equal('other');
    expect(pluralCategory(1, 'id')).to.equal('other');
  });

  it('falls back to English for malformed locale tags instead of throwing', () => {
    expect(safeLocale('not a locale!!')).to.equal('en');
    expect(safeLocale(undefined)).to.equal('en');
    expect(safeLocale('id-ID')).to.equal('id-ID');
    expect(safeLocale('id_ID!', undefined, 'en-GB')).to.equal('en-GB');
    expect(safeLocale(null, '', 'x!')).to.equal('en');
  });
});

describe('i18n catalogs', () => {
  it('builds the read count in both languages with plural rules', () => {
    expect(messagesFor('id').readCount('20', 'other')).to.equal('Artikel ini telah dibaca 20 kali');
    expect(messagesFor('en').readCount('20', 'other')).to.equal('This article has been read 20 times');
    expect(messagesFor('en').readCount('1', 'one')).to.equal('This article has been read 1 time');
  });

  it('matches regional tags to their language and unknown ones to English', () => {
    expect(messagesFor('id-ID').enlarge).to.equal('Perbesar');
    expect(messagesFor('fr').enlarge).to.equal('Enlarge');
  });

  it('accepts a new locale through registerLocale', () => {
    registerLocale('ms', { ...en, retry: 'Cuba lagi' });
    expect(messagesFor('ms-MY').retry).to.equal('Cuba lagi');
    // A POSIX-style tag is the BCP 47 one widgets ask for.
    registerLocale('jv_ID', { ...en, retry: 'Baleni' });
    expect(messagesFor('jv-ID').retry).to.equal('Baleni');
  });

  it('fills what an incomplete catalog leaves out with English, per string and per error code', () => {
    // What a page without TypeScript may pass.
    const partial = { retry: 'Baleni', readCount: 'not a function', errors: { http: 'Server nolak' } };
    registerLocale('su', partial as unknown as typeof en);
    const su = messagesFor('su');
    expect(su.retry).to.equal('Baleni');
    expect(su.enlarge).to.equal(en.enlarge);
    expect(su.readCount('2', 'other')).to.equal(en.readCount('2', 'other'));
    expect(su.errors.http).to.equal('Server nolak');
    expect(su.errors.network).to.equal(en.errors.network);
  });
});
