/* Kommunpodd search page: Pagefind over episode pages; each hit links to the moment in the
   episode where the word is said (the transcript line's anchor → #t=<seconds>). */
const strings = JSON.parse(document.getElementById("search-strings").textContent);
const form = document.querySelector("form.search-form");
const input = document.getElementById("search-input");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const siteRoot = new URL("../", window.location.href);

let pagefind = null;
async function engine() {
  if (!pagefind) {
    pagefind = await import(new URL("pagefind/pagefind.js", siteRoot).href);
    if (pagefind.options) await pagefind.options({ excerptLength: 24 });
  }
  return pagefind;
}

function clock(seconds) {
  const s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${String(m).padStart(2, "0")}:${ss}`;
}

/* The transcript line (anchor id "t-<seconds>") holding the first matched word that is said
   in the episode (matches in the show notes before the transcript are skipped). */
function moment(data) {
  const anchors = (data.anchors || []).filter((a) => /^t-\d/.test(a.id))
    .sort((a, b) => a.location - b.location);
  if (!anchors.length) return null;
  for (const location of (data.locations || []).slice().sort((a, b) => a - b)) {
    let best = null;
    for (const a of anchors) {
      if (a.location <= location) best = a; else break;
    }
    if (best) {
      const seconds = parseFloat(best.id.slice(2));
      if (!isNaN(seconds)) return { seconds, text: (best.text || "").trim() };
    }
  }
  return null;
}

function pageUrl(url) {
  return new URL(url.replace(/^\//, ""), siteRoot);
}

async function run(query) {
  list.textContent = "";
  if (!query.trim()) { status.textContent = ""; return; }
  status.textContent = strings.loading;
  let pf;
  try {
    pf = await engine();
  } catch (error) {
    status.textContent = strings.unavailable;  /* e.g. built with --no-search */
    return;
  }
  const search = await pf.search(query);
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  status.textContent = results.length === 0 ? strings.none
    : (results.length === 1 ? strings.one : strings.many.replace("{n}", results.length));
  for (const data of results) {
    const li = document.createElement("li");
    const h = document.createElement("h2");
    const a = document.createElement("a");
    const found = moment(data);
    const t = found ? found.seconds : null;
    const url = pageUrl(data.url);
    if (t !== null) url.hash = `t=${Math.floor(t * 10) / 10}`;
    a.href = url.href;
    a.textContent = (data.meta && data.meta.title) || data.url;
    h.appendChild(a);
    li.appendChild(h);
    if (t !== null) {
      const p = document.createElement("p");
      p.className = "meta";
      p.textContent = `${strings.play_from} ${clock(t)}`;
      li.appendChild(p);
    }
    const excerpt = document.createElement("p");
    if (found && found.text) {
      excerpt.textContent = `”${found.text}”`;  /* the line that is said at that moment */
    } else {
      excerpt.innerHTML = data.excerpt;  /* Pagefind escapes the text and adds <mark> */
    }
    li.appendChild(excerpt);
    list.appendChild(li);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = input.value;
  const here = new URL(window.location.href);
  here.searchParams.set("q", q);
  window.history.replaceState(null, "", here);
  run(q);
});

const initial = new URLSearchParams(window.location.search).get("q");
if (initial) { input.value = initial; run(initial); }
