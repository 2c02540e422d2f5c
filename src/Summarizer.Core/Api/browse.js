"use strict";
// The browse page: upload, watch each article through the pipeline, check key points against the cleaned article,
// retry failures, and a small dashboard. All text goes in through textContent, never as markup.

const list = document.getElementById("list");
const detail = document.getElementById("detail");
const status = document.getElementById("status");
const count = document.getElementById("count");
const notice = document.getElementById("notice");
const noticeText = document.getElementById("notice-text");
const keyForm = document.getElementById("key-form");
const keyInput = document.getElementById("key");
const uploadMessage = document.getElementById("upload-message");
const articlesPane = document.getElementById("articles-pane");
const statsPane = document.getElementById("stats");
const statsBody = document.getElementById("stats-body");
const who = document.getElementById("who");

const KEY = "summarizer.functionKey";
const POLL_MS = 1000;
const FINAL = new Set(["summarized", "rejected", "failed"]);
let next = null;
let shown = 0;
let selected = null;
const watched = new Set();
let pollTimer = null;
let me = null;

function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  for (const child of children) if (child != null && child !== false) node.append(child);
  return node;
}

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

// ---- Requests, with the function key the Functions app asks for -------------------------------------------------

let keyWaiters = [];

function askForKey(message) {
  noticeText.textContent = message;
  notice.hidden = false;
  keyForm.hidden = false;
  keyInput.value = "";
  keyInput.focus();
  return new Promise(resolve => keyWaiters.push(resolve));
}

keyForm.addEventListener("submit", e => {
  e.preventDefault();
  const key = keyInput.value.trim();
  if (!key) return;
  sessionStorage.setItem(KEY, key);
  notice.hidden = true;
  keyForm.hidden = true;
  const waiters = keyWaiters;
  keyWaiters = [];
  for (const resolve of waiters) resolve();
});

class ApiError extends Error {
  constructor(message, statusCode) {
    super(message);
    this.statusCode = statusCode;
  }
}

/** Calls the API; on 401 asks for a function key (once, kept for the session) and tries again. */
async function api(path, options = {}) {
  for (;;) {
    const headers = new Headers(options.headers || {});
    headers.set("Accept", "application/json");
    const key = sessionStorage.getItem(KEY);
    if (key) headers.set("x-functions-key", key);
    const response = await fetch(path, { ...options, headers });
    if (response.status === 401) {
      sessionStorage.removeItem(KEY);
      await askForKey(key
        ? "The server refused the function key (401 Unauthorized). Enter a valid function key for this app."
        : "This server needs a function key for every request (401 Unauthorized). Enter the key to continue; it is kept for this browser tab only.");
      continue;
    }

    const text = await response.text();
    let body = null;
    try { body = text ? JSON.parse(text) : null; } catch { body = null; }
    if (!response.ok) {
      const reason = body && (body.detail || body.title) || response.statusText || "Request failed";
      throw new ApiError(reason + " (" + response.status + ")", response.status);
    }
    return body;
  }
}

function showError(where, e) {
  where.replaceChildren(el("p", { className: "error", textContent: e.message }));
}

// ---- The list of articles --------------------------------------------------------------------------------------

/** Whose the article is, shown to a signed-in caller who sees everyone's (an admin, or in a shared library). */
function ownerText(item) {
  if (!me || !me.readsAll || (me.kind !== "user" && me.kind !== "service") || !item.uploadedBy) return "";
  return " · " + (item.uploadedBy.id === me.id ? "yours" : (item.uploadedBy.name || item.uploadedBy.id));
}

function itemNode(item) {
  const button = el("button", { type: "button", className: "item" },
    el("span", { className: "title", textContent: item.title || item.name }),
    el("span", { className: "status " + item.status, textContent: item.status }),
    item.fallbackReason ? el("span", { className: "badge offline", title: item.fallbackReason, textContent: "offline" }) : false,
    el("span", { className: "meta", textContent: " " + new Date(item.createdAt || Date.now()).toLocaleString() + (item.model ? " · " + item.model : "") + ownerText(item) }));
  button.addEventListener("click", () => select(item.id));
  if (item.id === selected) button.setAttribute("aria-current", "true");
  const li = el("li", {}, button);
  li.dataset.id = item.id;
  li.dataset.status = item.status;
  return li;
}

function findItem(id) {
  for (const li of list.children) if (li.dataset.id === id) return li;
  return null;
}

