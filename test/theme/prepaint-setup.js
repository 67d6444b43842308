// Test-only, first in <head> of the pre-paint pages (which the tests load from another origin, so
// their localStorage is their own): stores what the query asks for, e.g. ?default=dark or
// ?custom=dark (key "prepaint-test-key"), and collects errors thrown by the scripts after it.
(function () {
  var params = new URLSearchParams(location.search);
  var keys = { default: 'news-widgets-theme', custom: 'prepaint-test-key' };
  try {
    for (var name in keys) {
      if (params.has(name)) localStorage.setItem(keys[name], params.get(name));
      else localStorage.removeItem(keys[name]);
    }
  } catch (e) {
    // Sandboxed page: no storage, which is the point of that test.
  }
  window.prepaintErrors = [];
  window.addEventListener('error', function (event) {
    window.prepaintErrors.push(String(event.message));
  });
})();
