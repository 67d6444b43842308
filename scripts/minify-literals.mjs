// A build plugin that shrinks the static text of Lit's css``, html`` and svg`` templates, which
// JavaScript minifiers leave untouched: CSS loses comments and layout whitespace, HTML loses
// indentation. Only whitespace runs that contain a line break are touched in html``, so inline
// spacing stays as written (we have no <pre> in templates). The templates are found by parsing
// the module, so templates nested in another's `${...}` are minified too, and a comment or a
// string that mentions html`` is never touched.
import { parseAst } from 'vite';

const TAGS = new Set(['css', 'html', 'svg']);

// Comments, strings and url(): the rules below must not reach into them ('Segoe UI', content: '',
// url(/img/0.5x.png)).
const CSS_TOKEN = /\/\*[\s\S]*?\*\/|url\([^)]*\)|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
// A quoted attribute value that is a plain identifier needs no quotes: [part~=title].
const QUOTED_IDENT = /^(['"])(-?[_a-zA-Z][\w-]*)\1$/;

/**
 * `text` is one static part of a css`` template; `first` and `last` say whether it starts or ends
 * the template. Whitespace next to a `${}` expression is kept as one space, since the expression
 * may be a value (`margin: ${a} ${b}`).
 */
function minifyCss(text, first, last) {
  const strings = [];
  let out = text
    .replace(CSS_TOKEN, (t) => (t[0] === '/' ? ' ' : `\0${strings.push(t) - 1}\0`))
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>/]) ?/g, '$1')
    // The spaces inside parentheses go; "and (max-width)" and ":host(x) .y" keep theirs.
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .replace(/: /g, ':')
    .replace(/;}/g, '}')
    // Selector combinators + and ~, in rule preludes only (after the last ; too, for nested rules):
    // in values, + is calc's and needs spaces.
    .replace(/(^|[{};])([^{};@]*)(?=\{)/g, (m, edge, prelude) => edge + prelude.replace(/ ?([+~]) ?/g, '$1'))
    // 0.5 -> .5 and -0.5 -> -.5, but not in 10.5 or x-0.5.
    .replace(/([^\w.-])(-?)0\.(\d)/g, '$1$2.$3');
  if (first) out = out.trimStart();
  if (last) out = out.trimEnd();
  return out.replace(/\0(\d+)\0/g, (m, i, at) => {
    const ident = QUOTED_IDENT.exec(strings[i]);
    return ident && out[at - 1] === '=' && out[at + m.length] === ']' ? ident[2] : strings[i];
  });
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** The static parts (quasis) of every css``/html``/svg`` template in `code`, with their new text. */
function templateEdits(code) {
  const edits = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    if (node.type === 'TaggedTemplateExpression' && TAGS.has(node.tag.name)) {
      const quasis = node.quasi.quasis;
      quasis.forEach((quasi, index) => {
        const raw = quasi.value.raw;
        const text =
          node.tag.name === 'css'
            ? minifyCss(raw, index === 0, index === quasis.length - 1)
            : minifyHtml(raw);
        if (text !== raw) edits.push({ start: quasi.start, end: quasi.end, raw, text });
      });
    }
    for (const key of Object.keys(node)) if (key !== 'type') visit(node[key]);
  };
  visit(parseAst(code, { lang: 'ts' }));
  return edits;
}

function minifyTemplates(code, id) {
  // From the end, so the positions of the edits still to make stay valid.
  const edits = templateEdits(code).sort((a, b) => b.start - a.start);
  for (const { start, end, raw, text } of edits) {
    const span = code.slice(start, end);
    const at = span.indexOf(raw);
    if (at === -1)
      throw new Error(`minify-literals: template text not found where the parser put it (${id})`);
    code = code.slice(0, start) + span.slice(0, at) + text + span.slice(at + raw.length) + code.slice(end);
  }
  return code;
}

export function minifyLiterals() {
  return {
    name: 'news-widgets:minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const next = minifyTemplates(code, id);
      return next === code ? null : { code: next, map: null };
    },
  };
}