function updateCount() {
  count.textContent = shown + " article" + (shown === 1 ? "" : "s") + (next ? "+" : "");
}

function putItem(item, atTop) {
  const old = findItem(item.id);
  const node = itemNode(item);
  if (old && !atTop) {
    old.replaceWith(node);
  } else {
    old?.remove();
    if (!old) shown++;
    if (atTop) list.prepend(node); else list.append(node);
  }
  if (!FINAL.has(item.status)) watch(item.id);
  updateCount();
}

async function loadPage() {
  const query = new URLSearchParams({ top: "25" });
  if (status.value) query.set("status", status.value);
  if (next) query.set("continuationToken", next);
  const page = await api("summaries?" + query);
  document.getElementById("more")?.remove();
  next = page.continuationToken;
  for (const item of page.items) putItem(item, false);
  updateCount();
  if (next) {
    const more = el("button", { id: "more", type: "button", textContent: "Load more" });
    more.addEventListener("click", () => loadPage().catch(e => showError(detail, e)));
    list.after(more);
  }
}

function reloadList() {
  list.replaceChildren();
  next = null;
  shown = 0;
  return loadPage().catch(e => showError(detail, e));
}

// ---- Live status: articles not yet in a final status are polled until they are -------------------------------

function watch(id) {
  watched.add(id);
  if (!pollTimer) pollTimer = setTimeout(poll, POLL_MS);
}

async function poll() {
  pollTimer = null;
  for (const id of [...watched]) {
    try {
      const a = await api("summaries/" + encodeURIComponent(id));
      const li = findItem(id);
      if (li && li.dataset.status !== a.status) li.replaceWith(itemNode(a));
      if (FINAL.has(a.status)) watched.delete(id);
      if (id === selected && detail.dataset.status !== a.status) await show(id);
    } catch (e) {
      if (e.statusCode === 404) watched.delete(id);
    }
  }
  if (watched.size > 0) pollTimer = setTimeout(poll, POLL_MS);
}

// ---- Uploads: files, pasted text, a URL ------------------------------------------------------------------------

async function upload(path, body, contentType, label) {
  uploadMessage.className = "";
  uploadMessage.textContent = "Adding " + label + "…";
  try {
    const accepted = await api(path, { method: "POST", body, headers: contentType ? { "Content-Type": contentType } : {} });
    if (!status.value || status.value === accepted.status) {
      putItem({ id: accepted.id, name: accepted.name, status: accepted.status, createdAt: new Date().toISOString() }, true);
    }
    watch(accepted.id);
    uploadMessage.textContent = "Added " + accepted.name + ".";
    return accepted;
  } catch (e) {
    uploadMessage.className = "error";
    uploadMessage.textContent = "Could not add " + label + ": " + e.message;
    return null;
  }
}

async function uploadFiles(files) {
  for (const file of files) {
    await upload("articles?name=" + encodeURIComponent(file.name), file, file.type || null, file.name);
  }
}

const fileInput = document.getElementById("file");
fileInput.addEventListener("change", async () => {
  await uploadFiles([...fileInput.files]);
  fileInput.value = "";
});

const drop = document.getElementById("drop");
drop.addEventListener("dragover", e => { e.preventDefault(); drop.classList.add("over"); });
drop.addEventListener("dragleave", () => drop.classList.remove("over"));
drop.addEventListener("drop", e => {
  e.preventDefault();
  drop.classList.remove("over");
  uploadFiles([...e.dataTransfer.files]);
});

document.getElementById("paste-form").addEventListener("submit", async e => {
  e.preventDefault();
  const text = document.getElementById("paste-text");
  const nameInput = document.getElementById("paste-name");
  let name = nameInput.value.trim();
  if (name && !/\.[A-Za-z0-9]{1,8}$/.test(name)) name += ".txt";
  const path = "articles" + (name ? "?name=" + encodeURIComponent(name) : "");
  if (await upload(path, text.value, "text/plain; charset=utf-8", name || "the pasted text")) {
    text.value = "";
    nameInput.value = "";
  }
});

document.getElementById("url-form").addEventListener("submit", async e => {
  e.preventDefault();
  const url = document.getElementById("url");
  if (await upload("articles", JSON.stringify({ url: url.value.trim() }), "application/json", url.value.trim())) url.value = "";
});

// ---- One article: summary and key points beside the cleaned article --------------------------------------------

