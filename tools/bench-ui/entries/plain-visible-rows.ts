/** Lower bound: only the rows visible in the 1000-px viewport are in the DOM (hand-written). */
import { run } from "../page/runner";
import { ROW, VIEWPORT, barHtml, scaffold } from "../page/plainbars";
import type { BenchTask } from "../page/data";

void run<BenchTask[]>({
  mount: (root, tasks) => {
    const { viewport, spacer } = scaffold(root, tasks.length);
    const draw = (): void => {
      const first = Math.floor(viewport.scrollTop / ROW);
      const last = Math.min(tasks.length, first + Math.ceil(VIEWPORT / ROW) + 1);
      let html = "";
      for (let i = first; i < last; i++) html += barHtml(tasks[i], i);
      spacer.innerHTML = html;
    };
    viewport.addEventListener("scroll", () => requestAnimationFrame(draw), { passive: true });
    draw();
  }
});
