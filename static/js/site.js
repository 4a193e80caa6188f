// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // The list's filter panel is open in the HTML. On a small screen it would push the
  // results a screen down, so it folds behind its "Filters (n)" summary there; on a wide
  // screen, where the summary is hidden, it is always open.
  var wide = window.matchMedia("(min-width: 52.01rem)");
  function place() {
    document.querySelectorAll("details.filter-panel").forEach(function (panel) {
      panel.open = wide.matches;
    });
  }
  document.addEventListener("DOMContentLoaded", place);
  wide.addEventListener("change", place);
})();
