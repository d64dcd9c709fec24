/**
 * The timeline's view state (filters, grouping, zoom) in the page URL, so a link shares the
 * view. Parameters carry an `oir` prefix so they never clash with SharePoint's own.
 */
import { INTEGRATIONS, TASK_STATUSES, type Integration, type TaskStatus } from "../../domain/model";
import { ZOOMS, type Zoom } from "./timeScale";
import { TIMELINE_QUERY } from "./timelineQuery";

export type Grouping = "phase" | "integration";

export interface TimelineViewState {
  wave?: string;
  role?: string;
  /** Only tasks where this person (e-mail) is ansvarlig or udfører. */
  person?: string;
  /** Only tasks where the current user is responsible or performer ("Mine opgaver"). */
  mine: boolean;
  integration?: Integration;
  status: TaskStatus[];
  phase?: string;
  criticalOnly: boolean;
  text: string;
  grouping: Grouping;
  zoom: Zoom;
  /** The "Opfølgning" list is open (a view, not a filter: "Ryd filtre" leaves it). */
  followUp?: boolean;
  /** Only these items of the Planer list (the command set's "Åbn i ØiR-tidsplan": `?oirItems=7,8`). */
  items?: number[];
}

const DEFAULT_VIEW: TimelineViewState = {
  mine: false,
  status: [],
  criticalOnly: false,
  text: "",
  grouping: "phase",
  zoom: "week"
};

/** The view with every filter cleared ("Ryd filtre"); wave, grouping and zoom are not filters. */
export const CLEARED_FILTERS: Pick<TimelineViewState, "role" | "person" | "mine" | "integration" | "status" | "phase" | "criticalOnly" | "text" | "items"> = {
  role: undefined,
  person: undefined,
  mine: DEFAULT_VIEW.mine,
  integration: undefined,
  status: DEFAULT_VIEW.status,
  phase: undefined,
  criticalOnly: DEFAULT_VIEW.criticalOnly,
  text: DEFAULT_VIEW.text,
  items: undefined
};

/** Whether any filter narrows the view (what "Ryd filtre" would clear). */
export function isFiltered(view: TimelineViewState): boolean {
  return (
    view.role !== undefined || view.person !== undefined || view.mine || view.integration !== undefined || view.status.length > 0 ||
    view.phase !== undefined || view.criticalOnly || view.text.trim() !== "" || view.items !== undefined
  );
}

const KEYS = {
  wave: "oirWave",
  role: "oirRole",
  person: "oirPerson",
  mine: "oirMine",
  integration: "oirIntegration",
  status: "oirStatus",
  phase: "oirPhase",
  critical: "oirCritical",
  text: "oirText",
  grouping: "oirGroup",
  zoom: "oirZoom",
  followUp: "oirFollowUp",
  items: TIMELINE_QUERY.items
} as const;

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((a) => a === value);
}

/** "7,8" → [7, 8]; no valid id → undefined (no item filter). */
function itemIds(value: string | null): number[] | undefined {
  const ids = (value ?? "").split(",").map((v) => Number(v.trim())).filter((n) => Number.isInteger(n) && n > 0);
  return ids.length > 0 ? ids : undefined;
}

/** Reads the view from a query string (`?oirWave=…`); unknown values fall back to the defaults. */
export function readViewFromQuery(search: string): TimelineViewState {
  const params = new URLSearchParams(search);
  const text = (key: string): string | undefined => params.get(key)?.trim() || undefined;
  return {
    wave: text(KEYS.wave),
    role: text(KEYS.role),
    person: text(KEYS.person),
    mine: params.get(KEYS.mine) === "1",
    integration: oneOf(params.get(KEYS.integration), INTEGRATIONS),
    status: (params.get(KEYS.status) ?? "")
      .split(",")
      .map((s) => oneOf(s, TASK_STATUSES))
      .filter((s): s is TaskStatus => s !== undefined),
    phase: text(KEYS.phase),
    criticalOnly: params.get(KEYS.critical) === "1",
    text: params.get(KEYS.text) ?? "",
    grouping: oneOf(params.get(KEYS.grouping), ["phase", "integration"] as const) ?? DEFAULT_VIEW.grouping,
    zoom: oneOf(params.get(KEYS.zoom), ZOOMS) ?? DEFAULT_VIEW.zoom,
    followUp: params.get(KEYS.followUp) === "1",
    items: itemIds(params.get(KEYS.items))
  };
}

/** Writes the view into a query string, keeping every parameter that is not ours. */
export function writeViewToQuery(search: string, view: TimelineViewState): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | undefined): void => {
    if (value) params.set(key, value);
    else params.delete(key);
  };
  set(KEYS.wave, view.wave);
  set(KEYS.role, view.role);
  set(KEYS.person, view.person);
  set(KEYS.mine, view.mine ? "1" : undefined);
  set(KEYS.integration, view.integration);
  set(KEYS.status, view.status.join(","));
  set(KEYS.phase, view.phase);
  set(KEYS.critical, view.criticalOnly ? "1" : undefined);
  set(KEYS.text, view.text.trim() || undefined);
  set(KEYS.grouping, view.grouping === DEFAULT_VIEW.grouping ? undefined : view.grouping);
  set(KEYS.zoom, view.zoom === DEFAULT_VIEW.zoom ? undefined : view.zoom);
  set(KEYS.followUp, view.followUp ? "1" : undefined);
  set(KEYS.items, view.items?.join(","));
  const query = params.toString();
  return query ? `?${query}` : "";
}
