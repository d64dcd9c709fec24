/**
 * Page-side timing harness; every entry calls run(). The Node side awaits `window.__done`.
 *   prepare(tasks)  → the library's input (format mapping, scheduling): timed apart as prepareMs
 *   mount(root, x)  → timed; resolve when the library has put its bars in the DOM
 *   beforeEdit      → optional, untimed set-up for edit (expand a row, open a cell editor)
 *   edit(root, x)   → optional, after first paint has settled: one user edit, timed the same way
 *   inspect(root)   → optional, untimed: counts of what was drawn (bars, arrows, ...)
 * Timed span: just before mount() to after two requestAnimationFrame ticks (the first paint of
 * the result), the same for edit().
 */
import { makeTasks, type BenchTask } from "./data";

export interface BenchResult {
  n: number;
  ms?: number;
  mountMs?: number;
  prepareMs?: number;
  editMs?: number;
  /** What the page drew, counted after first paint (e.g. baseline bars, arrows). */
  features?: Record<string, number>;
  error?: string;
}

export interface BenchPage<T> {
  prepare?: (tasks: BenchTask[], n: number) => T;
  mount: (root: HTMLElement, input: T) => void | Promise<void>;
  /**
   * Optional, untimed, before mount: what the product has done by the time its data arrives
   * (our roots preload the grid's icon fonts while the plan loads). Skipped by `coldFonts` pages.
   */
  warmUp?: () => Promise<void>;
  edit?: (root: HTMLElement, input: T) => void | Promise<void>;
  /** Untimed set-up before edit (e.g. expand a row, open the cell editor). */
  beforeEdit?: (root: HTMLElement, input: T) => void | Promise<void>;
  /** Counts what was drawn (untimed, after first paint), to show the page did the whole job. */
  inspect?: (root: HTMLElement, input: T) => Record<string, number>;
}

declare global {
  interface Window {
    __done: Promise<BenchResult>;
    /** Starts a page loaded with `?gate=1` (see run()). */
    __go?: () => void;
  }
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
let finish: (result: BenchResult) => void = () => undefined;
window.__done = new Promise((resolve) => {
  finish = resolve;
});

/**
 * Before the timed span: what the product has done by the time its data arrives (our roots
 * preload the grids' icon fonts while the plan loads, src/ui/common/iconFonts.ts), then any font
 * load already under way is let finish, so that no font lands in the middle of the measurement
 * with a second layout and paint. Fonts a page has not asked for stay as they are: SVAR's text
 * fonts come from its CDN, which the benchmark cannot reach, and fail during its span as they
 * do in the reference harness. A page built with `coldFonts` skips this, to show the cost.
 */
async function warmUpFonts(warmUp: (() => Promise<void>) | undefined): Promise<void> {
  if ((window as { __benchColdFonts?: boolean }).__benchColdFonts === true) return;
  if (warmUp) await warmUp();
  await document.fonts.ready;
}

/** Times an action to two frames later; user-timing marks let a trace show the same span. */
async function timed(label: string, action: () => void | Promise<void>): Promise<{ total: number; sync: number }> {
  performance.mark(`bench:${label}:start`);
  const t0 = performance.now();
  await action();
  const t1 = performance.now();
  await frame();
  await frame();
  const total = performance.now() - t0;
  performance.mark(`bench:${label}:end`);
  return { total, sync: t1 - t0 };
}

export async function run<T>(page: BenchPage<T>): Promise<void> {
  const query = new URLSearchParams(location.search);
  const n = Number(query.get("n") ?? 100);
  const seed = Number(query.get("seed") ?? 1);
  try {
    if (document.readyState !== "complete") await new Promise((resolve) => addEventListener("load", resolve, { once: true }));
    // With ?gate=1 the page waits for the harness's first page.evaluate(): Playwright injects its
    // scripts into the page on that call, and that work must not land inside a timed span.
    if (query.get("gate") === "1") await new Promise<void>((resolve) => (window.__go = resolve));
    const p0 = performance.now();
    const tasks = makeTasks(n, seed);
    const input = page.prepare ? page.prepare(tasks, n) : (tasks as unknown as T);
    const prepareMs = performance.now() - p0;
    const root = document.getElementById("root");
    if (!root) throw new Error("no #root element");
    await warmUpFonts(page.warmUp);
    await frame(); // start from an idle, painted page
    const paint = await timed("paint", () => page.mount(root, input));
    const result: BenchResult = { n, ms: paint.total, mountMs: paint.sync, prepareMs };
    if (page.inspect) result.features = page.inspect(root, input);
    if (page.edit) {
      const edit = page.edit;
      await frame();
      if (page.beforeEdit) {
        await page.beforeEdit(root, input);
        await frame();
        await frame();
      }
      result.editMs = (await timed("edit", () => edit(root, input))).total;
    }
    finish(result);
  } catch (e) {
    finish({ n, error: String((e instanceof Error && e.stack) || e) });
  }
}

/** Resolves once `selector` matches under `root` (for renderers that paint asynchronously). */
export function whenPresent(root: HTMLElement, selector: string): Promise<void> {
  return new Promise((resolve) => {
    if (root.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (root.querySelector(selector)) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true });
  });
}
