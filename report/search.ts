/**
 * The report's one script: a search box over every table and drill-down of the page (a table of
 * facts, `.kv`, is kept whole), and tables of more than a page shown a page at a time. It reads and writes only `textContent`, `hidden` and
 * `open`, never HTML, and nothing from the data is executed. Without script the page shows every
 * row (the search box stays hidden). The Content-Security-Policy admits this script by its hash.
 */
import { createHash } from "node:crypto";

export const PAGE_ROWS = 100;

export const SEARCH_SCRIPT = `(function () {
  "use strict";
  var PAGE = ${PAGE_ROWS};
  var box = document.getElementById("q");
  var count = document.getElementById("q-count");
  if (!box || !count) return;
  // A table of facts (".kv": item and value) is read whole: it is shown or folded with its block.
  var tables = Array.prototype.slice
    .call(document.querySelectorAll(".content table"))
    .filter(function (t) { return !t.closest(".kv"); });
  var details = Array.prototype.slice.call(document.querySelectorAll(".content details"));
  var texts = new Map();
  function text(el) {
    var t = texts.get(el);
    if (t === undefined) { t = (el.textContent || "").toLowerCase(); texts.set(el, t); }
    return t;
  }
  function rows(t) { return t.tBodies[0] ? t.tBodies[0].rows : []; }
  function paged(t) { return t.getAttribute("data-paged") === "1"; }
  function showPage(t) {
    var r = rows(t);
    for (var i = 0; i < r.length; i++) r[i].hidden = paged(t) && i >= PAGE;
  }
  tables.forEach(function (t) {
    var n = rows(t).length;
    if (n <= PAGE) return;
    t.setAttribute("data-paged", "1");
    showPage(t);
    var b = document.createElement("button");
    b.type = "button";
    b.className = "more";
    b.textContent = "Tampilkan semua " + n + " baris / show all " + n + " rows";
    b.addEventListener("click", function () { t.setAttribute("data-paged", "0"); showPage(t); b.hidden = true; });
    t.parentNode.insertBefore(b, t.nextSibling);
  });
  var timer = 0;
  function apply() {
    var q = box.value.trim().toLowerCase();
    var hits = 0;
    tables.forEach(function (t) {
      if (q === "") { showPage(t); return; }
      var r = rows(t);
      for (var i = 0; i < r.length; i++) {
        var hit = text(r[i]).indexOf(q) >= 0;
        r[i].hidden = !hit;
        if (hit) hits++;
      }
    });
    details.forEach(function (d) { if (q !== "") d.open = text(d).indexOf(q) >= 0; });
    count.textContent = q === "" ? "" : hits + " baris cocok / matching rows";
  }
  box.hidden = false;
  box.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(apply, 150); });
})();`;

export const SEARCH_SCRIPT_HASH = `sha256-${createHash("sha256").update(SEARCH_SCRIPT).digest("base64")}`;
