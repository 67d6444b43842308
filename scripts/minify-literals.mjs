// A build plugin that shrinks the static text of Lit's css`` and html`` templates, which
// JavaScript minifiers leave untouched: CSS loses comments and layout whitespace, HTML loses
// indentation. Only whitespace runs that contain a line break are touched in html``, so inline
// spacing stays as written (we have no <pre> in templates).
const TEMPLATE = /\b(css|html)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}`]|\{[^{}]*\})*\})*)`/g;

// Comments and strings: the rules below must not reach into strings ('Segoe UI', content: '').
const CSS_TOKEN = /\/\*[\s\S]*?\*\/|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
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
    // Selector combinators + and ~, in rule preludes only: in values, + is calc's and needs spaces.
    .replace(/(^|[{}])([^{}@]*)(?=\{)/g, (m, edge, prelude) => edge + prelude.replace(/ ?([+~]) ?/g, '$1'))
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

/** Applies `fn` to the literal parts of a template body, leaving `${...}` expressions alone. */
function mapStatic(body, fn) {
  let out = '';
  let first = true;
  let depth = 0;
  let chunk = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (depth === 0 && c === '$' && body[i + 1] === '{') {
      out += fn(chunk, first, false);
      first = false;
      chunk = '';
      depth = 1;
      out += '${';
      i++;
      continue;
    }
    if (depth > 0) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      out += c;
      continue;
    }
    chunk += c;
  }
  return out + fn(chunk, first, true);
}

export function minifyLiterals() {
  return {
    name: 'news-widgets:minify-literals',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html)`/.test(code)) return null;
      const next = code.replace(TEMPLATE, (match, tag, body) => {
        if (tag === 'css') return `css\`${mapStatic(body, minifyCss)}\``;
        return `html\`${mapStatic(body, minifyHtml)}\``;
      });
      return next === code ? null : { code: next, map: null };
    },
  };
}
