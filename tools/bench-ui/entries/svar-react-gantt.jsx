// SVAR React Gantt (MIT edition) on React 18: built with react/react-dom aliased to the
// react18/react-dom18 npm aliases (see entries.mjs); the project itself stays on React 17.
import React from "react";
import { createRoot } from "react-dom/client";
import { Gantt, Willow } from "@svar-ui/react-gantt";
import "@svar-ui/react-gantt/all.css";
import { run, whenPresent } from "../page/runner";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const scales = [
  { unit: "month", step: 1, format: (d) => `${MONTHS[d.getMonth()]} ${d.getFullYear()}` },
  { unit: "week", step: 1, format: (d) => `${d.getDate()} ${MONTHS[d.getMonth()]}` }
];

void run({
  prepare: (tasks) => ({
    tasks: tasks.map((t) => ({ id: t.id, text: t.name, start: t.start, end: t.end, progress: t.progress, type: "task" })),
    links: tasks.filter((t) => t.dep).map((t) => ({ id: t.id, source: t.dep, target: t.id, type: "e2s" }))
  }),
  mount: (root, { tasks, links }) => {
    // A fixed-height container the theme wrapper fills: otherwise the chart grows to its full
    // content height and its row virtualization renders every row.
    root.style.height = "100vh";
    const css = document.createElement("style");
    css.textContent = "#root .wx-theme { height: 100%; }";
    document.head.appendChild(css);
    const ready = whenPresent(root, ".wx-bar");
    createRoot(root).render(
      <Willow>
        <Gantt tasks={tasks} links={links} scales={scales} />
      </Willow>
    );
    return ready;
  }
});
