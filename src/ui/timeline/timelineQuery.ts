/**
 * Query parameters the timeline page understands besides its view state (filterUrl.ts):
 * `oirItems` (comma-separated item ids of the municipality's Planer list to show) and
 * `oirAction=updateFromKombit` (open the update dialog). The Planer command set builds links
 * with them; the timeline reads them. One place for both.
 */
export const TIMELINE_QUERY = { items: "oirItems", action: "oirAction", updateFromKombit: "updateFromKombit" } as const;

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
