/** Shared bits of the two hand-written lower bounds (no library, no framework). */
import type { BenchTask } from "./data";

export const ROW = 32;
export const DAY = 20;
export const BAR = 22;
export const VIEWPORT = 1000;

export function barHtml(t: BenchTask, i: number): string {
  return `<div class="b" style="top:${i * ROW + 5}px;left:${t.offset * DAY}px;width:${t.days * DAY}px">${t.name}</div>`;
}

/** A scrolling viewport with a spacer as tall as every row. */
export function scaffold(root: HTMLElement, n: number): { viewport: HTMLDivElement; spacer: HTMLDivElement } {
  const style = document.createElement("style");
  style.textContent =
    `.vp{position:relative;height:${VIEWPORT}px;overflow:auto}.sp{position:relative;width:${366 * DAY}px}` +
    `.b{position:absolute;height:${BAR}px;background:#5b8def;color:#fff;font:12px sans-serif;line-height:${BAR}px;` +
    "border-radius:3px;white-space:nowrap;overflow:hidden}";
  document.head.appendChild(style);
  const viewport = document.createElement("div");
  viewport.className = "vp";
  const spacer = document.createElement("div");
  spacer.className = "sp";
  spacer.style.height = `${n * ROW}px`;
  viewport.appendChild(spacer);
  root.appendChild(viewport);
  return { viewport, spacer };
}