function selectInList(id) {
  for (const li of list.children) {
    const button = li.firstElementChild;
    if (li.dataset.id === id) button.setAttribute("aria-current", "true"); else button.removeAttribute("aria-current");
  }
}

function select(id) {
  history.replaceState(null, "", location.pathname + location.search + "#" + encodeURIComponent(id));
  showView();
}

function formatBytes(bytes) {
  if (bytes == null) return "unknown size";
  return bytes < 1024 ? bytes.toLocaleString() + " bytes" : (bytes / 1024).toLocaleString(undefined, { maximumFractionDigits: 1 }) + " KB (" + bytes.toLocaleString() + " bytes)";
}

function facts(a) {
  return [a.byline, a.site, a.published && new Date(a.published).toLocaleDateString(), a.language, a.model && "model " + a.model,
    a.promptTokens > 0 && (a.promptTokens + a.completionTokens) + " tokens", a.timings?.totalMilliseconds != null && a.timings.totalMilliseconds + " ms"].filter(Boolean);
}

async function retry(id, button) {
  button.disabled = true;
  try {
    await api("summaries/" + encodeURIComponent(id) + "/retry", { method: "POST" });
    watch(id);
    await show(id);
  } catch (e) {
    button.disabled = false;
    button.after(el("p", { className: "error", textContent: "Retry refused: " + e.message }));
  }
}

/** Deletes the article after the reader confirms; it leaves the list and the detail pane. */
async function remove(a, button) {
  if (!confirm("Delete \u201c" + (a.title || a.name) + "\u201d? Its file, cleaned text, summary and every earlier version are removed for good.")) return;
  button.disabled = true;
  try {
    await api("articles/" + encodeURIComponent(a.id), { method: "DELETE" });
    watched.delete(a.id);
    const li = findItem(a.id);
    if (li) { li.remove(); shown--; updateCount(); }
    selected = null;
    detail.dataset.status = "";
    detail.replaceChildren(el("p", { className: "meta", id: "deleted", textContent: "Deleted \u201c" + (a.title || a.name) + "\u201d." }));
    history.replaceState(null, "", location.pathname + location.search);
  } catch (e) {
    button.disabled = false;
    button.after(el("p", { className: "error", textContent: "Delete refused: " + e.message }));
  }
}

function deleteButton(a) {
  const button = el("button", { type: "button", id: "delete", textContent: "Delete" });
  button.addEventListener("click", () => remove(a, button));
  return button;
}

function statusParts(a) {
  const parts = [];
  if (a.status === "failed") {
    parts.push(el("div", { className: "panel" },
      el("p", { className: "error" }, el("strong", { textContent: "Summarizing failed: " }), a.error || "no reason was recorded."),
      (() => {
        const button = el("button", { type: "button", className: "primary", textContent: "Retry" });
        button.addEventListener("click", () => retry(a.id, button));
        return button;
      })()));
  } else if (a.status === "rejected") {
    const source = a.source || {};
    const type = [source.contentType, source.format].filter(Boolean).join(", ") || "unknown type";
    parts.push(el("div", { className: "panel" },
      el("p", { className: "error" }, el("strong", { textContent: "Rejected: " }), a.error || "no reason was recorded."),
      el("p", { className: "meta", textContent: "Original file: " + formatBytes(source.size) + ", " + type + "." })));
  } else if (a.status === "summarized" && a.fallbackReason) {
    parts.push(el("div", { className: "panel fallback" },
      el("p", {}, el("span", { className: "badge offline", textContent: "Offline summary" }), ": " + a.fallbackReason),
      el("p", { className: "meta", textContent: "The chat model did not write this summary; the offline summarizer did." }),
      (() => {
        const button = el("button", { type: "button", className: "primary", textContent: "Send to the model again" });
        button.addEventListener("click", () => retry(a.id, button));
        return button;
      })()));
  } else if (a.status === "cleaned" && a.retryAt) {
    parts.push(el("p", { className: "meta retrying", textContent: "Cleaned; the model was busy or away (" + a.lastTransientError + "), try " + (a.transientFailures + 1) + " at " + new Date(a.retryAt).toLocaleTimeString() + "…" }));
  } else if (!FINAL.has(a.status)) {
    parts.push(el("p", { className: "meta", textContent: a.status === "pending" ? "Waiting to be cleaned…" : "Cleaned; waiting for the summary…" }));
  } else if (a.error) {
    parts.push(el("p", { className: "error", textContent: a.error }));
  }
  return parts;
}

