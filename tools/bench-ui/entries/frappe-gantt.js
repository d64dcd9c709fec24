// frappe-gantt 1.x: SVG Gantt, renders every row (no virtualization).
import Gantt from "frappe-gantt";
// The stylesheet is exported only under the "style" condition; import the file itself.
import "../../../node_modules/frappe-gantt/dist/frappe-gantt.css";
import { run } from "../page/runner";
import { ymd } from "../page/data";

void run({
  prepare: (tasks) =>
    tasks.map((t) => ({
      id: `t${t.id}`,
      name: t.name,
      start: ymd(t.start),
      end: ymd(t.end),
      progress: t.progress,
      dependencies: t.dep ? `t${t.dep}` : ""
    })),
  mount: (root, tasks) => {
    root.innerHTML = '<div id="gantt"></div>';
    new Gantt("#gantt", tasks, { view_mode: "Week", scroll_to: "start" });
  }
});
