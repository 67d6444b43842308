/**
 * The loading skeleton: the article's rows in the real rows' classes and sizes (one bone line is
 * one line of the real text), so the headline and the hero appear where the bones were.
 */
import { html, type TemplateResult } from 'lit';
import { renderBodyBones } from './article-body.js';

export function renderArticleSkeleton(): TemplateResult {
  return html`<div class="layout bones" aria-hidden="true">
    <p class="meta"><span class="bone bone-line"></span></p>
    <div class="headline">
      <span class="bone bone-line"></span><span class="bone bone-line"></span
      ><span class="bone bone-line"></span>
    </div>
    <p class="byline"><span class="bone bone-line"></span></p>
    <div class="figure">
      <div class="frame bone"></div>
      <span class="bone bone-line caption-bone"></span>
    </div>
    ${renderBodyBones()}
  </div>`;
}
