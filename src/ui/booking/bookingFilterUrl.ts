/**
 * The booking view's filters in the page URL (`?rb.role=…&rb.from=2027-03-01`), so a link shares
 * the view. The `rb.` prefix keeps them apart from the timeline's and SharePoint's parameters.
 */
import { INTEGRATIONS, type Integration, type IsoDate } from "../../domain/model";
import { isIsoDate } from "../../domain/isoDate";

export interface BookingFilters {
  wave?: string;
  role?: string;
  /** E-mail of the one person to show. */
  person?: string;
  /** Master id of the one task to show. */
  taskId?: number;
  integration?: Integration;
  /** First and last week shown (any day of the week). */
  from?: IsoDate;
  to?: IsoDate;
}

const KEYS = {
  wave: "rb.wave",
  role: "rb.role",
  person: "rb.person",
  task: "rb.task",
  integration: "rb.integration",
  from: "rb.from",
  to: "rb.to"
} as const;

/** Reads the filters from a query string; values that make no sense are ignored. */
export function readFiltersFromQuery(search: string): BookingFilters {
  const params = new URLSearchParams(search);
  const text = (key: string): string | undefined => params.get(key)?.trim() || undefined;
  const date = (key: string): IsoDate | undefined => {
    const value = text(key);
    return value && isIsoDate(value) ? value : undefined;
  };
  const task = Number(text(KEYS.task));
  return {
    wave: text(KEYS.wave),
    role: text(KEYS.role),
    person: text(KEYS.person),
    taskId: Number.isInteger(task) && task > 0 ? task : undefined,
    integration: INTEGRATIONS.find((i) => i === text(KEYS.integration)),
    from: date(KEYS.from),
    to: date(KEYS.to)
  };
}

/** Writes the filters into a query string, keeping every parameter that is not ours. */
export function writeFiltersToQuery(search: string, filters: BookingFilters): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | undefined): void => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set(KEYS.wave, filters.wave);
  set(KEYS.role, filters.role);
  set(KEYS.person, filters.person);
  set(KEYS.task, filters.taskId === undefined ? undefined : String(filters.taskId));
  set(KEYS.integration, filters.integration);
  set(KEYS.from, filters.from);
  set(KEYS.to, filters.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}
