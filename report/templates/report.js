(function () {
  "use strict";
  var form = document.getElementById("filters");
  if (!form) { return; }
  form.hidden = false;
  var items = Array.prototype.slice.call(document.querySelectorAll(".utt"));
  var shown = document.getElementById("shown");
  function checked(name) {
    var on = {};
    form.querySelectorAll("input[name='" + name + "']").forEach(function (c) { on[c.value] = c.checked; });
    return on;
  }
  function apply() {
    var sev = checked("severity"), out = checked("outlet"), single = checked("single");
    var n = 0;
    items.forEach(function (u) {
      var any = false;
      u.querySelectorAll(".version").forEach(function (v) {
        var ok = out[v.getAttribute("data-outlet")] !== false;
        v.hidden = !ok;
        any = any || ok;
      });
      var vis = any && sev[u.getAttribute("data-severity")] !== false &&
        (u.getAttribute("data-single") !== "true" || single.yes !== false);
      u.hidden = !vis;
      if (vis) { n++; }
    });
    shown.textContent = "Showing " + n + " of " + items.length + " utterances";
  }
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var el = id && document.getElementById(id);
    if (el && el.hidden) {
      form.querySelectorAll("input[type=checkbox]").forEach(function (c) { c.checked = true; });
      apply();
      el.scrollIntoView();
    }
  }
  form.addEventListener("change", apply);
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
