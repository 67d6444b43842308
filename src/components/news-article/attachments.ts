/**
 * An article's audio and video (a podcast episode, a video report: RSS enclosures, Media RSS,
 * JSON Feed attachments) as the browser's own players, which download nothing until the reader
 * presses play (`preload="none"`).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { NewsAttachment } from '../../feed/types.js';
import { safeUrl } from '../../feed/url-policy.js';

export function renderAttachments(
  attachments: readonly NewsAttachment[] | undefined,
): TemplateResult | typeof nothing {
  const playable = (attachments ?? []).flatMap(({ url, kind, title }) => {
    // The model's URLs passed the policy once; rendering checks again, as for every URL we write.
    const src = safeUrl(url, 'media');
    return src ? [{ src, video: kind === 'video', title }] : [];
  });
  if (playable.length === 0) return nothing;
  return html`<div part="attachments">
    ${playable.map(({ src, video, title }) =>
      video
        ? html`<video
            part="attachment"
            controls
            preload="none"
            src=${src}
            aria-label=${title ?? nothing}
          ></video>`
        : html`<audio
            part="attachment"
            controls
            preload="none"
            src=${src}
            aria-label=${title ?? nothing}
          ></audio>`,
    )}
  </div>`;
}
