/**
 * Query parameters the timeline page understands besides its view state (filterUrl.ts):
 * `oirItems` (comma-separated item ids of the municipality's Planer list to show),
 * `oirAction=updateFromKombit` (open the update dialog) and `oirTask` (a task's master id: open
 * its panel; the task names in the rows link there). The Planer command set builds links with
 * them; the timeline reads them. One place for both.
 */
export const TIMELINE_QUERY = { items: "oirItems", action: "oirAction", updateFromKombit: "updateFromKombit", task: "oirTask" } as const;

/** The task `?oirTask=` asks to open, if any. */
export function taskRequestedInUrl(): number | undefined {
  if (typeof window === "undefined") return undefined;
  const id = Number(new URLSearchParams(window.location.search).get(TIMELINE_QUERY.task));
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** This page's address with the task's panel open (the view's filters kept). */
export function taskHref(taskId: number): string {
  const params = new URLSearchParams(typeof window === "undefined" ? "" : window.location.search);
  params.set(TIMELINE_QUERY.task, String(taskId));
  return `?${params.toString()}`;
}

/** Removes the task request from the address when its panel closes, so a reload does not open it again. */
export function forgetTaskRequest(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(TIMELINE_QUERY.task)) return;
  url.searchParams.delete(TIMELINE_QUERY.task);
  window.history.replaceState(window.history.state, "", url.toString());
}

/** `?oirAction=updateFromKombit` (the command set's "Opdatér fra KOMBIT") opens the update dialog. */
export function updateRequestedInUrl(): boolean {
  return typeof window !== "undefined" && new URLSearchParams(window.location.search).get(TIMELINE_QUERY.action) === TIMELINE_QUERY.updateFromKombit;
}

/** Removes the update request from the address, so a reload does not open the dialog again. */
export function forgetUpdateRequest(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has(TIMELINE_QUERY.action)) return;
  url.searchParams.delete(TIMELINE_QUERY.action);
  window.history.replaceState(window.history.state, "", url.toString());
}
