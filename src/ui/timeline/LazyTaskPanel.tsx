/**
 * The task panel loads on demand, in its own chunk (see ../common/lazyComponent): it brings the
 * rich-text sanitizer and the date and people pickers. TimelineRoot preloads it after the first
 * paint, so the panel normally opens at once.
 */
import type { TaskPanelProps } from "./TaskPanel";
import { lazyComponent } from "../common/lazyComponent";

const taskPanel = lazyComponent<TaskPanelProps>(() => import(/* webpackChunkName: "oir-task-panel" */ "./TaskPanel").then((m) => m.TaskPanel));

export const LazyTaskPanel = taskPanel.Lazy;
export const loadTaskPanel = taskPanel.load;
