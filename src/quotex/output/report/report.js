// The report's one script. Everything on the page is built here from the JSON data with DOM
// calls (createElement, textContent, setAttribute): no text from the data is ever parsed as
// markup. Rows and articles are built in batches as the reader scrolls to them.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("quotex-data").textContent);
  const articles = data.articles, speakers = data.speakers, quotes = data.quotes, kinds = data.kinds;
  const col = {};
  data.fields.forEach((name, i) => { col[name] = i; });
  const SPEAKER = data.fields.length; // after the record's fields: the speaker's index in `speakers`, or -1
  const mentionFields = new Set(data.mentions);
  const floatFields = new Set(data.floats);
  const BATCH = { quotes: 100, articles: 10 }, SPEAKER_BATCH = 60;
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  // --- what the data holds, indexed once ---------------------------------------------------
  const byArticle = articles.map(() => []);
  quotes.forEach((q, i) => { byArticle[q[col.file]].push(i); });
  const speakerIndex = new Map(speakers.map((s, i) => [s.id, i]));
  const speakerKeys = speakers.map((s) => [s.name, ...s.variants].join("\n").toLowerCase());
  const titleKeys = articles.map((a) => a.title.toLowerCase());
  let quoteKeys = null, textKeys = null; // the quotations' words, the articles' texts in lower case, made when first searched
  const days = articles.map((a) => {
    const date = a.fields.date;
    return typeof date === "string" && /^\d{4}-\d{2}-\d{2}/.test(date) ? date.slice(0, 10) : "";
  });
  const outlets = [...new Set(articles.map((a) => a.fields.outlet).filter((o) => typeof o === "string" && o))].sort();
  const outletSet = new Set(outlets);
  const words = (i) => articles[quotes[i][col.file]].text.slice(quotes[i][col.start], quotes[i][col.end]);
  const kindOf = (q) => (kinds.includes(q[col.kind]) ? q[col.kind] : "");
  function colour(speaker) {
    if (speaker < 0) return "cnone";
    const c = speakers[speaker].colour;
    return c >= 0 ? "c" + c : "cn";
  }

  // --- the view: read from and written to the URL's fragment ---------------------------------
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  const NO_SPEAKER = "~none"; // the filter for quotations without a speaker: no id has a "~"
  function defaults() {
    return { q: "", speaker: "", kinds: kinds.slice(), conf: 0, outlet: "", from: "", to: "", view: "quotes", article: -1 };
  }
  function readState(hash) {
    const p = new URLSearchParams(hash.replace(/^#/, ""));
    const s = defaults();
    s.q = (p.get("q") || "").slice(0, 500);
    const speaker = p.get("speaker") || "";
    s.speaker = speaker === NO_SPEAKER || speakerIndex.has(speaker) ? speaker : "";
    if (p.has("kind")) s.kinds = kinds.filter((k) => p.get("kind").split(",").includes(k));
    const conf = Number(p.get("conf"));
    s.conf = Number.isFinite(conf) ? Math.min(1, Math.max(0, Math.round(conf * 100) / 100)) : 0;
    s.outlet = outletSet.has(p.get("outlet")) ? p.get("outlet") : "";
    s.from = DAY.test(p.get("from") || "") ? p.get("from") : "";
    s.to = DAY.test(p.get("to") || "") ? p.get("to") : "";
    s.view = p.get("view") === "articles" ? "articles" : "quotes";
    const article = Number(p.get("article"));
    s.article = p.has("article") && Number.isInteger(article) && article >= 0 && article < articles.length ? article : -1;
    return s;
  }
  function writeState(s) {
    const p = new URLSearchParams();
    if (s.view !== "quotes") p.set("view", s.view);
    if (s.q) p.set("q", s.q);
    if (s.speaker) p.set("speaker", s.speaker);
    if (s.kinds.length !== kinds.length) p.set("kind", s.kinds.join(","));
    if (s.conf > 0) p.set("conf", s.conf.toFixed(2));
    if (s.outlet) p.set("outlet", s.outlet);
    if (s.from) p.set("from", s.from);
    if (s.to) p.set("to", s.to);
    if (s.article >= 0) p.set("article", String(s.article));
    return p.toString();
  }
  const link = (changes) => "#" + writeState(Object.assign({}, state, changes));
  let state = readState(location.hash);

  // --- the selection ------------------------------------------------------------------------
  function articlePasses(a) {
    if (state.article >= 0 && a !== state.article) return false;
    if (state.outlet && articles[a].fields.outlet !== state.outlet) return false;
    if (state.from && !(days[a] && days[a] >= state.from)) return false;
    if (state.to && !(days[a] && days[a] <= state.to)) return false;
    return true;
  }
  function select() {
    const needle = state.q.trim().toLowerCase();
    if (needle && !quoteKeys) quoteKeys = quotes.map((_, i) => words(i).toLowerCase());
    const articleOk = articles.map((_, a) => articlePasses(a));
    const titleHit = needle ? titleKeys.map((t) => t.includes(needle)) : null;
    const speakerHit = needle ? speakerKeys.map((k) => k.includes(needle)) : null;
    const kindOk = new Set(state.kinds);
    const wanted = state.speaker === NO_SPEAKER ? -1 : speakerIndex.get(state.speaker);
    const counts = new Array(speakers.length).fill(0);
    const chosen = [], chosenSet = new Uint8Array(quotes.length), hasChosen = new Uint8Array(articles.length);
    let unattributed = 0;
    quotes.forEach((q, i) => {
      const a = q[col.file], sp = q[SPEAKER];
      if (!articleOk[a] || !kindOk.has(q[col.kind]) || q[col.confidence] < state.conf) return;
      if (needle && !(quoteKeys[i].includes(needle) || titleHit[a] || (sp >= 0 && speakerHit[sp]))) return;
      if (sp >= 0) counts[sp]++; else unattributed++;
      if (state.speaker && sp !== wanted) return;
      chosen.push(i); chosenSet[i] = 1; hasChosen[a] = 1;
    });
    // An article is shown for its chosen quotations; with no filter on quotations but the search,
    // also for its title or its text.
    const byQuotation = state.speaker || state.kinds.length !== kinds.length || state.conf > 0;
    if (needle && !byQuotation && !textKeys) textKeys = articles.map((a) => a.text.toLowerCase());
    const shown = [];
    articleOk.forEach((ok, a) => {
      if (ok && (hasChosen[a] || (!byQuotation && (!needle || titleHit[a] || textKeys[a].includes(needle))))) shown.push(a);
    });
    return { chosen, chosenSet, articles: shown, counts, unattributed };
  }

  // --- building the page ---------------------------------------------------------------------
  let selection = null, cursor = 0, speakerLimit = SPEAKER_BATCH;
  const list = $("list");

  function render() {
    selection = select();
    const fragment = writeState(state);
    if (location.hash.replace(/^#/, "") !== fragment) {
      try {
        history.replaceState(null, "", "#" + fragment);
      } catch (e) {
        // A browser may refuse too many in a row (a slider dragged): the permalink still has it.
      }
    }
    $("permalink").href = "#" + fragment;
    syncControls();
    renderSpeakers();
    $("count-quotes").textContent = String(selection.chosen.length);
    $("count-articles").textContent = String(selection.articles.length);
    list.textContent = "";
    cursor = 0;
    more();
    document.documentElement.setAttribute("data-shown", String(selection.chosen.length));
  }

  function more() {
    const items = state.view === "quotes" ? selection.chosen : selection.articles;
    const end = Math.min(items.length, cursor + BATCH[state.view]);
    const batch = document.createDocumentFragment();
    for (; cursor < end; cursor++) batch.appendChild(state.view === "quotes" ? row(items[cursor]) : article(items[cursor]));
    if (!items.length) batch.appendChild(el("li", "empty", "Nothing matches these filters."));
    list.appendChild(batch);
    $("more").hidden = cursor >= items.length;
    // Seen again from scratch: if the end of the list is still on screen, the next batch comes.
    observer.unobserve($("sentinel"));
    observer.observe($("sentinel"));
  }
  const observer = new IntersectionObserver((entries) => {
    const items = state.view === "quotes" ? selection.chosen : selection.articles;
    if (entries.some((e) => e.isIntersecting) && cursor < items.length) more();
  }, { rootMargin: "600px" });

  function speakerLink(q, sp) {
    if (sp < 0) return el("span", "who-link", q[col.speaker] || "no speaker");
    const a = el("a", "who-link", speakers[sp].name);
    a.href = link({ speaker: speakers[sp].id });
    return a;
  }

  // The parts of a line of details, with a dot between each two.
  function dotted(line, parts) {
    parts.forEach((part, n) => { if (n) line.appendChild(el("span", "sep", " · ")); line.appendChild(part); });
    return line;
  }

  function articleMeta(a, withTitle, before) {
    const art = articles[a], parts = before || [];
    if (withTitle) {
      const title = el("a", "article-link", art.title);
      title.href = link({ view: "articles", article: a });
      parts.push(title);
    }
    if (art.fields.outlet) parts.push(el("span", "outlet", art.fields.outlet));
    if (art.fields.date) parts.push(el("span", "date", art.fields.date));
    if (!withTitle) {
      const url = safeUrl(art.fields.url);
      if (url) {
        const a = el("a", "url", url);
        a.href = url; a.rel = "noopener noreferrer nofollow"; a.target = "_blank";
        parts.push(a);
      } else if (art.fields.url) parts.push(el("span", "url", art.fields.url));
      parts.push(el("span", "file", art.file));
    }
    return dotted(el("div", "meta"), parts);
  }

  function safeUrl(value) {
    if (typeof value !== "string") return null;
    try {
      const url = new URL(value);
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function row(i) {
    const q = quotes[i], sp = q[SPEAKER];
    const item = el("li", "row " + kindOf(q) + " " + colour(sp));
    item.setAttribute("data-id", q[col.id]);
    const body = el("div", "words");
    body.appendChild(el("q", "said", words(i)));
    body.appendChild(articleMeta(q[col.file], true, [speakerLink(q, sp), el("span", "kind-badge", kindOf(q))]));
    const conf = el("div", "conf");
    conf.title = "confidence";
    conf.appendChild(el("span", "value", q[col.confidence].toFixed(2)));
    const meter = el("meter");
    meter.min = 0; meter.max = 1; meter.low = 0.5; meter.high = 0.8; meter.optimum = 1; meter.value = q[col.confidence];
    conf.appendChild(meter);
    item.append(el("span", "swatch"), body, conf);
    return item;
  }

  function article(a) {
    const art = articles[a], box = el("li", "article");
    box.id = "a" + a;
    const title = el("h2", null, art.title);
    box.append(title, articleMeta(a, false), marked(a));
    return box;
  }

  // The article's text with its quotations marked: each stretch between two span edges is one
  // text node inside the marks of every span that covers it (quotation first, then cue, speaker).
  function marked(a) {
    const text = articles[a].text, root = el("div", "text"), spans = [];
    byArticle[a].forEach((i) => {
      const q = quotes[i];
      spans.push({ s: q[col.start], e: q[col.end], role: "q", i });
      if (q[col.cue]) spans.push({ s: q[col.cue][0], e: q[col.cue][1], role: "cue", i });
      if (q[col.speaker_mention]) spans.push({ s: q[col.speaker_mention][0], e: q[col.speaker_mention][1], role: "who", i });
    });
    // A sweep over the edges: the spans covering a stretch are those begun and not yet ended,
    // so an article with thousands of quotations costs their number times the few open at once.
    const real = spans.filter((s) => s.s < s.e).sort((x, y) => x.s - y.s);
    const cuts = [...new Set([0, text.length, ...real.flatMap((s) => [s.s, s.e])])].sort((x, y) => x - y);
    const first = new Set();
    let open = [], next = 0;
    for (let c = 0; c + 1 < cuts.length; c++) {
      const from = cuts[c], to = cuts[c + 1];
      open = open.filter((s) => s.e > from);
      while (next < real.length && real[next].s <= from) open.push(real[next++]);
      const active = open.slice()
        .sort((x, y) => (x.role !== "q") - (y.role !== "q") || x.s - y.s || y.e - x.e || x.i - y.i);
      let parent = root;
      for (const span of active) {
        const node = span.role === "q" ? quoteMark(span.i, first)
          : el("span", span.role + " " + colour(quotes[span.i][SPEAKER]) + (selection.chosenSet[span.i] ? "" : " dim"));
        node.setAttribute("data-quote", String(span.i));
        parent.appendChild(node);
        parent = node;
      }
      parent.appendChild(document.createTextNode(text.slice(from, to)));
    }
    return root;
  }

  function quoteMark(i, first) {
    const q = quotes[i], sp = q[SPEAKER];
    const mark = el("mark", "q " + kindOf(q) + " " + colour(sp) + (selection.chosenSet[i] ? "" : " dim"));
    if (!first.has(i)) { first.add(i); mark.id = "q" + i; }
    mark.setAttribute("data-id", q[col.id]);
    mark.setAttribute("data-speaker", sp >= 0 ? speakers[sp].id : "");
    const name = sp >= 0 ? speakers[sp].name : q[col.speaker] || "no speaker";
    mark.title = name + " · " + kindOf(q) + " · " + q[col.confidence].toFixed(2);
    return mark;
  }

  function renderSpeakers() {
    const box = $("speakers");
    box.textContent = "";
    const order = speakers.map((_, i) => i).filter((i) => selection.counts[i] > 0 || speakers[i].id === state.speaker);
    order.sort((x, y) => selection.counts[y] - selection.counts[x] || x - y);
    const batch = document.createDocumentFragment();
    order.slice(0, speakerLimit).forEach((i) => batch.appendChild(speakerEntry(speakers[i].id, speakers[i].name, selection.counts[i], colour(i))));
    if (selection.unattributed) batch.appendChild(speakerEntry(NO_SPEAKER, "no speaker", selection.unattributed, "cnone"));
    box.appendChild(batch);
    $("more-speakers").hidden = order.length <= speakerLimit;
    const chip = $("speaker-filter");
    chip.hidden = !state.speaker;
    chip.textContent = "";
    if (state.speaker) {
      const name = state.speaker === NO_SPEAKER ? "no speaker" : speakers[speakerIndex.get(state.speaker)].name;
      const clear = el("button", null, "×");
      clear.type = "button"; clear.title = "all speakers"; clear.setAttribute("data-clear", "speaker");
      chip.append(el("span", null, "Speaker: " + name), clear);
    }
  }

  function speakerEntry(id, name, count, colourClass) {
    const item = el("li"), button = el("button", colourClass);
    button.type = "button";
    button.setAttribute("data-speaker", id);
    button.setAttribute("aria-pressed", String(state.speaker === id));
    button.append(el("span", "swatch"), el("span", "name", name), el("span", "count", String(count)));
    item.appendChild(button);
    return item;
  }

  function syncControls() {
    if ($("search").value !== state.q) $("search").value = state.q;
    document.querySelectorAll("#kinds input").forEach((box) => { box.checked = state.kinds.includes(box.value); });
    $("confidence").value = String(state.conf);
    $("confidence-value").textContent = state.conf.toFixed(2);
    $("outlet").value = state.outlet;
    $("from").value = state.from;
    $("to").value = state.to;
    $("tab-quotes").setAttribute("aria-selected", String(state.view === "quotes"));
    $("tab-articles").setAttribute("aria-selected", String(state.view === "articles"));
    const focus = $("focus");
    focus.hidden = state.article < 0;
    focus.textContent = "";
    if (state.article >= 0) {
      const clear = el("button", null, "×");
      clear.type = "button"; clear.title = "all articles"; clear.setAttribute("data-clear", "article");
      focus.append(el("span", null, "Article: " + articles[state.article].title), clear);
    }
  }

  // --- downloads: the selection as quotex records ----------------------------------------------
  function record(i) {
    const q = quotes[i], art = articles[q[col.file]], out = {};
    data.fields.forEach((name, c) => {
      let value = q[c];
      if (name === "file") value = art.file;
      else if (name === "text") value = words(i);
      else if (mentionFields.has(name) && value) value = { text: art.text.slice(value[0], value[1]), start: value[0], end: value[1] };
      out[name] = value;
    });
    data.articleFields.forEach((name) => { out[name] = Object.hasOwn(art.fields, name) ? art.fields[name] : null; });
    return out;
  }
  // As quotex's own JSON Lines: characters a reader may take for a line end are escaped.
  const jsonLine = (r) => JSON.stringify(r).replace(/[\u0085\u2028\u2029]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
  function csvCell(name, value) {
    if (value === null || value === undefined) return "";
    if (typeof value === "number") return floatFields.has(name) && Number.isInteger(value) ? value.toFixed(1) : String(value);
    let text = String(value);
    if (text.length > 1 && data.formula.includes(text[0])) text = "'" + text; // as quotex's CSV: no formula runs
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function csvLine(r) {
    const flat = {};
    Object.keys(r).forEach((key) => {
      if (mentionFields.has(key)) data.parts.forEach((part) => { flat[key + "_" + part] = r[key] ? r[key][part] : null; });
      else flat[key] = r[key];
    });
    return data.columns.map((c) => csvCell(c, flat[c])).join(",");
  }
  function download(name, type, text) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = el("a");
    a.href = url; a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }
  $("download-csv").addEventListener("click", () => {
    const lines = [data.columns.join(","), ...selection.chosen.map((i) => csvLine(record(i)))];
    download("quotex-selection.csv", "text/csv", lines.join("\n") + "\n");
  });
  $("download-jsonl").addEventListener("click", () => {
    download("quotex-selection.jsonl", "application/x-ndjson", selection.chosen.map((i) => jsonLine(record(i)) + "\n").join(""));
  });

  // --- controls ------------------------------------------------------------------------------
  kinds.forEach((kind) => {
    const label = el("label"), box = el("input");
    box.type = "checkbox"; box.value = kind; box.name = "kind";
    label.append(box, document.createTextNode(" " + kind));
    $("kinds").appendChild(label);
  });
  outlets.forEach((outlet) => { const o = el("option", null, outlet); o.value = outlet; $("outlet").appendChild(o); });
  $("outlet-filter").hidden = !outlets.length;
  $("date-filter").hidden = !days.some(Boolean);
  $("summary").textContent = quotes.length + " quotations · " + speakers.length + " speakers · " + articles.length + " articles";

  function change(changes) {
    Object.assign(state, changes);
    speakerLimit = SPEAKER_BATCH;
    render();
  }
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("search").addEventListener("input", (e) => change({ q: e.target.value }));
  $("kinds").addEventListener("change", () => change({ kinds: [...document.querySelectorAll("#kinds input:checked")].map((b) => b.value) }));
  $("confidence").addEventListener("input", (e) => change({ conf: Number(e.target.value) }));
  $("outlet").addEventListener("change", (e) => change({ outlet: e.target.value }));
  $("from").addEventListener("change", (e) => change({ from: DAY.test(e.target.value) ? e.target.value : "" }));
  $("to").addEventListener("change", (e) => change({ to: DAY.test(e.target.value) ? e.target.value : "" }));
  $("clear").addEventListener("click", () => { state = Object.assign(defaults(), { view: state.view }); render(); });
  $("tab-quotes").addEventListener("click", () => change({ view: "quotes" }));
  $("tab-articles").addEventListener("click", () => change({ view: "articles" }));
  $("more").addEventListener("click", more);
  $("more-speakers").addEventListener("click", () => { speakerLimit += SPEAKER_BATCH * 4; renderSpeakers(); });
  $("speakers").addEventListener("click", (e) => {
    const button = e.target.closest("button[data-speaker]");
    if (button) change({ speaker: state.speaker === button.getAttribute("data-speaker") ? "" : button.getAttribute("data-speaker") });
  });
  document.addEventListener("click", (e) => {
    const clear = e.target.closest("button[data-clear]");
    if (clear) change(clear.getAttribute("data-clear") === "speaker" ? { speaker: "" } : { article: -1 });
  });
  window.addEventListener("hashchange", () => {
    state = readState(location.hash);
    render();
    window.scrollTo(0, 0);
  });

  render();
  performance.mark("quotex-ready");
  document.documentElement.setAttribute("data-ready", "");
})();
