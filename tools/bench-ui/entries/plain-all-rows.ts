/** Lower bound without virtualization: one absolutely positioned div per bar, all N in the DOM. */
import { run } from "../page/runner";
import { barHtml, scaffold } from "../page/plainbars";
import type { BenchTask } from "../page/data";

void run<BenchTask[]>({
  mount: (root, tasks) => {
    const { spacer } = scaffold(root, tasks.length);
    let html = "";
    for (let i = 0; i < tasks.length; i++) html += barHtml(tasks[i], i);
    spacer.innerHTML = html;
  }
});
