(function () {
  "use strict";
  var KEYS = ["rule", "level", "provider", "file", "state"];
  var form = document.getElementById("filters");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#findings-table tbody tr[data-rule]"));
  var shown = document.getElementById("shown");
  if (!form || !shown) { return; }

  function fromUrl() {
    var params = new URLSearchParams(window.location.search);
    new URLSearchParams(window.location.hash.replace(/^#/, "")).forEach(function (value, key) {
      params.set(key, value);
    });
    var filter = {};
    KEYS.forEach(function (key) { filter[key] = params.get(key) || ""; });
    return filter;
  }

  function fromForm() {
    var filter = {};
    KEYS.forEach(function (key) { filter[key] = form.elements[key] ? form.elements[key].value : ""; });
    return filter;
  }

  function toForm(filter) {
    KEYS.forEach(function (key) { if (form.elements[key]) { form.elements[key].value = filter[key]; } });
  }

  function apply(filter) {
    var count = 0;
    rows.forEach(function (row) {
      var match = KEYS.every(function (key) { return !filter[key] || row.getAttribute("data-" + key) === filter[key]; });
      row.hidden = !match;
      if (match) { count += 1; }
    });
    shown.textContent = count === rows.length ? "all " + rows.length : count + " of " + rows.length;
  }

  function toUrl(filter) {
    var params = new URLSearchParams();
    KEYS.forEach(function (key) { if (filter[key]) { params.set(key, filter[key]); } });
    var hash = params.toString();
    try {
      window.history.replaceState(null, "", hash ? "#" + hash : window.location.pathname + window.location.search);
    } catch (error) {
      window.location.hash = hash;
    }
  }

  form.addEventListener("change", function () {
    var filter = fromForm();
    toUrl(filter);
    apply(filter);
  });
  form.addEventListener("reset", function () {
    window.setTimeout(function () { var filter = fromForm(); toUrl(filter); apply(filter); }, 0);
  });
  window.addEventListener("hashchange", function () {
    var filter = fromUrl();
    toForm(filter);
    apply(filter);
  });

  var initial = fromUrl();
  toForm(initial);
  apply(initial);
  form.hidden = false;
  document.documentElement.setAttribute("data-filter-ready", "true");
}());
