(() => {
  "use strict";
  const table = document.getElementById("articles");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const query = document.getElementById("q");
  const shown = document.getElementById("shown");
  for (const row of rows) row.dataset.search = row.textContent.toLowerCase();

  function filter() {
    const wanted = new Set(Array.from(document.querySelectorAll("input[name=verdict]:checked")).map((el) => el.value));
    const words = query.value.toLowerCase().split(/\s+/).filter(Boolean);
    let visible = 0;
    for (const row of rows) {
      const hit = wanted.has(row.dataset.verdict) && words.every((w) => row.dataset.search.includes(w));
      row.classList.toggle("hidden", !hit);
      if (hit) visible += 1;
    }
    shown.textContent = visible + " of " + rows.length + " shown";
  }

  function sortBy(th) {
    const column = th.cellIndex;
    const numeric = th.dataset.kind === "number";
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    for (const other of table.tHead.rows[0].cells) other.setAttribute("aria-sort", "none");
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const value = (row) => row.cells[column].dataset.value || "";
    const sorted = rows.slice().sort((a, b) => {
      const order = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b));
      return (ascending ? order : -order) || a.dataset.key.localeCompare(b.dataset.key);
    });
    for (const row of sorted) body.appendChild(row);
  }

  for (const th of table.tHead.rows[0].cells) th.querySelector("button").addEventListener("click", () => sortBy(th));
  for (const box of document.querySelectorAll("input[name=verdict]")) box.addEventListener("change", filter);
  query.addEventListener("input", filter);
  filter();
})();
