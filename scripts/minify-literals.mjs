// A build plugin that shrinks the static text of Lit's css`` and html`` templates, which
// JavaScript minifiers leave untouched: CSS loses comments and layout whitespace, HTML loses
// indentation. Only whitespace runs that contain a line break are touched in html``, so inline
// spacing stays as written (we have no <pre> in templates).
const TEMPLATE = /\b(css|html)`((?:[^`\\$]|\\.|\$(?!\{)|\$\{(?:[^{}`]|\{[^{}]*\})*\})*)`/g;

function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

function minifyHtml(text) {
  return text.replace(/\s*\n\s*/g, ' ');
}

/** Applies `fn` to the literal parts of a template body, leaving `${...}` expressions alone. */
function mapStatic(body, fn) {
  let out = '';
  let depth = 0;
  let chunk = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (depth === 0 && c === '$' && body[i + 1] === '{') {
      out += fn(chunk);
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
  return out + fn(chunk);
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
