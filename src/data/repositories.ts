/**
 * Repository interfaces: the only way src/ui reaches SharePoint data.
 * Implementations: src/data/pnp (PnPjs over SharePoint REST) and src/data/memory (in memory,
 * for component tests). Every write takes the ETag read with the item and throws a typed error
 * from ./errors (ConflictError on 412, AccessDeniedError on 403, ...); nothing is swallowed.
 */
import type {
  Booking,
  KlikTask,
  LocalTaskState,
  Person,
  WebinarAttendance,
  Wave,
  WorkingGroupMember
} from "../domain/model";

/** Where an item lives and which version of it we read. */
export interface ItemRef {
  /** SharePoint list item id. */
  itemId: number;
  /** The ETag read with the item (e.g. `"3"`); sent as If-Match on write. */
  etag: string;
}

/** A domain value together with the list item it came from. */
export interface Stored<T> extends ItemRef {
  value: T;
}

/** One row of the municipality's local plan: the copied master task and its local state. */
export interface LocalPlanRow extends ItemRef {
  task: KlikTask;
  state: LocalTaskState;
  /** SharePoint item id of the master row it was copied from. */
  masterItemId: number;
  /** Version of the master row when last copied ("Opdatér fra KOMBIT"). */
  masterVersion: number;
}

/** The per-item outcome of a bulk write ($batch is not transactional). */
export type WriteResult<K = number> =
  | { key: K; ok: true; etag: string }
  | { key: K; ok: false; error: Error };

/** KOMBIT's wave implementation plan (Planer + Bølger on KOMBIT's site). Read-only. */
export interface MasterPlanRepository {
  /** All waves of the Bølger list. */
  getWaves(): Promise<Wave[]>;
  /** Every master row (all pages), with item id, ETag and version in `value.version`. */
  getTasks(): Promise<Stored<KlikTask>[]>;
}

/**
 * Writes KOMBIT's master plan (Planer on KOMBIT's site), for whoever maintains it (KLIK import).
 * Predecessors are master ids; `itemIdByMasterId` gives the item id of each row they may point to
 * (rows already in the list and rows added earlier in the same import). A predecessor without a
 * row throws RangeError before anything is written.
 */
export interface MasterPlanWriter {
  /** Adds a new row; resolves to it with its item id and ETag. */
  addTask(task: KlikTask, itemIdByMasterId: ReadonlyMap<number, number>): Promise<Stored<KlikTask>>;
  /** Overwrites an existing row (same Master-opgave ID) with the ETag read; resolves to the new ETag. ConflictError on 412. */
  updateTask(ref: ItemRef, task: KlikTask, itemIdByMasterId: ReadonlyMap<number, number>): Promise<string>;
  /** Whether the current user may edit KOMBIT's Planer. */
  canEdit(): Promise<boolean>;
}

/** The municipality's own plan (its Planer list with the local columns). */
export interface LocalPlanRepository {
  /** Every local row (all pages). */
  getRows(): Promise<LocalPlanRow[]>;
  /** Saves local fields of one row with its ETag; resolves to the new ETag. Throws ConflictError on 412. */
  updateState(ref: ItemRef, changes: Partial<Omit<LocalTaskState, "taskId">>): Promise<string>;
  /**
   * Saves several rows in one $batch; one result per ref, in order ($batch is not transactional).
   * Parts that were throttled are sent again (only those); a part still throttled after the retry
   * budget goes to the pending-writes queue (its result is a PendingWriteError).
   */
  updateStates(changes: { ref: ItemRef; changes: Partial<Omit<LocalTaskState, "taskId">> }[]): Promise<WriteResult[]>;
  /** Adds copied master rows (first copy or new rows from KOMBIT). */
  addRows(rows: { task: KlikTask; masterItemId: number; masterVersion: number }[]): Promise<LocalPlanRow[]>;
  /** Overwrites the master fields of a row (not the local ones) with a newer master version. */
  updateMasterFields(ref: ItemRef, task: KlikTask, masterVersion: number): Promise<string>;
  /** Whether the current user may edit the list (EffectiveBasePermissions: EditListItems). */
  canEdit(): Promise<boolean>;
}

