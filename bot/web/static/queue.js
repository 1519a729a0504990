// Keep the queue current without a reload: ask the server every few seconds.
// Never swaps the list under a nurse who is typing a note or has focus inside it.
(function () {
  "use strict";
  var box = document.getElementById("queue");
  if (!box) { return; }
  var seconds = parseFloat(box.getAttribute("data-poll-seconds")) || 5;
  var url = box.getAttribute("data-rows-url");
  var paused = document.getElementById("queue-paused");
  var refresh = document.getElementById("queue-refresh");
  var announce = document.getElementById("queue-announce");
  var count = document.getElementById("open-count");
  var pending = null;

  function busy() {
    if (box.contains(document.activeElement) && document.activeElement !== box) { return true; }
    var notes = box.querySelectorAll("input[name=note]");
    for (var i = 0; i < notes.length; i++) {
      if (notes[i].value) { return true; }
    }
    return false;
  }

  function apply(data) {
    box.setAttribute("data-version", data.version);
    var changed = box.getAttribute("data-ids") !== data.ids.join(",");
    box.innerHTML = data.html;
    box.setAttribute("data-ids", data.ids.join(","));
    document.title = data.title;
    if (count) { count.textContent = count.textContent.replace(/\d+/, String(data.open)); }
    if (changed && announce) { announce.textContent = data.title; }
    paused.hidden = true;
    pending = null;
  }

  function tick() {
    var version = encodeURIComponent(box.getAttribute("data-version") || "");
    var ask = url + (url.indexOf("?") < 0 ? "?" : "&") + "version=" + version;
    fetch(ask, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (response.status === 401) {
          return response.json().then(function (body) { window.location.assign(body.url); });
        }
        if (!response.ok) { return null; }
        return response.json().then(function (data) {
          if (data.unchanged) { return; }
          if (busy()) {
            pending = data;
            paused.hidden = false;
          } else {
            apply(data);
          }
        });
      })
      .catch(function () { /* the next tick tries again */ })
      .then(function () { window.setTimeout(tick, seconds * 1000); });
  }

  if (refresh) {
    refresh.addEventListener("click", function () { if (pending) { apply(pending); } });
  }
  box.setAttribute("data-ids", Array.prototype.map.call(
    box.querySelectorAll("[data-flag-id]"), function (el) { return el.getAttribute("data-flag-id"); }
  ).join(","));
  window.setTimeout(tick, seconds * 1000);
})();
