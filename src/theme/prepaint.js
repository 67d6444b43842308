!(function (d, s) {
  try {
    var k = (s && s.getAttribute('data-storage-key')) || 'news-widgets-theme',
      v = localStorage.getItem(k),
      e = d.documentElement;
    if (v == 'light' || v == 'dark') {
      e.setAttribute('data-theme', v);
      e.style.colorScheme = v;
    }
  } catch (x) {}
})(document, document.currentScript);
