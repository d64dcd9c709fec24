/**
 * Lower bound for the booking grid (hand-written, no framework): the same collapsed rows
 * (bookingPage.ts) in a 600 px high scroller, but only the cells in view are in the DOM — the
 * header, and for each row in view its name, the week cells in view and the total — drawn
 * again from strings on scroll. The edit writes the new hours into the cell and the total row.
 */
import type { GridModel } from "../../../src/ui/booking/bookingGridModel";
import { bookingPageData, hoursLabel } from "../page/bookingPage";
import { run } from "../page/runner";

const ROW = 44;
const HEADER = 56;
const NAME = 320;
const WEEK = 80;
const TOTAL = 96;
const VIEWPORT = 600;

function rowName(row: GridModel["rows"][number]): string {
  if (row.kind === "person") return row.member.person.displayName;
  if (row.kind === "demand") return `Behov: ${row.role}`;
  return "Arbejdsgruppen i alt";
}

let editTarget: { cell: HTMLElement; total: HTMLElement } | undefined;

void run<GridModel>({
  prepare: (_tasks, people) => bookingPageData(people).model,
  mount: (root, model) => {
    const style = document.createElement("style");
    style.textContent =
      `.vp{position:relative;height:${VIEWPORT}px;overflow:auto;font:14px sans-serif}.sp{position:relative}` +
      `.r{position:absolute;left:0;height:${ROW}px;display:flex}.c{position:absolute;box-sizing:border-box;height:${ROW}px;width:${WEEK}px;` +
      `border:solid #edebe9;border-width:0 1px 1px 0;text-align:right;padding:12px 6px}.n{position:sticky;left:0;width:${NAME}px;text-align:left;background:#fff;z-index:1}` +
      `.h{position:sticky;top:0;height:${HEADER}px;z-index:2;background:#fff}.o{background:#fde7e9}`;
    document.head.appendChild(style);
    const viewport = document.createElement("div");
    viewport.className = "vp";
    const spacer = document.createElement("div");
    spacer.className = "sp";
    const weeks = model.columns.length;
    spacer.style.width = `${NAME + weeks * WEEK + TOTAL}px`;
    spacer.style.height = `${HEADER + model.rows.length * ROW}px`;
    viewport.appendChild(spacer);
    root.appendChild(viewport);
    const draw = (): void => {
      const firstRow = Math.floor(viewport.scrollTop / ROW);
      const lastRow = Math.min(model.rows.length, Math.ceil((viewport.scrollTop + VIEWPORT - HEADER) / ROW));
      const firstCol = Math.floor(viewport.scrollLeft / WEEK);
      const lastCol = Math.min(weeks, Math.ceil((viewport.scrollLeft + root.clientWidth - NAME) / WEEK));
      let html = `<div class="r h" style="width:${NAME + weeks * WEEK + TOTAL}px"><div class="c n" style="height:${HEADER}px">Person</div>`;
      for (let c = firstCol; c < lastCol; c++) html += `<div class="c" style="left:${NAME + c * WEEK}px;height:${HEADER}px">Uge ${model.columns[c].week}</div>`;
      html += "</div>";
      for (let r = firstRow; r < lastRow; r++) {
        const row = model.rows[r];
        if (row.kind === "task") continue;
        html += `<div class="r" style="top:${HEADER + r * ROW}px"><div class="c n">${rowName(row)}</div>`;
        for (let c = firstCol; c < lastCol; c++) {
          const over = row.kind === "person" && row.hours[c] > row.capacity[c] ? " o" : "";
          html += `<div class="c${over}" style="left:${NAME + c * WEEK}px" data-cell="${r}:${c}">${hoursLabel(row.hours[c])}</div>`;
        }
        html += `<div class="c" style="left:${NAME + weeks * WEEK}px;width:${TOTAL}px" data-total="${r}">${hoursLabel(row.hours.reduce((a, b) => a + b, 0))}</div></div>`;
      }
      spacer.innerHTML = html;
    };
    viewport.addEventListener("scroll", () => requestAnimationFrame(draw), { passive: true });
    draw();
  },
  beforeEdit: (root, model) => {
    const person = model.rows.findIndex((r) => r.kind === "person");
    const cell = root.querySelector<HTMLElement>(`[data-cell="${person}:0"]`);
    const total = root.querySelector<HTMLElement>(`[data-total="${person}"]`);
    if (!cell || !total) throw new Error("lower bound: the first person's first week is not drawn");
    editTarget = { cell, total };
  },
  edit: () => {
    if (!editTarget) return;
    editTarget.cell.textContent = "7";
    editTarget.total.textContent = String(Number(editTarget.total.textContent?.replace(",", ".") ?? 0) + 7).replace(".", ",");
  },
  inspect: (root) => ({ "grid elements": root.querySelectorAll(".vp *").length + 1 })
});