/** Renders the cleaned article's blocks, each sentence a span that a key point can mark. */
function articleSection(cleaned) {
  const section = el("section", { id: "article" }, el("h3", { textContent: "Cleaned article" }));
  const sentences = new Map();
  for (const block of cleaned.body || []) {
    let node;
    if (block.kind === "heading") {
      node = el("h4", { textContent: block.text });
    } else {
      node = el(block.kind === "quote" ? "blockquote" : block.kind === "preformatted" ? "pre" : "p");
      if (block.kind === "listItem") node.className = "list-item";
      block.sentences.forEach((s, i) => {
        const span = el("span", { textContent: s.text });
        span.dataset.sentence = s.index;
        sentences.set(s.index, { node: span, text: s.text });
        if (i > 0) node.append(" ");
        node.append(span);
      });
      if (block.sentences.length === 0) node.textContent = block.text;
    }
    section.append(node);
  }
  return { section, sentences };
}

const normalize = text => (text || "").replace(/\s+/g, " ").trim();

/**
 * The article sentences a key point cites, found by number and checked against the quoted text, and the numbers of
 * those not found. A quote whose number no longer matches (the article was numbered differently) is looked up by its text.
 */
function resolveCitations(point, sentences) {
  const found = new Set();
  const quotes = new Set((point.sources || []).map(normalize));
  const matched = new Set();
  let missing = [];
  for (const index of point.sentences) {
    const at = sentences.get(index);
    if (at && (quotes.size === 0 || quotes.has(normalize(at.text)))) {
      found.add(index);
      matched.add(normalize(at.text));
    } else {
      missing.push(index + 1);
    }
  }
  for (const quote of quotes) {
    if (matched.has(quote) || missing.length === 0) continue;
    for (const [index, s] of sentences) {
      if (normalize(s.text) === quote) {
        found.add(index);
        missing = missing.slice(1);
        break;
      }
    }
  }
  return { found: [...found], missing };
}

function highlight(indexes, sentences) {
  for (const mark of detail.querySelectorAll("#article mark")) {
    const span = el("span", { textContent: mark.textContent });
    span.dataset.sentence = mark.dataset.sentence;
    sentences.get(Number(mark.dataset.sentence)).node = span;
    mark.replaceWith(span);
  }
  let first = null;
  for (const index of indexes) {
    const at = sentences.get(index);
    const mark = el("mark", { textContent: at.text });
    mark.dataset.sentence = index;
    at.node.replaceWith(mark);
    at.node = mark;
    if (!first || Number(first.dataset.sentence) > index) first = mark;
  }
  first?.scrollIntoView({ block: "center" });
}

function keyPointList(a, sentences) {
  const points = el("ol", {});
  const buttons = [];
  for (const point of a.keyPoints) {
    const { found, missing } = sentences ? resolveCitations(point, sentences) : { found: [], missing: [] };
    const cites = " (sentence" + (point.sentences.length === 1 ? " " : "s ") + point.sentences.map(i => i + 1).join(", ") + ")";
    const button = el("button", { type: "button" }, point.text, el("span", { className: "meta", textContent: cites }));
    button.setAttribute("aria-pressed", "false");
    buttons.push(button);
    button.addEventListener("click", () => {
      for (const b of buttons) b.setAttribute("aria-pressed", b === button ? "true" : "false");
      if (sentences) highlight(found, sentences);
    });
    const li = el("li", {}, button);
    if (sentences && missing.length > 0) {
      li.append(el("span", { className: "unfound", textContent: "⚠ Cited sentence" + (missing.length === 1 ? " " : "s ") + missing.join(", ") + " not found in the cleaned article." }));
      li.dataset.unfound = "true";
    }
    points.append(li);
  }
  points.className = "points";
  return points;
}

