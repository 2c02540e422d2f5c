// Runs Mozilla Readability (with jsdom) over a dataset folder and writes the JSON shape that
// `summarizer clean <folder>` prints, plus `elapsedMs` per page so `summarizer eval clean --compare`
// can report its throughput. Only parsing and extraction are timed, not file reading or text output.
//
// Usage: node extract.mjs <dataset-folder> <output.json>
//   Pages are read in slices of 100, each in a child process of its own, so jsdom's memory is returned to the system
//   between slices (a single process over a few thousand pages runs out of heap).
//   <dataset-folder> holds either <page>/source.html folders or .html/.htm files, or ground-truth.json with
//   html/<id>.html.gz (the Article Extraction Benchmark's layout); there each page is decoded with the `encoding`
//   that manifest.json gives it (UTF-8 when there is none), and inflating and decoding are not timed.
import { readFileSync, readdirSync, statSync, writeFileSync, existsSync, unlinkSync } from "node:fs";
import { join, basename } from "node:path";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { JSDOM, VirtualConsole } from "jsdom";
import { Readability } from "@mozilla/readability";

const [folder, output, sliceStart, sliceCount] = process.argv.slice(2);
const sliceSize = 100;
if (!folder || !output) {
  console.error("usage: node extract.mjs <dataset-folder> <output.json>");
  process.exit(2);
}

function listGroundTruthPages(root) {
  const truth = JSON.parse(readFileSync(join(root, "ground-truth.json"), "utf8"));
  const manifestPath = join(root, "manifest.json");
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, "utf8")) : {};
  const pages = [];
  for (const id of Object.keys(truth).sort()) {
    for (const extension of [".html.gz", ".html"]) {
      const path = join(root, "html", id + extension);
      if (existsSync(path)) {
        pages.push({ key: id, path, encoding: manifest[id]?.encoding ?? "utf-8" });
        break;
      }
    }
  }
  return pages;
}

function readPage(page) {
  if (!page.encoding) return readFileSync(page.path, "utf8");
  const bytes = readFileSync(page.path);
  const raw = page.path.endsWith(".gz") ? gunzipSync(bytes) : bytes;
  // Python codec names (euc_kr) become WHATWG labels (euc-kr).
  return new TextDecoder(page.encoding.replace(/_/g, "-")).decode(raw);
}

function listPages(root) {
  if (existsSync(join(root, "ground-truth.json"))) return listGroundTruthPages(root);
  const pages = [];
  for (const entry of readdirSync(root).sort()) {
    const path = join(root, entry);
    if (statSync(path).isDirectory()) {
      const source = join(path, "source.html");
      if (existsSync(source)) pages.push({ key: entry, path: source });
    } else if (/\.html?$/i.test(entry)) {
      pages.push({ key: basename(entry).replace(/\..*$/, ""), path });
    }
  }
  return pages;
}

const blockTags = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "PRE", "BLOCKQUOTE", "TR", "TABLE", "UL", "OL", "DL", "DT", "DD", "FIGURE", "FIGCAPTION", "HEADER", "FOOTER", "BR"]);

// Readability's textContent runs adjacent paragraphs together; this keeps paragraph breaks.
function toText(html) {
  const { document } = new JSDOM(`<body>${html}</body>`).window;
  const parts = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue);
      } else if (child.nodeType === 1) {
        const block = blockTags.has(child.tagName);
        if (block) parts.push("\n\n");
        walk(child);
        if (block) parts.push("\n\n");
      }
    }
  };
  walk(document.body);
  return parts.join("")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, " ").trim())
    .filter((p) => p.length > 0)
    .join("\n\n");
}

// Each slice runs in a child process that writes its part of the results; the parent merges them.
function runSlices(pages) {
  const results = {};
  let totalBytes = 0;
  for (let start = 0; start < pages.length; start += sliceSize) {
    const part = join(tmpdir(), `readability-js-${process.pid}-${start}.json`);
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), folder, part, String(start), String(sliceSize)], { stdio: ["ignore", "inherit", "inherit"] });
    if (child.status !== 0) {
      console.error(`pages ${start} to ${start + sliceSize - 1}: the child process ended with ${child.status ?? child.signal}`);
      process.exit(1);
    }
    const written = JSON.parse(readFileSync(part, "utf8"));
    unlinkSync(part);
    Object.assign(results, written.results);
    totalBytes += written.totalBytes;
  }
  return { results, totalBytes };
}

// jsdom reports every stylesheet it cannot parse; Readability does not read styles, so those reports are dropped.
const quietConsole = new VirtualConsole();

function extractPages(pages) {
  const results = {};
  let totalBytes = 0;
  for (const page of pages) {
    const html = readPage(page);
    totalBytes += Buffer.byteLength(html, "utf8");
    const started = performance.now();
    let article = null;
    try {
      const dom = new JSDOM(html, { url: "http://fakehost/test/page.html", virtualConsole: quietConsole });
      article = new Readability(dom.window.document).parse();
      dom.window.close();
    } catch (error) {
      console.error(`${page.key}: ${error.message}`);
    }
    const elapsedMs = performance.now() - started;
    results[page.key] = article
      ? {
          title: article.title ?? null,
          byline: article.byline ?? null,
          published: article.publishedTime ?? null,
          site: article.siteName ?? null,
          language: article.lang ?? null,
          url: null,
          text: toText(article.content ?? ""),
          elapsedMs,
        }
      : { title: null, text: "", elapsedMs };
  }
  return { results, totalBytes };
}

const allPages = listPages(folder);
if (sliceStart !== undefined) {
  const start = Number(sliceStart);
  writeFileSync(output, JSON.stringify(extractPages(allPages.slice(start, start + Number(sliceCount)))));
  process.exit(0);
}

const { results, totalBytes } = allPages.length > sliceSize ? runSlices(allPages) : extractPages(allPages);
writeFileSync(output, JSON.stringify(results, null, 2));
const pages = Object.keys(results).length;
const totalMs = Object.values(results).reduce((sum, result) => sum + result.elapsedMs, 0);
const seconds = totalMs / 1000;
console.error(`readability.js: ${pages} pages, ${(totalBytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s: ${(pages / seconds).toFixed(1)} pages/s, ${(totalBytes / 1e6 / seconds).toFixed(2)} MB/s`);
