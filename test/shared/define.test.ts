import { expect } from '@open-wc/testing';
import { defineElement, NEWS_WIDGETS_MARK } from '../../src/components/shared/define.js';

function captureWarnings(run: () => void): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

const unique = () => `test-el-${Math.random().toString(36).slice(2)}`;

describe('safe definition', () => {
  it('defines once and treats a second call as a no-op', () => {
    class A extends HTMLElement {
      static readonly [NEWS_WIDGETS_MARK] = true;
    }
    const tag = unique();
    expect(defineElement(tag, A)).to.equal(true);
    const warnings = captureWarnings(() => expect(defineElement(tag, A)).to.equal(true));
    expect(customElements.get(tag)).to.equal(A);
    expect(warnings).to.deep.equal([]);
  });

  it('stays silent when another copy of the library owns the tag', () => {
    class First extends HTMLElement {
      static readonly [NEWS_WIDGETS_MARK] = true;
    }
    class Second extends HTMLElement {
      static readonly [NEWS_WIDGETS_MARK] = true;
    }
    const tag = unique();
    defineElement(tag, First);
    const warnings = captureWarnings(() => defineElement(tag, Second));
    expect(customElements.get(tag)).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, without throwing, when a foreign class owns the tag', () => {
    class Foreign extends HTMLElement {}
    class Ours extends HTMLElement {
      static readonly [NEWS_WIDGETS_MARK] = true;
    }
    const tag = unique();
    customElements.define(tag, Foreign);
    const warnings = captureWarnings(() => {
      defineElement(tag, Ours);
      defineElement(tag, Ours);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`<${tag}>`);
    expect(warnings[0]).to.contain('.define(');
    expect(customElements.get(tag)).to.equal(Foreign);
  });

  it('registers an already registered class under a second tag', () => {
    class Renamed extends HTMLElement {
      static readonly [NEWS_WIDGETS_MARK] = true;
    }
    const first = unique();
    const second = unique();
    defineElement(first, Renamed);
    expect(defineElement(second, Renamed)).to.equal(true);
    const el = document.createElement(second);
    expect(el).to.be.instanceOf(Renamed);
  });
});
