/**
 * The timeline's view state (filters, grouping, zoom), kept in the page URL with
 * history.replaceState so a copied link opens the same view and no reload happens.
 */
import * as React from "react";
import { readViewFromQuery, writeViewToQuery, type TimelineViewState } from "./filterUrl";

export function useTimelineView(defaultWave: string | undefined): [TimelineViewState, (changes: Partial<TimelineViewState>) => void] {
  const [view, setView] = React.useState<TimelineViewState>(() => {
    const fromUrl = readViewFromQuery(window.location.search);
    return { ...fromUrl, wave: fromUrl.wave ?? defaultWave };
  });

  React.useEffect(() => {
    const search = writeViewToQuery(window.location.search, view);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [view]);

  const update = React.useCallback((changes: Partial<TimelineViewState>) => setView((old) => ({ ...old, ...changes })), []);
  return [view, update];
}