/** The local working group (Arbejdsgruppe). */
export interface WorkingGroupRepository {
  /** All members. */
  getMembers(): Promise<Stored<WorkingGroupMember>[]>;
  /** Adds a member; the person must exist on the site (ensured by e-mail). */
  addMember(member: WorkingGroupMember): Promise<Stored<WorkingGroupMember>>;
  /** Updates roles and capacity with the ETag read. */
  updateMember(ref: ItemRef, member: WorkingGroupMember): Promise<string>;
  /** Removes a member (ETag-checked). */
  removeMember(ref: ItemRef): Promise<void>;
  /** Whether the current user may edit the list. */
  canEdit(): Promise<boolean>;
}

/** Resource bookings (Ressourcebookinger). */
export interface BookingRepository {
  /** All bookings (all pages). */
  getBookings(): Promise<Stored<Booking>[]>;
  /**
   * Applies a set of cell changes in one $batch: a ref with hours > 0 updates, no ref adds,
   * hours 0 with a ref deletes. One result per change, in order.
   */
  saveBookings(changes: { ref?: ItemRef; booking: Booking }[]): Promise<WriteResult<number>[]>;
  /** Whether the current user may edit the list. */
  canEdit(): Promise<boolean>;
}

/** Who attends the ØiR webinars (Webinardeltagelse). */
export interface AttendanceRepository {
  /** All attendance rows. */
  getAttendance(): Promise<Stored<WebinarAttendance>[]>;
  /** Marks a person as attending a webinar. */
  addAttendance(attendance: WebinarAttendance): Promise<Stored<WebinarAttendance>>;
  /** Removes an attendance row. */
  removeAttendance(ref: ItemRef): Promise<void>;
}

/** People on the site: the current user and the people picker's source. */
export interface PeopleDirectory {
  /** The signed-in user. */
  currentUser(): Promise<Person>;
  /** Site users whose name or e-mail contains the text (case-insensitive), at most `max`. */
  search(text: string, max?: number): Promise<Person[]>;
}

/** Where a write waiting in the pending-writes queue stands. */
export type PendingWriteStatus = "waiting" | "retrying" | "conflict" | "failed";

/** A write that failed after the retry budget (throttling, SharePoint unavailable) and is kept to be sent again. */
export interface PendingWrite {
  id: string;
  /** What it does, in the data layer's words (e.g. "updateState"), for logs; the UI words come from loc files. */
  op: string;
  listTitle: string;
  itemId?: number;
  /** ISO timestamp of when it was first queued. */
  createdAt: string;
  /** Sends so far (retries of the queue, not of the HTTP layer). */
  attempts: number;
  status: PendingWriteStatus;
  /** The last error's text (SharePoint's own message when there is one). */
  lastError: string;
  /** The last error itself while this page lives (a ConflictError carries mine and theirs). */
  error?: Error;
  /**
   * What the write carries, as queued (JSON; read-only), so the UI can show a queued change where
   * it belongs (e.g. a member being added as a pending row of the working group).
   */
  args?: unknown;
}

/** The pending-queue ops of working-group writes (see PendingWrite.op and .args). */
export const WORKING_GROUP_OPS = {
  /** args: `{ member: WorkingGroupMember }` */
  add: "workingGroup.addMember",
  /** args: `{ ref: ItemRef, member: WorkingGroupMember }` */
  update: "workingGroup.updateMember",
  /** args: `{ ref: ItemRef }` */
  remove: "workingGroup.removeMember"
} as const;

/** The outcome of sending one pending write again. */
export type PendingRetryOutcome =
  | { id: string; ok: true; result: unknown }
  | { id: string; ok: false; error: Error };

/**
 * Writes that could not be sent yet: in memory and in localStorage, retried later and on reload,
 * never dropped. A conflict found on retry stays listed (status "conflict") until the UI resolves it.
 */
export interface PendingWrites {
  list(): PendingWrite[];
  /** Called with the whole list on every change; returns the unsubscribe function. */
  subscribe(listener: (writes: PendingWrite[]) => void): () => void;
  /** Sends every waiting write again, oldest first. */
  retryAll(): Promise<PendingRetryOutcome[]>;
  /** Removes a write the user has dealt with (e.g. a resolved conflict). */
  discard(id: string): void;
}

/** Everything a UI root needs, built by a web part (or the demo page) and passed as props. */
export interface PlanRepositories {
  master: MasterPlanRepository;
  local: LocalPlanRepository;
  workingGroup: WorkingGroupRepository;
  bookings: BookingRepository;
  attendance: AttendanceRepository;
  people: PeopleDirectory;
  /** Writes waiting to be sent again (absent for implementations that never queue). */
  pending?: PendingWrites;
}