async function show(id) {
  selected = id;
  selectInList(id);
  try {
    const a = await api("summaries/" + encodeURIComponent(id));
    let cleaned = null;
    if (a.status === "cleaned" || a.status === "summarized" || a.status === "failed") {
      cleaned = await api("articles/" + encodeURIComponent(id) + "/cleaned").catch(e => (e.statusCode === 404 ? null : Promise.reject(e)));
    }
    const li = findItem(id);
    if (li && li.dataset.status !== a.status) li.replaceWith(itemNode(a));
    if (selected !== id) return;
    const article = cleaned ? articleSection(cleaned) : null;
    const summary = el("section", { id: "summary" });
    if (a.tldr) summary.append(el("h3", { textContent: "TL;DR" }), el("p", { className: "tldr", textContent: a.tldr }));
    if (a.summary) summary.append(el("h3", { textContent: "Summary" }), el("p", { textContent: a.summary }));
    if (a.keyPoints?.length) {
      summary.append(el("h3", { textContent: "Key points" }));
      summary.lastChild.after(keyPointList(a, article?.sentences));
      summary.append(el("p", { className: "meta", textContent: "Select a key point to mark the sentences it cites." }));
    }
    const parts = [
      el("h2", { textContent: a.title || a.name }),
      el("p", { className: "meta" }, el("span", { className: "status " + a.status, textContent: a.status }), facts(a).length ? " · " + facts(a).join(" · ") : "", ownerText(a)),
      ...statusParts(a),
    ];
    const columns = el("div", { className: "columns" });
    if (summary.childElementCount > 0) columns.append(summary);
    if (article) columns.append(article.section);
    if (columns.childElementCount > 0) parts.push(columns);
    if (cleaned) parts.push(el("p", {}, el("a", { href: "articles/" + encodeURIComponent(id) + "/cleaned", textContent: "Cleaned article (JSON)" })));
    parts.push(el("p", {}, deleteButton(a)));
    detail.dataset.status = a.status;
    detail.replaceChildren(...parts);
    if (!FINAL.has(a.status)) watch(id);
  } catch (e) {
    detail.dataset.status = "";
    showError(detail, e);
  }
}

// ---- The dashboard -------------------------------------------------------------------------------------------

function chart(perHour) {
  const width = 720, height = 200, left = 30, bottom = 24, top = 10;
  const max = Math.max(1, ...perHour.map(h => h.count));
  const slot = (width - left) / perHour.length;
  const plot = height - bottom - top;
  const total = perHour.reduce((sum, h) => sum + h.count, 0);
  const root = svg("svg", { class: "chart", viewBox: `0 0 ${width} ${height}`, role: "img", "aria-labelledby": "chart-title" },
    svg("title", { id: "chart-title" }, `Articles summarized per hour over the last 24 hours: ${total} in all, at most ${max} in one hour.`));
  root.append(svg("line", { x1: left, y1: top + plot, x2: width, y2: top + plot }));
  root.append(svg("text", { x: left - 4, y: top + 8, "text-anchor": "end" }, String(max)));
  root.append(svg("text", { x: left - 4, y: top + plot, "text-anchor": "end" }, "0"));
  perHour.forEach((h, i) => {
    const barHeight = Math.round(plot * h.count / max);
    const hour = new Date(h.hour);
    const bar = svg("rect", { class: "bar", x: left + i * slot + 2, y: top + plot - barHeight, width: Math.max(1, slot - 4), height: barHeight },
      svg("title", {}, `${hour.toLocaleString([], { hour: "2-digit", minute: "2-digit" })}: ${h.count}`));
    root.append(bar);
    if (i % 3 === 0) {
      root.append(svg("text", { x: left + i * slot + slot / 2, y: height - 6, "text-anchor": "middle" }, hour.toLocaleTimeString([], { hour: "2-digit" })));
    }
  });
  return root;
}

function duration(ms) {
  if (ms == null) return "–";
  return ms < 1000 ? ms + " ms" : ms < 120000 ? (ms / 1000).toFixed(1) + " s" : (ms / 60000).toFixed(1) + " min";
}

