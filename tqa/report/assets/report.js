
(() => {
  "use strict";
  const $ = (sel, root) => (root || document).querySelector(sel);
  const $$ = (sel, root) => Array.from((root || document).querySelectorAll(sel));
  const data = JSON.parse($("#tqa-data").textContent);
  const storeKey = "tqa-decisions/" + data.hash;

  // Indexes built once: finding number -> its list item, its marks, its bead row.
  const items = new Map(), marks = new Map(), rows = new Map(), byN = new Map();
  for (const f of data.findings) {
    byN.set(f.n, f);
    items.set(f.n, document.getElementById("f" + f.n));
    marks.set(f.n, []);
    if (f.bead) rows.set(f.n, document.getElementById(f.bead));
    // The search reads the sentences too: an editor looks for a place or a word («المفرق», Mafraq).
    const row = rows.get(f.n);
    f.search = [f.code, f.name, f.category, f.severity, f.message, f.suggestion || "",
                f.source || "", f.target || "", f.waived || "", row ? row.textContent : ""].join("\n").toLowerCase();
  }
  const allMarks = $$("mark.m").map((el) => {
    const ns = el.dataset.f.split(" ").map(Number);
    for (const n of ns) if (marks.has(n)) marks.get(n).push(el);
    return { el, ns };
  });

  // Decisions: {n: {state: "accepted"|"fix", note}} in localStorage, per report content.
  let decisions = {};
  try { decisions = JSON.parse(localStorage.getItem(storeKey) || "{}") || {}; } catch (e) { decisions = {}; }
  const save = () => { try { localStorage.setItem(storeKey, JSON.stringify(decisions)); } catch (e) { /* private mode */ } };

  function showDecision(n) {
    const li = items.get(n), d = decisions[n];
    if (!li) return;
    li.classList.toggle("dec-accepted", !!d && d.state === "accepted");
    li.classList.toggle("dec-fix", !!d && d.state === "fix");
    const radio = li.querySelector('input[type=radio][value="' + (d ? d.state : "open") + '"]');
    if (radio) radio.checked = true;
    const note = li.querySelector("input.note");
    if (note) note.value = d && d.note ? d.note : "";
  }
  function tally() {
    let accepted = 0, fix = 0;
    for (const k in decisions) { if (decisions[k].state === "accepted") accepted++; else if (decisions[k].state === "fix") fix++; }
    $("#decided").textContent = accepted + " accepted, " + fix + " to fix";
  }
  for (const f of data.findings) if (!f.waived) showDecision(f.n);
  tally();

  $("#findings").addEventListener("change", (e) => {
    const li = e.target.closest("li.finding");
    if (!li) return;
    const n = Number(li.dataset.n), note = li.querySelector("input.note");
    const state = (li.querySelector("input[type=radio]:checked") || {}).value || "open";
    if (state === "open" && !(note && note.value)) delete decisions[n];
    else decisions[n] = { state, note: note ? note.value : "" };
    save(); showDecision(n); tally(); applyFilters();
  });
  $("#findings").addEventListener("input", (e) => {
    if (!e.target.matches("input.note")) return;
    const li = e.target.closest("li.finding"), n = Number(li.dataset.n);
    const d = decisions[n] || { state: "open", note: "" };
    d.note = e.target.value;
    decisions[n] = d;
    save();
  });

  // Export: the waivers already in the report plus every finding accepted here.
  $("#export").addEventListener("click", () => {
    const seen = new Set(), waivers = [];
    const add = (f, reason) => {
      const key = f.code + "\u001f" + f.fingerprint;
      if (!f.fingerprint || seen.has(key)) return;
      seen.add(key); waivers.push({ code: f.code, fingerprint: f.fingerprint, reason });
    };
    for (const f of data.findings) if (f.waived) add(f, f.waived);
    for (const f of data.findings) {
      const d = decisions[f.n];
      if (!f.waived && d && d.state === "accepted") add(f, (d.note || "").trim() || "accepted");
    }
    const body = JSON.stringify({ schema: "tqa-waivers/1", report: data.hash, waivers }, null, 2) + "\n";
    const url = URL.createObjectURL(new Blob([body], { type: "application/json" }));
    const a = document.createElement("a");
    a.href = url; a.download = data.waivers_name;
    document.body.appendChild(a); a.click(); a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
    $("#exported").textContent = waivers.length + " waiver(s) exported";
  });

  // Filters.
  let visible = data.findings.map((f) => f.n);
  function status(f) {
    if (f.waived) return "waived";
    const d = decisions[f.n];
    return d && d.state !== "open" ? d.state : "open";
  }
  function applyFilters() {
    const sev = new Set($$(".filters input[name=sev]:checked").map((el) => el.value));
    const cat = $("#f-cat").value, code = $("#f-code").value, st = $("#f-status").value;
    const q = $("#f-q").value.trim().toLowerCase();
    const shown = new Set();
    for (const f of data.findings) {
      const ok = sev.has(f.severity) && (!cat || f.category === cat) && (!code || f.code === code)
        && (!st || status(f) === st) && (!q || f.search.includes(q));
      items.get(f.n).hidden = !ok;
      if (ok) shown.add(f.n);
    }
    for (const group of $$("section.group")) {
      const count = $$("li.finding", group).filter((li) => !li.hidden).length;
      group.hidden = count === 0;
      $(".gcount", group).textContent = String(count);
    }
    for (const m of allMarks) m.el.classList.toggle("dim", !m.ns.some((n) => shown.has(n)));
    visible = data.findings.map((f) => f.n).filter((n) => shown.has(n));
    $("#f-shown").textContent = visible.length + " of " + data.findings.length + " shown";
  }
  // Order: grouped by category, or one list in reading order (finding numbers follow
  // the article, so the numbers then run 1, 2, 3 ...). Each item remembers its group.
  const flat = document.createElement("ol");
  flat.className = "findings flat";
  flat.hidden = true;
  const findingsBox = $("#findings");
  if (findingsBox) findingsBox.appendChild(flat);
  const homes = new Map();
  for (const [n, li] of items) homes.set(n, li.parentElement);
  // Within a category the page lists errors first; going back to it restores that order.
  const grouped = $$("li.finding").map((li) => Number(li.dataset.n));
  function applyOrder() {
    const inArticle = $("#f-order").value === "article";
    for (const n of inArticle ? data.findings.map((f) => f.n) : grouped) (inArticle ? flat : homes.get(n)).appendChild(items.get(n));
    flat.hidden = !inArticle;
  }
  $("#f-order").addEventListener("change", () => { applyOrder(); applyFilters(); });
  for (const el of $$(".filters input, .filters select")) {
    if (el.id === "f-order") continue;
    el.addEventListener(el.type === "search" ? "input" : "change", applyFilters);
  }
  applyFilters();

  // Selecting a finding: highlight its marks, scroll its bead row into view and flash it.
  let current = null;
  function select(n, opts) {
    const o = opts || {};
    if (current !== null) {
      const old = items.get(current);
      if (old) old.classList.remove("current");
      for (const el of marks.get(current) || []) el.classList.remove("active");
    }
    current = n;
    const li = items.get(n);
    if (li) {
      li.classList.add("current");
      if (o.focus) li.focus({ preventScroll: true });
      li.scrollIntoView({ block: "nearest" });
    }
    for (const el of marks.get(n) || []) el.classList.add("active");
    const row = rows.get(n);
    if (row && o.scroll !== false) {
      row.scrollIntoView({ block: "center" });
      row.classList.remove("flash");
      void row.offsetWidth; // restart the animation when the same row flashes twice
      row.classList.add("flash");
    }
  }
  function move(step) {
    if (!visible.length) return;
    let i = visible.indexOf(current);
    i = i < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, i + step));
    select(visible[i], { focus: true });
  }
  $("#findings").addEventListener("click", (e) => {
    const li = e.target.closest("li.finding");
    if (!li || e.target.closest(".decide")) return;
    e.preventDefault();
    select(Number(li.dataset.n), { focus: true });
  });
  $("#aligned").addEventListener("click", (e) => {
    const m = e.target.closest("mark.m");
    if (m) select(Number(m.dataset.f.split(" ")[0]), { scroll: false });
  });
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const t = e.target;
    if (t.closest && t.closest("input, select, textarea, button")) return;
    const inPanel = !!(t.closest && t.closest("#findings"));
    if (e.key === "j" || (inPanel && e.key === "ArrowDown")) { e.preventDefault(); move(1); }
    else if (e.key === "k" || (inPanel && e.key === "ArrowUp")) { e.preventDefault(); move(-1); }
    else if (e.key === "Enter" && t.matches && t.matches("li.finding")) { e.preventDefault(); select(Number(t.dataset.n), { focus: true }); }
    else if (e.key === "Enter" && t.matches && t.matches("mark.m")) { select(Number(t.dataset.f.split(" ")[0]), { scroll: false }); }
  });
})();
