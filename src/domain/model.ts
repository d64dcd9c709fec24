/**
 * The domain model of ØiR-planlægger. Pure data: no SharePoint, no React.
 * Every date in the domain is a calendar date string `YYYY-MM-DD` (see docs/domain.md §Dates);
 * conversion from SharePoint's UTC instants happens once, in src/data.
 */

/** A calendar date `YYYY-MM-DD`. Never a JavaScript Date at midnight. */
export type IsoDate = string;

/** What a row of the wave implementation plan is. */
export type TaskKind = "task" | "webinar" | "milestone";

/** The four ØiR integrations KY needs before Go-Live. */
export type Integration = "Finans" | "Debitor" | "Faktura" | "NemKonto";

/** All integrations, in KOMBIT's order (SF1590A, B, D, E). */
export const INTEGRATIONS: readonly Integration[] = ["Finans", "Debitor", "Faktura", "NemKonto"];

/** Udførelsesstatus. The Danish choice values live in the data mappers and loc files. */
export type TaskStatus = "notStarted" | "started" | "completed";

/** All statuses in workflow order. */
export const TASK_STATUSES: readonly TaskStatus[] = ["notStarted", "started", "completed"];

/** A comment on a KLIK task ("Kommentarer"): author, date and text. */
export interface KlikComment {
  author: string;
  date: IsoDate;
  /** Time of day "HH:MM" as KLIK shows it, when given. */
  time?: string;
  text: string;
}

/** A row of KOMBIT's wave implementation plan: a KLIK task, a webinar or a milestone. */
export interface KlikTask {
  /** Master-opgave ID, e.g. 519 for PL 12. Unique across the catalogue. */
  id: number;
  /** Short code, e.g. "PL 12". */
  code: string;
  title: string;
  project: string;
  /** Phase without KLIK's " (Fase)" suffix, e.g. "Fase 2.1: Planlægning". */
  phase: string;
  /** Theme without KLIK's " (Tema)" suffix. */
  theme: string;
  priority: 1 | 2 | 3;
  isInfrastructure: boolean;
  /** Person-days of work inside [start, end]. */
  effortDays: number;
  /** Calendar days from Go-Live to the task's end (negative = before Go-Live). */
  endOffsetDays: number;
  /** Calendar days from the end to the start (negative, e.g. -63 = nine weeks). */
  startOffsetDays: number;
  /** Wave titles, e.g. ["KY - Bølge 5"]. */
  waves: string[];
  kind: TaskKind;
  integrations: Integration[];
  recommendedRoles: string[];
  involvedRoles: string[];
  /** Master ids of the tasks that must finish before this one starts. */
  predecessors: number[];
  /** Critical path as declared by KOMBIT (the computed one is kept apart). */
  declaredCritical: boolean;
  goal: string;
  /** Untrusted HTML from the list: sanitize before rendering. */
  descriptionHtml: string;
  methodSteps: string[];
  result: string;
  publicationStatus: string;
  comments: KlikComment[];
  /** Master item version (SharePoint's OData version), for "Opdatér fra KOMBIT". */
  version?: number;
}

/** A rollout wave (bølge) with its Go-Live date. */
export interface Wave {
  title: string;
  project: string;
  goLive: IsoDate;
}

/** A person as SharePoint knows them. `id` is the site user id when known. */
export interface Person {
  id?: number;
  /** Login/e-mail; the stable key used across lists. */
  email: string;
  displayName: string;
}

/** The municipality's local state of a task: overrides and follow-up. */
export interface LocalTaskState {
  /** Master-opgave ID of the task this state belongs to. */
  taskId: number;
  localStart?: IsoDate;
  localEnd?: IsoDate;
  responsible?: Person;
  performer?: Person;
  status: TaskStatus;
  note: string;
  /** Local predecessors (master ids) added by the municipality, on top of KOMBIT's. */
  localPredecessors?: number[];
}

/** A member of the local working group (lokal arbejdsgruppe). */
export interface WorkingGroupMember {
  person: Person;
  roles: string[];
  weeklyCapacityHours: number;
}

/** Hours a person is booked on a task in one ISO week. */
export interface Booking {
  /** Person's e-mail (the key of Person). */
  personEmail: string;
  taskId: number;
  /** The Monday of the ISO week. */
  weekStart: IsoDate;
  hours: number;
  /** The role the person is booked in, when known. */
  role?: string;
}

/** Who from the municipality attends a webinar. */
export interface WebinarAttendance {
  taskId: number;
  personEmail: string;
}

/** A whole plan for one municipality and wave, as the sample plan and demo hold it. */
export interface PlanData {
  waves: Wave[];
  tasks: KlikTask[];
  local: LocalTaskState[];
  workingGroup: WorkingGroupMember[];
  bookings: Booking[];
  attendance: WebinarAttendance[];
}
