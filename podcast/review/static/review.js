// The review page of `podcast review`: the transcript as editable cues beside the audio.
// Served by podcast/review/server.py under a strict Content-Security-Policy (this file is
// the only script; nothing is evaluated from strings).
(function () {
  "use strict";

  var T = JSON.parse(document.getElementById("review-strings").textContent);
  var audio = document.getElementById("audio");
  var list = document.getElementById("cues");
  var statusEl = document.getElementById("status");
  var stateEl = document.getElementById("review-state");
  var speakersEl = document.getElementById("speakers");
  var doc = null;          // the document as last loaded or saved
  var dirty = false;
  var currentCue = null;   // the cue the editor works in (focus, last jump)
  var lastJump = null;     // the doubtful word span reached by the last jump

  function say(text) { statusEl.textContent = text; }

  function format(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_m, k) {
      return values[k] === undefined ? "" : String(values[k]);
    });
  }

  function clock(seconds) {
    var s = Math.max(0, Math.floor(seconds));
    var h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
    var mm = (m < 10 ? "0" : "") + m, ss = (r < 10 ? "0" : "") + r;
    return h ? h + ":" + mm + ":" + ss : mm + ":" + ss;
  }

  // --- drawing -------------------------------------------------------------------------------
  function wordSpan(w) {
    var span = document.createElement("span");
    span.className = "w" + (w.doubtful ? " doubtful" : "");
    span.textContent = w.text;
    if (w.start !== undefined && w.start !== null) {
      span.dataset.text = w.text;
      span.dataset.start = String(w.start);
      span.dataset.end = String(w.end);
      if (w.probability !== undefined && w.probability !== null) {
        span.dataset.p = String(w.probability);
        span.title = Math.round(w.probability * 100) + " %";
      }
      if (w.doubtful) { span.dataset.doubtful = "1"; }
    }
    return span;
  }

  function fillText(box, words) {
    box.textContent = "";
    words.forEach(function (w, i) {
      if (i) { box.appendChild(document.createTextNode(" ")); }
      box.appendChild(wordSpan(w));
    });
  }

  function cueElement(cue) {
    var li = document.createElement("li");
    li.className = "cue";
    li.dataset.start = String(cue.start);
    li.dataset.end = String(cue.end);
    var time = document.createElement("button");
    time.type = "button";
    time.className = "time";
    time.textContent = clock(cue.start);
    time.setAttribute("aria-label", T.seek + " " + clock(cue.start));
    var speaker = document.createElement("input");
    speaker.className = "speaker";
    speaker.setAttribute("list", "speakers");
    speaker.setAttribute("aria-label", T.speaker + " " + clock(cue.start));
    speaker.value = cue.speaker || "";
    var box = document.createElement("div");
    box.className = "text";
    box.contentEditable = "true";
    box.spellcheck = true;
    box.setAttribute("role", "textbox");
    box.setAttribute("aria-label", T.text + " " + clock(cue.start));
    fillText(box, cue.words);
    li.appendChild(time);
    li.appendChild(speaker);
    li.appendChild(box);
    return li;
  }

  function showState() {
    var r = doc.review || {};
    if (r.state === "reviewed") {
      stateEl.textContent = format(T.reviewed, {by: r.by || "?",
        at: (r.at || "").replace("T", " ").replace("Z", " UTC")});
      stateEl.className = "state reviewed";
    } else {
      stateEl.textContent = T.machine;
      stateEl.className = "state machine";
    }
  }

  function draw(data) {
    doc = data;
    list.textContent = "";
    data.cues.forEach(function (cue) { list.appendChild(cueElement(cue)); });
    speakersEl.textContent = "";
    data.speakers.forEach(function (name) {
      var opt = document.createElement("option");
      opt.value = name;
      speakersEl.appendChild(opt);
    });
    showState();
    dirty = false;
    currentCue = null;
    lastJump = null;
  }

  // --- reading the edited cues -----------------------------------------------------------------
  // Each character of the cue text belongs to a word span (or to none); a token that is
  // exactly an untouched span keeps that word's times and marks.
  function readWords(box) {
    var text = "", owner = [];
    (function walk(node, span) {
      node.childNodes.forEach(function (child) {
        if (child.nodeType === 3) {
          text += child.data;
          for (var i = 0; i < child.data.length; i++) { owner.push(span); }
        } else if (child.nodeType === 1) {
          if (child.tagName === "BR") { text += " "; owner.push(null); return; }
          walk(child, child.classList.contains("w") ? child : span);
        }
      });
    })(box, null);
    var words = [], re = /\S+/g, m;
    while ((m = re.exec(text)) !== null) {
      var span = owner[m.index], same = !!span;
      for (var k = m.index; k < m.index + m[0].length && same; k++) {
        same = owner[k] === span;
      }
      var word = {text: m[0], from: m.index, to: m.index + m[0].length};
      if (same && span.dataset.text === m[0] && span.textContent.trim() === m[0]) {
        word.start = parseFloat(span.dataset.start);
        word.end = parseFloat(span.dataset.end);
        word.probability = span.dataset.p ? parseFloat(span.dataset.p) : null;
        word.doubtful = span.dataset.doubtful === "1";
      }
      words.push(word);
    }
    return {text: text, words: words};
  }

  function readCue(li) {
    var read = readWords(li.querySelector(".text"));
    return {start: parseFloat(li.dataset.start), end: parseFloat(li.dataset.end),
            speaker: li.querySelector(".speaker").value.trim() || null,
            words: read.words, text: read.text};
  }

  function caretOffset(box) {
    var sel = window.getSelection();
    if (!sel.rangeCount || !box.contains(sel.anchorNode)) { return null; }
    var range = document.createRange();
    range.selectNodeContents(box);
    range.setEnd(sel.anchorNode, sel.anchorOffset);
    return range.toString().length;
  }

  function cueOf(node) {
    var el = node && (node.nodeType === 1 ? node : node.parentElement);
    return el ? el.closest("li.cue") : null;
  }

  function activeCue() {
    var fromFocus = cueOf(document.activeElement);
    if (fromFocus && list.contains(fromFocus)) { return fromFocus; }
    return currentCue && currentCue.isConnected ? currentCue : null;
  }

  // --- actions ------------------------------------------------------------------------------
  function togglePlay() {
    if (audio.paused) { audio.play().catch(function () {}); } else { audio.pause(); }
  }

  function replay() {
    audio.currentTime = Math.max(0, audio.currentTime - 5);
    audio.play().catch(function () {});
  }

  function selectWord(span) {
    var box = span.closest(".text");
    box.focus();
    var range = document.createRange();
    range.selectNodeContents(span);
    var sel = window.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    span.scrollIntoView({block: "center"});
  }

  function jumpDoubtful(backwards) {
    var all = Array.prototype.slice.call(list.querySelectorAll(".w.doubtful"));
    if (!all.length) { say(T.no_doubtful); return; }
    var from = lastJump && lastJump.isConnected ? lastJump : null;
    var sel = window.getSelection();
    if (sel.rangeCount && list.contains(sel.anchorNode)) {
      var inSpan = cueOf(sel.anchorNode) && (sel.anchorNode.nodeType === 1
        ? sel.anchorNode : sel.anchorNode.parentElement).closest(".w");
      from = inSpan || sel.anchorNode;
    }
    var target = null, wrapped = false, i;
    if (!backwards) {
      for (i = 0; i < all.length && !target; i++) {
        if (!from || (from !== all[i] && (from.compareDocumentPosition(all[i]) &
            Node.DOCUMENT_POSITION_FOLLOWING) && !all[i].contains(from))) { target = all[i]; }
      }
      if (!target) { target = all[0]; wrapped = !!from; }
    } else {
      for (i = all.length - 1; i >= 0 && !target; i--) {
        if (!from || (from !== all[i] && (from.compareDocumentPosition(all[i]) &
            Node.DOCUMENT_POSITION_PRECEDING) && !all[i].contains(from))) { target = all[i]; }
      }
      if (!target) { target = all[all.length - 1]; wrapped = !!from; }
    }
    lastJump = target;
    currentCue = cueOf(target);
    selectWord(target);
    var start = parseFloat(target.dataset.start);
    if (!isNaN(start)) { audio.currentTime = Math.max(0, start - 1); }
    var n = all.indexOf(target) + 1;
    say((wrapped ? T.wrapped + " " : "") +
        format(T.doubtful_n, {n: n, total: all.length, word: target.textContent}));
  }

  function changed() {
    dirty = true;
  }

  function splitCue() {
    var li = activeCue();
    if (!li) { say(T.no_cue); return; }
    var box = li.querySelector(".text");
    var offset = caretOffset(box);
    var cue = readCue(li);
    if (offset === null) { say(T.split_where); return; }
    var left = cue.words.filter(function (w) { return w.to <= offset; });
    var right = cue.words.filter(function (w) { return w.to > offset; });
    if (!left.length || !right.length) { say(T.split_where); return; }
    var at = right[0].start;
    if (at === undefined) {
      at = left[left.length - 1].end;
    }
    if (at === undefined || at <= cue.start || at >= cue.end) {
      var share = right[0].from / Math.max(1, cue.text.length);
      at = cue.start + (cue.end - cue.start) * share;
    }
    at = Math.round(at * 1000) / 1000;
    var second = cueElement({start: at, end: cue.end, speaker: cue.speaker, words: right});
    li.dataset.end = String(at);
    fillText(box, left);
    li.after(second);
    currentCue = second;
    var secondBox = second.querySelector(".text");
    secondBox.focus();
    var sel = window.getSelection();
    sel.removeAllRanges();
    var range = document.createRange();
    range.setStart(secondBox, 0);
    range.collapse(true);
    sel.addRange(range);
    changed();
    say(T.split_done);
  }

  function mergeCue() {
    var li = activeCue();
    if (!li) { say(T.no_cue); return; }
    var next = li.nextElementSibling;
    if (!next) { say(T.merge_last); return; }
    var a = readCue(li), b = readCue(next);
    li.dataset.end = next.dataset.end;
    fillText(li.querySelector(".text"), a.words.concat(b.words));
    next.remove();
    currentCue = li;
    li.querySelector(".text").focus();
    changed();
    say(T.merge_done);
  }

  function focusSpeaker() {
    var li = activeCue();
    if (!li) { say(T.no_cue); return; }
    var input = li.querySelector(".speaker");
    input.focus();
    input.select();
  }

  function collect() {
    return Array.prototype.map.call(list.querySelectorAll("li.cue"), function (li) {
      var cue = readCue(li);
      return {start: cue.start, end: cue.end, speaker: cue.speaker,
              text: cue.words.map(function (w) { return w.text; }).join(" ")};
    });
  }

  function save(reviewed) {
    if (!doc) { return; }
    say(T.saving);
    fetch("api/save", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({version: doc.version, reviewed: !!reviewed, cues: collect()})
    }).then(function (response) {
      return response.json().then(function (data) {
        return {ok: response.ok, status: response.status, data: data};
      });
    }).then(function (answer) {
      if (answer.status === 409) { say(T.conflict); return; }
      if (!answer.ok) { say(T.save_failed + " " + (answer.data.error || "?")); return; }
      draw(answer.data.document);
      say(reviewed ? T.saved_reviewed : T.saved);
    }).catch(function (err) { say(T.save_failed + " " + err); });
  }

  // --- events -------------------------------------------------------------------------------
  list.addEventListener("input", changed);
  list.addEventListener("focusin", function (event) {
    var li = cueOf(event.target);
    if (li) { currentCue = li; }
  });
  list.addEventListener("click", function (event) {
    var button = event.target.closest("button.time");
    if (button) {
      audio.currentTime = parseFloat(button.closest("li.cue").dataset.start);
      audio.play().catch(function () {});
    }
  });
  list.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && event.target.classList.contains("text")) {
      event.preventDefault();  // one cue is one paragraph: Alt+S splits it
    }
  });
  list.addEventListener("paste", function (event) {
    if (!event.target.closest || !event.target.closest(".text")) { return; }
    event.preventDefault();
    var text = (event.clipboardData || window.clipboardData).getData("text/plain");
    document.execCommand("insertText", false, text.replace(/\s+/g, " "));
  });

  document.addEventListener("keydown", function (event) {
    var code = event.code, handled = true;
    if (event.key === "Escape" && !event.altKey && !event.ctrlKey && !event.metaKey) {
      togglePlay();
    } else if ((event.ctrlKey || event.metaKey) && !event.altKey && code === "KeyS") {
      save(false);
    } else if (event.altKey && !event.ctrlKey && !event.metaKey) {
      if (code === "KeyR") { replay(); }
      else if (code === "KeyN") { jumpDoubtful(event.shiftKey); }
      else if (code === "KeyS") { splitCue(); }
      else if (code === "KeyM") { mergeCue(); }
      else if (code === "KeyP") { focusSpeaker(); }
      else { handled = false; }
    } else {
      handled = false;
    }
    if (handled) { event.preventDefault(); event.stopPropagation(); }
  }, true);

  function button(id, action) {
    var el = document.getElementById(id);
    // keep the caret in the cue text while a button is pressed (split needs it)
    el.addEventListener("mousedown", function (event) { event.preventDefault(); });
    el.addEventListener("click", action);
  }
  button("btn-play", togglePlay);
  button("btn-replay", replay);
  button("btn-next-doubtful", function () { jumpDoubtful(false); });
  button("btn-split", splitCue);
  button("btn-merge", mergeCue);
  button("btn-speaker", focusSpeaker);
  button("btn-save", function () { save(false); });
  button("btn-save-reviewed", function () { save(true); });

  audio.addEventListener("timeupdate", function () {
    var now = audio.currentTime;
    list.querySelectorAll("li.cue.playing").forEach(function (li) {
      li.classList.remove("playing");
    });
    var items = list.querySelectorAll("li.cue");
    for (var i = 0; i < items.length; i++) {
      if (parseFloat(items[i].dataset.start) <= now && now < parseFloat(items[i].dataset.end)) {
        items[i].classList.add("playing");
        break;
      }
    }
  });

  window.addEventListener("beforeunload", function (event) {
    if (dirty) { event.preventDefault(); event.returnValue = T.unsaved; }
  });

  fetch("api/transcript", {credentials: "same-origin"}).then(function (response) {
    return response.json().then(function (data) { return {ok: response.ok, data: data}; });
  }).then(function (answer) {
    if (!answer.ok) { say(T.load_failed + " " + (answer.data.error || "?")); return; }
    draw(answer.data);
    say("");
    document.body.dataset.ready = "1";
  }).catch(function (err) { say(T.load_failed + " " + err); });
})();
