// Runs as the first thing in <body> of the pre-paint test pages: records what <html> says at the
// moment the body starts to parse, before anything in it can render, and tells the test page.
(function () {
  var root = document.documentElement;
  var report = {
    theme: root.getAttribute('data-theme'),
    inlineScheme: root.style.colorScheme,
    computedScheme: getComputedStyle(root).colorScheme,
    bodyElements: document.body.children.length,
    errors: window.prepaintErrors || [],
    origin: self.origin,
  };
  parent.postMessage({ type: 'news-prepaint-report', page: location.pathname, report: report }, '*');
})();
