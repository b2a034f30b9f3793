/* Kommunpodd player: transcript/chapter links seek, the current line is highlighted,
   #t=<seconds|mm:ss|hh:mm:ss> starts there, and guides can copy a link to the moment.
   Once playing, the player docks (stays in view, compact) and the transcript follows the
   playing line until the reader scrolls; "Follow the text" (or choosing a line) resumes.
   Everything on the page works without this script; it only adds seeking. */
(function () {
  "use strict";
  var audio = document.getElementById("player");
  if (!audio) return;
  var strings = {};
  try { strings = JSON.parse(document.getElementById("player-strings").textContent); } catch (e) {}
  var status = document.getElementById("player-status");
  var copyButton = document.getElementById("copy-moment");
  var followButton = document.getElementById("follow-transcript");
  var section = audio.closest(".player");
  var following = false;
  var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
  var lines = Array.prototype.slice.call(document.querySelectorAll("a.seg[data-start]"));
  var chapters = Array.prototype.slice.call(document.querySelectorAll(".chapters a[data-start]"));
  var starts = lines.map(function (a) { return parseFloat(a.getAttribute("data-start")); });
  var chapterStarts = chapters.map(function (a) { return parseFloat(a.getAttribute("data-start")); });
  var current = null, currentChapter = null;

  function parseTime(text) {
    if (!text) return null;
    text = decodeURIComponent(String(text)).trim().replace(/s$/, "");
    var m = /^(?:(\d+):)?(\d+):(\d+(?:\.\d+)?)$/.exec(text);
    if (m) return (parseInt(m[1] || "0", 10) * 3600) + parseInt(m[2], 10) * 60 + parseFloat(m[3]);
    if (/^\d+(?:\.\d+)?$/.test(text)) return parseFloat(text);
    return null;
  }

  function timeFromLocation() {
    var hash = window.location.hash.replace(/^#/, "");
    var m = /(?:^|&)t=([^&]+)/.exec(hash);
    if (m) return parseTime(m[1]);
    m = /^t-(\d+(?:\.\d+)?)(?:-\d+)?$/.exec(hash);  /* anchor ids of transcript lines */
    if (m) return parseFloat(m[1]);
    var q = new URLSearchParams(window.location.search).get("t");
    return q ? parseTime(q) : null;
  }

  function formatTime(seconds) {
    var s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    var ss = String(s % 60).padStart(2, "0");
    return h ? h + ":" + String(m).padStart(2, "0") + ":" + ss : String(m).padStart(2, "0") + ":" + ss;
  }

  function seek(seconds, play) {
    function apply() {
      try { audio.currentTime = seconds; } catch (e) { return; }
      highlight();
      if (play) {
        var p = audio.play();
        if (p && p.catch) p.catch(function () {});
      }
    }
    if (audio.readyState >= 1) apply();
    else {
      audio.addEventListener("loadedmetadata", apply, { once: true });
      if (audio.preload === "none") audio.preload = "metadata";
      audio.load();
    }
  }

  function indexAt(list, t) {
    var lo = 0, hi = list.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (list[mid] <= t + 0.05) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }

  function mark(el, prev) {
    if (prev === el) return el;
    if (prev) { prev.classList.remove("current"); prev.removeAttribute("aria-current"); }
    if (el) { el.classList.add("current"); el.setAttribute("aria-current", "true"); }
    return el;
  }

  function highlight() {
    var t = audio.currentTime;
    var i = indexAt(starts, t);
    var el = i >= 0 ? lines[i] : null;
    if (el) {
      var end = parseFloat(el.getAttribute("data-end"));
      if (!isNaN(end) && t > end + 1 && i + 1 < lines.length) el = null;
    }
    var changed = el !== current;
    current = mark(el, current);
    if (changed && el && !audio.paused) follow(el);
    var c = indexAt(chapterStarts, t);
    currentChapter = mark(c >= 0 ? chapters[c] : null, currentChapter);
  }

  /* The transcript follows the playing line once the reader has chosen a line (or pressed
     "Follow the text"), and stops as soon as they scroll: it never moves the page on its
     own otherwise. While it does not follow, the docked player offers the button. */
  function inView(el) {
    var r = el.getBoundingClientRect();
    var top = section && section.classList.contains("docked") ? section.getBoundingClientRect().bottom : 0;
    return r.top >= top && r.bottom <= window.innerHeight;
  }

  function follow(el) {
    if (!el || !following || inView(el)) return;
    el.scrollIntoView({ block: "center", behavior: reduceMotion ? "auto" : "smooth" });
  }

  function setFollowing(on, jump) {
    following = on;
    if (followButton) followButton.classList.toggle("ready", !on && lines.length > 0);
    if (on && jump) follow(current);
  }

  function userScrolled() {
    if (following) setFollowing(false);
  }

  function onLinkClick(event) {
    var a = event.currentTarget;
    var t = parseFloat(a.getAttribute("data-start"));
    if (isNaN(t)) return;
    event.preventDefault();
    if (a.classList.contains("seg")) setFollowing(true);
    seek(t, true);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", "#t=" + Math.floor(t));
    }
  }

  lines.concat(chapters).forEach(function (a) { a.addEventListener("click", onLinkClick); });
  audio.addEventListener("timeupdate", highlight);
  audio.addEventListener("seeked", highlight);
  window.addEventListener("hashchange", function () {
    var t = timeFromLocation();
    if (t !== null) seek(t, false);
  });

  audio.addEventListener("play", function () {
    if (section) section.classList.add("docked");
    document.documentElement.classList.add("player-docked");
    setFollowing(following);
  });
  window.addEventListener("wheel", userScrolled, { passive: true });
  window.addEventListener("touchmove", userScrolled, { passive: true });
  /* a press on the page's scroll bar lands on the root element */
  window.addEventListener("pointerdown", function (event) {
    if (event.target === document.documentElement) userScrolled();
  });
  window.addEventListener("keydown", function (event) {
    var keys = ["PageUp", "PageDown", "ArrowUp", "ArrowDown", "Home", "End", " "];
    var tag = event.target && event.target.tagName;
    if (keys.indexOf(event.key) >= 0 && tag !== "AUDIO" && tag !== "INPUT" && tag !== "BUTTON") userScrolled();
  });
  if (followButton) followButton.addEventListener("click", function () { setFollowing(true, true); });

  if (copyButton) {
    copyButton.classList.add("ready");
    copyButton.addEventListener("click", function () {
      var base = audio.getAttribute("data-canonical") || window.location.href.split("#")[0];
      var link = base.split("#")[0] + "#t=" + Math.floor(audio.currentTime || 0);
      function say(text) { if (status) status.textContent = text + " " + link; }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(link).then(function () { say(strings.copied || ""); },
          function () { say(strings.copy_failed || ""); });
      } else {
        say(strings.copy_failed || "");
      }
    });
  }

  /* The player's own controls: they know the episode's length from the page (data-duration,
     written at build), so "00:00 / 01:36" shows before any audio is fetched (preload=none);
     the browser's controls stay for pages without this script. */
  var bar = document.getElementById("player-bar");
  if (bar) {
    var toggle = document.getElementById("player-toggle");
    var range = document.getElementById("player-seek");
    var shownTime = document.getElementById("player-current");
    var shownTotal = document.getElementById("player-total");
    var speed = document.getElementById("player-speed");
    var known = parseFloat(audio.getAttribute("data-duration")) || 0;
    var rates = [1, 1.25, 1.5, 2, 0.75];
    var dragging = false;
    var length = function () {
      return isFinite(audio.duration) && audio.duration > 0 ? audio.duration : known;
    };
    var paint = function () {
      var d = length(), t = Math.min(audio.currentTime || 0, d || Infinity);
      shownTime.textContent = formatTime(t);
      shownTotal.textContent = formatTime(d);
      range.max = String(Math.max(1, Math.floor(d)));
      if (!dragging) range.value = String(Math.floor(t));
      range.setAttribute("aria-valuetext", formatTime(t) + " " + (strings.time_of || "/") + " " + formatTime(d));
    };
    var state = function () {
      var playing = !audio.paused && !audio.ended;
      bar.classList.toggle("playing", playing);
      toggle.setAttribute("aria-label", (playing ? strings.pause : strings.play) || toggle.getAttribute("aria-label"));
    };
    audio.removeAttribute("controls");
    bar.classList.add("ready");
    toggle.addEventListener("click", function () {
      if (audio.paused || audio.ended) {
        var p = audio.play();
        if (p && p.catch) p.catch(function () {});
      } else {
        audio.pause();
      }
    });
    range.addEventListener("input", function () {
      dragging = true;
      shownTime.textContent = formatTime(parseFloat(range.value));
    });
    range.addEventListener("change", function () {
      dragging = false;
      seek(parseFloat(range.value), !audio.paused);
    });
    var showRate = function () {
      document.getElementById("player-rate").textContent = String(audio.playbackRate).replace(".", strings.decimal || ",") + "\u00d7";
    };
    speed.addEventListener("click", function () {
      audio.playbackRate = rates[(rates.indexOf(audio.playbackRate) + 1) % rates.length];
      showRate();
    });
    audio.addEventListener("ratechange", showRate);
    ["timeupdate", "durationchange", "loadedmetadata", "seeked", "emptied"].forEach(function (name) {
      audio.addEventListener(name, paint);
    });
    ["play", "pause", "ended"].forEach(function (name) { audio.addEventListener(name, state); });
    paint();
  }

  var start = timeFromLocation();
  if (start !== null) seek(start, false);
  window.kommunpoddPlayer = { seek: seek, parseTime: parseTime, formatTime: formatTime };
})();
