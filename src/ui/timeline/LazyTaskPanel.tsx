/**
 * The task panel loads on demand, in its own chunk: it brings the rich-text sanitizer and the
 * date and people pickers, which a reader looking at the timeline never needs, and it keeps the
 * web part's first bundle under the 200 KB budget (issue 8). TimelineRoot preloads it after the
 * first paint, so the panel normally opens at once.
 */
import * as React from "react";
import * as common from "OirCommonStrings";
import { ErrorState } from "../common/LoadStates";
import type { TaskPanelProps } from "./TaskPanel";

type TaskPanelModule = typeof import("./TaskPanel");

let loadedModule: TaskPanelModule | undefined;
let loading: Promise<TaskPanelModule> | undefined;

/** Loads the panel's chunk once; a failed load is tried again on the next call. */
export function loadTaskPanel(): Promise<TaskPanelModule> {
  loading ??= import(/* webpackChunkName: "oir-task-panel" */ "./TaskPanel").then(
    (module) => (loadedModule = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    }
  );
  return loading;
}

export function LazyTaskPanel(props: TaskPanelProps): JSX.Element | null {
  const [module, setModule] = React.useState<TaskPanelModule | undefined>(loadedModule);
  const [error, setError] = React.useState<unknown>();
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    if (module) return undefined;
    let current = true;
    loadTaskPanel().then(
      (loaded) => current && setModule(loaded),
      (e: unknown) => current && setError(e)
    );
    return () => {
      current = false;
    };
  }, [module, attempt]);
  if (module) return <module.TaskPanel {...props} />;
  if (error !== undefined) {
    const retry = (): void => {
      setError(undefined);
      setAttempt((n) => n + 1);
    };
    return <ErrorState title={common.ErrorTitle} error={error} onRetry={retry} />;
  }
  return null;
}