function renderStats(s) {
  const counts = el("dl", { className: "counts" });
  for (const [name, value] of Object.entries(s.counts)) {
    const dd = el("dd", { textContent: (value >= s.countLimit ? "≥ " : "") + value.toLocaleString() });
    dd.dataset.status = name;
    counts.append(el("div", {}, el("dt", { textContent: name }), dd));
  }
  const usage = el("table", {},
    el("caption", { className: "sr-only", textContent: "Model tokens and calls per day" }),
    el("thead", {}, el("tr", {}, ...["Day (UTC)", "Provider", "Articles", "Calls", "Prompt tokens", "Completion tokens"].map(t => el("th", { scope: "col", textContent: t })))),
    el("tbody", {}, ...s.modelUsage.map(u => el("tr", {}, ...[u.day, u.provider, u.articles, u.modelCalls, u.promptTokens, u.completionTokens]
      .map(v => el("td", { textContent: typeof v === "number" ? v.toLocaleString() : v }))))));
  const t = s.uploadToSummary;
  const bound = "Read from the index: each status counted up to " + s.countLimit.toLocaleString() + "; the figures above from the summarized articles uploaded since "
    + new Date(s.window.createdAfter).toLocaleString() + " (" + s.window.rowsRead.toLocaleString() + " read" + (s.window.truncated ? ", the newest " + s.window.maxRows.toLocaleString() + " only" : "") + ").";
  statsBody.replaceChildren(
    el("h3", { textContent: "Articles by status" }), counts,
    el("h3", { textContent: "Summarized per hour, last 24 hours" }), chart(s.summarizedPerHour),
    el("h3", { textContent: "Upload to summary, last 24 hours" }),
    el("p", { id: "times", textContent: t.articles === 0 ? "No article was summarized in the last 24 hours."
      : "Median " + duration(t.medianMilliseconds) + " · 95th percentile " + duration(t.p95Milliseconds) + " · over " + t.articles.toLocaleString() + (t.articles === 1 ? " article" : " articles") }),
    el("h3", { textContent: "Chat model usage per day" }),
    s.modelUsage.length ? usage : el("p", { className: "meta", textContent: "No chat model was called in this window (the offline summarizer calls none)." }),
    el("p", { className: "meta", textContent: bound }));
}

async function loadStats() {
  try {
    renderStats(await api("stats"));
  } catch (e) {
    showError(statsBody, e);
  }
}

document.getElementById("stats-refresh").addEventListener("click", loadStats);

// ---- Views: #stats is the dashboard, #<id> an article ----------------------------------------------------------

function showView() {
  const hash = decodeURIComponent(location.hash.slice(1));
  const stats = hash === "stats";
  statsPane.hidden = !stats;
  articlesPane.hidden = stats;
  detail.hidden = stats;
  status.hidden = stats;
  if (stats) {
    document.getElementById("stats-heading").focus();
    loadStats();
  } else if (hash) {
    show(hash);
  }
}

window.addEventListener("hashchange", showView);
document.getElementById("to-articles").addEventListener("click", e => {
  e.preventDefault();
  history.pushState(null, "", location.pathname + location.search);
  showView();
});

// The status filter is kept in the address (?status=failed), so a filtered list can be bookmarked.
status.value = new URLSearchParams(location.search).get("status") ?? "";
status.addEventListener("change", () => {
  const query = status.value ? "?status=" + status.value : "";
  history.replaceState(null, "", location.pathname + query + location.hash);
  reloadList();
});

// ---- Who is signed in -------------------------------------------------------------------------------------------

/**
 * Where App Service Authentication runs (in Azure), /.auth/me says whether someone is signed in; elsewhere it does
 * not exist (serve, a local host) and the page goes on as the API's own caller: local, or a function key.
 */
async function signedIn() {
  let response;
  try { response = await fetch("/.auth/me", { headers: { Accept: "application/json" } }); } catch { return true; }
  if (response.status === 404) return true;
  const principals = response.ok ? await response.json().catch(() => []) : [];
  if (Array.isArray(principals) && principals.length > 0) return true;
  const back = encodeURIComponent(location.pathname + location.search + location.hash);
  who.replaceChildren("Not signed in · ", el("a", { href: "/.auth/login/aad?post_login_redirect_uri=" + back, id: "sign-in", textContent: "Sign in" }));
  return false;
}

async function loadWho() {
  me = await api("me");
  const label = me.kind === "local" ? "local (no sign-in)" : me.kind === "key" ? "function key" : (me.name || me.id);
  const parts = [el("span", { id: "who-name", textContent: label })];
  if (me.roles.includes("Summarizer.Admin")) parts.push(" (admin)");
  if (me.signIn && (me.kind === "user" || me.kind === "service")) parts.push(" · ", el("a", { href: "/.auth/logout?post_logout_redirect_uri=" + encodeURIComponent(location.pathname), textContent: "Sign out" }));
  who.replaceChildren("Signed in as ", ...parts);
}

document.getElementById("stats-heading").tabIndex = -1;
signedIn().then(ok => ok && loadWho().catch(e => { who.textContent = e.message; }).then(reloadList).then(showView));
