// Loaded before every test file (web-test-runner.config.mjs, `readableFailures`). chai keeps on a
// failed assertion's error the values it compared (`actual`, `expected`), and the test runner
// sends both as they are to the terminal: a DOM node there (or a list of them) makes it walk the
// whole page, so the file stalled until its 180 s timeout instead of failing. Each failed test's
// values that hold nodes are turned into text first; the message chai wrote is kept.
const text = (node) => (node.outerHTML ?? node.nodeName).slice(0, 300);

/** `value` as text when it is, or directly holds, a DOM node; otherwise `value` itself. */
function readable(value) {
  if (value instanceof Node) return text(value);
  if (value === null || typeof value !== 'object') return value;
  const parts = Symbol.iterator in value ? [...value] : Object.values(value);
  return parts.some((part) => part instanceof Node)
    ? JSON.stringify(parts.map((part) => (part instanceof Node ? text(part) : String(part))))
    : value;
}

afterEach(function () {
  const error = this.currentTest?.err;
  if (!error) return;
  error.actual = readable(error.actual);
  error.expected = readable(error.expected);
});
