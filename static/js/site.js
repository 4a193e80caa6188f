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

  // A long <select> (the person filter) gets a name filter before it: typing narrows the
  // options, a polite live region says how many are left. The select stays the form field
  // (the filter input has no name), so the form submits the same with or without this.
  function filterable(select) {
    var id = select.id + "_zoek";
    var label = document.createElement("label");
    label.htmlFor = id;
    label.className = "filter-search-label";
    label.textContent = select.dataset.filterLabel;
    var input = document.createElement("input");
    input.type = "search";
    input.id = id;
    input.autocomplete = "off";
    input.setAttribute("aria-controls", select.id);
    var status = document.createElement("p");
    status.className = "help";
    status.id = id + "_status";
    status.setAttribute("aria-live", "polite");
    input.setAttribute("aria-describedby", status.id);
    var options = Array.prototype.slice.call(select.options);
    var total = options.filter(function (o) { return o.value; }).length;
    input.addEventListener("input", function () {
      var words = input.value.toLowerCase().trim();
      var selected = select.value;
      var shown = 0;
      while (select.options.length) { select.remove(0); }
      options.forEach(function (option) {
        var match = option.text.toLowerCase().indexOf(words) !== -1;
        // "Alle" and the current choice stay, so narrowing never changes the answer.
        if (!option.value || option.value === selected || match) {
          select.add(option);
          if (option.value && match) { shown += 1; }
        }
      });
      select.value = selected;
      status.textContent = words ? select.dataset.filterStatus
        .replace("%(shown)s", shown).replace("%(total)s", total) : "";
    });
    select.parentNode.insertBefore(label, select);
    select.parentNode.insertBefore(input, select);
    select.parentNode.insertBefore(status, select);
  }
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("select[data-filter-label]").forEach(filterable);
  });
})();
