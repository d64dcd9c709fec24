/**
 * The timeline's view state (filters, grouping, zoom), kept in the page URL (useUrlState) so a
 * copied link opens the same view and no reload happens.
 */
import { useUrlState } from "../common/useUrlState";
import { readViewFromQuery, writeViewToQuery, type TimelineViewState } from "./filterUrl";

export function useTimelineView(defaultWave: string | undefined): [TimelineViewState, (changes: Partial<TimelineViewState>) => void] {
  return useUrlState(() => {
    const fromUrl = readViewFromQuery(window.location.search);
    return { ...fromUrl, wave: fromUrl.wave ?? defaultWave };
  }, writeViewToQuery);
}
