import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { NewsArticle } from '../../src/components/news-article/news-article.js';
import {
  guardPageErrors,
  jsonFeed,
  openEnlargeDialog,
  part,
  ready,
  seedItem,
  storeWith,
  text,
} from './helpers.js';

/** The element focused inside the article's shadow root. */
const focused = (el: NewsArticle) => el.shadowRoot!.activeElement;

/**
 * Firefox runs the default action of a real key press (Enter or Space activating a button, Escape
 * closing a dialog) only in the focused tab; the runner's concurrent test pages can leave this one
 * in a background tab for the whole file, where key events arrive but do nothing. Chromium runs
 * them either way. Such a run skips (and says so) rather than asserting on a synthetic click.
 */
function requireKeyboard(test: Mocha.Context): void {
  if (navigator.userAgent.includes('Firefox') && !document.hasFocus()) {
    test.skip();
  }
}

/** What Escape does: a close request (cancel, then close) that our code did not start. */
function requestClose(dialog: HTMLDialogElement): void {
  const request = (dialog as HTMLDialogElement & { requestClose?: () => void }).requestClose;
  if (request) request.call(dialog);
  else dialog.close();
}

describe('<news-article> enlarge dialog', () => {
  guardPageErrors();

  let el: NewsArticle;
  let enlarge: HTMLButtonElement;
  /** The article's dialog, once a press of "Perbesar" has loaded and rendered it. */
  const dialogOf = (article: NewsArticle) => part<HTMLDialogElement>(article, 'dialog');

  beforeEach(async () => {
    el = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/dialog.json"
        locale="id"
        .store=${storeWith(jsonFeed([seedItem()]))}
      ></news-article>`,
    );
    await ready(el);
    enlarge = part<HTMLButtonElement>(el, 'enlarge')!;
  });

  afterEach(() => {
    if (dialogOf(el)?.open) dialogOf(el)!.close();
  });

  it('is a real button labelled "Perbesar" that announces a dialog', async () => {
    expect(enlarge.localName).to.equal('button');
    expect(enlarge.type).to.equal('button');
    expect(text(enlarge)).to.equal('Perbesar');
    expect(enlarge.getAttribute('aria-haspopup')).to.equal('dialog');
    // The dialog is rendered by the first press (its code loads then), and stays once closed.
    expect(dialogOf(el), 'no dialog before the first press').to.equal(null);
    const dialog = await openEnlargeDialog(el);
    expect(dialog.localName).to.equal('dialog');
    dialog.close();
    expect(dialogOf(el)).to.equal(dialog);
    expect(dialog.open).to.equal(false);
  });

  it('opens with Enter, moves focus to the close button, closes with Escape and returns focus', async function () {
    requireKeyboard(this);
    enlarge.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => dialogOf(el)?.open, 'Enter should open the dialog', { timeout: 5000 });
    const dialog = dialogOf(el)!;
    expect(focused(el)).to.equal(part(el, 'close'));
    expect(dialog.matches(':modal')).to.equal(true);

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open, 'Escape should close the dialog', { timeout: 5000 });
    await waitUntil(() => focused(el) === enlarge, 'focus should return to the enlarge button', {
      timeout: 5000,
    });
  });

  it('opens with Space too', async function () {
    requireKeyboard(this);
    enlarge.focus();
    await sendKeys({ press: ' ' });
    await waitUntil(() => dialogOf(el)?.open, 'Space should open the dialog', { timeout: 5000 });
    expect(focused(el)).to.equal(part(el, 'close'));
  });

  it('returns focus to the enlarge button when the browser closes the dialog, as on Escape', async () => {
    const dialog = await openEnlargeDialog(el);
    requestClose(dialog);
    expect(dialog.open).to.equal(false);
    await waitUntil(() => focused(el) === enlarge, 'focus should return to the enlarge button', {
      timeout: 5000,
    });
  });

  it('returns focus to the enlarge button itself, not to wherever focus was before the dialog', async () => {
    // Opened without our button (focus elsewhere): the browser alone would restore focus there.
    // The dialog exists once a press has loaded it; that first opening is closed again here.
    const dialog = await openEnlargeDialog(el);
    dialog.close();
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      expect(focused(el), 'focus is outside the article').to.equal(null);
      dialog.showModal();
      requestClose(dialog);
      await waitUntil(() => focused(el) === enlarge, 'focus should move to the enlarge button', {
        timeout: 5000,
      });
    } finally {
      outside.remove();
    }
  });

  it('opens on click and closes with the close button, returning focus', async () => {
    const dialog = await openEnlargeDialog(el);
    expect(focused(el)).to.equal(part(el, 'close'));
    part(el, 'close')!.click();
    expect(dialog.open).to.equal(false);
    expect(focused(el)).to.equal(enlarge);
    // Loaded and rendered: every later press opens the dialog within the click itself.
    enlarge.click();
    expect(dialog.open).to.equal(true);
    expect(focused(el)).to.equal(part(el, 'close'));
    part(el, 'close')!.click();
    expect(dialog.open).to.equal(false);
    expect(focused(el)).to.equal(enlarge);
  });

  it('closes on a click on the backdrop but not on a click inside', async () => {
    const dialog = await openEnlargeDialog(el);
    // A click on the ::backdrop targets the <dialog> itself, at a point outside its box. The clicks
    // are synthesized: real mouse input (sendMouse) waits for the page to be the front tab, which
    // a concurrently running test page can prevent.
    const box = dialog.getBoundingClientRect();
    const at = (x: number, y: number) =>
      dialog.dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }),
      );
    at(box.left + 4, box.top + 4);
    part(el, 'dialog-image')!.click();
    expect(dialog.open, 'clicks inside keep it open').to.equal(true);
    expect(box.left).to.be.above(1);
    at(1, 1);
    expect(dialog.open, 'a click on the backdrop closes it').to.equal(false);
    expect(focused(el)).to.equal(enlarge);
  });

  it('shows the large image with its caption, read once', async () => {
    const dialog = await openEnlargeDialog(el);
    const image = part<HTMLImageElement>(el, 'dialog-image')!;
    expect(image.src).to.equal(part<HTMLImageElement>(el, 'image')!.src);
    expect(image.alt).to.equal('');
    const caption = part(el, 'dialog-caption')!;
    expect(text(caption)).to.equal('Sekretaris Daerah (Sekda) Kota Balikpapan, Muhaimin,');
    expect(dialog.getAttribute('aria-labelledby')).to.equal(caption.id);
    expect(el.shadowRoot!.getElementById(caption.id)).to.equal(caption);
    expect(text(part(el, 'close'))).to.equal('Tutup');
  });

  it('is accessible while open', async () => {
    await openEnlargeDialog(el);
    await expect(el).to.be.accessible();
  });

  it('is named by the headline when the image has no caption', async () => {
    const bare = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/dialog-bare.json"
        .store=${storeWith(jsonFeed([seedItem({}, { image_caption: undefined })]))}
      ></news-article>`,
    );
    await ready(bare);
    const bareDialog = await openEnlargeDialog(bare);
    expect(bareDialog.getAttribute('aria-label')).to.equal(
      'Upaya Balikpapan Bangun Birokrasi Bersih dan Akuntabel',
    );
    expect(part(bare, 'caption')).to.equal(null);
    expect(part(bare, 'dialog-caption')).to.equal(null);
  });

  it("gives both images the feed's text alternative when it has one", async () => {
    const described = await fixture<NewsArticle>(
      html`<news-article
        feed="/virtual/dialog-alt.json"
        .store=${storeWith(jsonFeed([seedItem({}, { image_alt: 'Muhaimin berbicara di depan ASN' })]))}
      ></news-article>`,
    );
    await ready(described);
    (await openEnlargeDialog(described)).close();
    expect(part<HTMLImageElement>(described, 'image')!.alt).to.equal('Muhaimin berbicara di depan ASN');
    expect(part<HTMLImageElement>(described, 'dialog-image')!.alt).to.equal(
      'Muhaimin berbicara di depan ASN',
    );
  });
});
