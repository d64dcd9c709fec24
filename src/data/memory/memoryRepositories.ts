/**
 * An in-memory implementation of every repository, built from a PlanData, with the same
 * semantics as the PnPjs one (ETags, ConflictError on a stale ETag, AccessDeniedError for a
 * reader), for component tests and the demo. Small on purpose: no paging, no throttling.
 */
import type { Booking, KlikTask, LocalTaskState, Person, PlanData, WebinarAttendance, Wave, WorkingGroupMember } from "../../domain/model";
import type {
  AttendanceRepository,
  BookingRepository,
  ItemRef,
  LocalPlanRepository,
  LocalPlanRow,
  MasterPlanRepository,
  PeopleDirectory,
  PlanRepositories,
  Stored,
  WorkingGroupRepository,
  WriteResult
} from "../repositories";
import { DEFAULT_LIST_TITLES } from "../listTitles";
import { pickState, LocalStateChanges } from "../mappers/localPlan";
import { MemoryTable } from "./memoryTable";

interface LocalRowValue {
  task: KlikTask;
  state: LocalTaskState;
  masterItemId: number;
  masterVersion: number;
}

export interface MemoryOptions {
  /** Whether the user may edit (false = a reader: writes throw AccessDeniedError). Default true. */
  canEdit?: boolean;
  /** The signed-in user; default the first working group member. */
  currentUser?: Person;
  /** More site users for the people picker. */
  people?: Person[];
}

export interface MemoryRepositories extends PlanRepositories {
  /** The tables, to inspect or to edit "as someone else" in tests. */
  tables: {
    tasks: MemoryTable<KlikTask>;
    waves: MemoryTable<Wave>;
    local: MemoryTable<LocalRowValue>;
    workingGroup: MemoryTable<WorkingGroupMember>;
    bookings: MemoryTable<Booking>;
    attendance: MemoryTable<WebinarAttendance>;
  };
  /** Switch between editor and reader. */
  setCanEdit(canEdit: boolean): void;
}

function emptyState(taskId: number): LocalTaskState {
  return { taskId, status: "notStarted", note: "" };
}

export function createMemoryRepositories(data: PlanData, options: MemoryOptions = {}): MemoryRepositories {
  let editable = options.canEdit ?? true;
  const canEdit = (): boolean => editable;
  const tables = {
    tasks: new MemoryTable<KlikTask>(DEFAULT_LIST_TITLES.masterPlan, () => false),
    waves: new MemoryTable<Wave>(DEFAULT_LIST_TITLES.waves, () => false),
    local: new MemoryTable<LocalRowValue>(DEFAULT_LIST_TITLES.localPlan, canEdit),
    workingGroup: new MemoryTable<WorkingGroupMember>(DEFAULT_LIST_TITLES.workingGroup, canEdit),
    bookings: new MemoryTable<Booking>(DEFAULT_LIST_TITLES.bookings, canEdit),
    attendance: new MemoryTable<WebinarAttendance>(DEFAULT_LIST_TITLES.attendance, canEdit)
  };
  data.waves.forEach((w) => tables.waves.seed(w));
  const masterItemIds = new Map(data.tasks.map((t) => [t.id, tables.tasks.seed({ ...t, version: 1 }).itemId]));
  for (const task of data.tasks) {
    const state = data.local.find((s) => s.taskId === task.id) ?? emptyState(task.id);
    tables.local.seed({ task: { ...task, version: 1 }, state, masterItemId: masterItemIds.get(task.id) ?? 0, masterVersion: 1 });
  }
  data.workingGroup.forEach((m) => tables.workingGroup.seed(m));
  data.bookings.forEach((b) => tables.bookings.seed(b));
  data.attendance.forEach((a) => tables.attendance.seed(a));

  const master: MasterPlanRepository = {
    getWaves: async () => tables.waves.all().map((s) => s.value),
    getTasks: async () => tables.tasks.all()
  };

  const toRow = (s: Stored<LocalRowValue>): LocalPlanRow => ({ itemId: s.itemId, etag: s.etag, ...s.value });
  const applyState = (ref: ItemRef, changes: LocalStateChanges): string =>
    tables.local.update(
      ref,
      (row) => ({ ...row, state: { ...row.state, ...changes, taskId: row.state.taskId } }),
      changes,
      (row) => pickState(row.state, changes)
    );
  const local: LocalPlanRepository = {
    getRows: async () => tables.local.all().map(toRow),
    updateState: async (ref, changes) => applyState(ref, changes),
    updateStates: async (changes) =>
      changes.map(({ ref, changes: c }): WriteResult => {
        try {
          return { key: ref.itemId, ok: true, etag: applyState(ref, c) };
        } catch (e) {
          return { key: ref.itemId, ok: false, error: e as Error };
        }
      }),
    addRows: async (rows) =>
      rows.map((r) => toRow(tables.local.add({ task: r.task, state: emptyState(r.task.id), masterItemId: r.masterItemId, masterVersion: r.masterVersion }))),
    updateMasterFields: async (ref, task, masterVersion) =>
      tables.local.update(ref, (row) => ({ ...row, task, masterVersion }), { task, masterVersion }),
    canEdit: async () => editable
  };

  const workingGroup: WorkingGroupRepository = {
    getMembers: async () => tables.workingGroup.all(),
    addMember: async (member) => tables.workingGroup.add(member),
    updateMember: async (ref, member) => tables.workingGroup.update(ref, () => member, member),
    removeMember: async (ref) => tables.workingGroup.remove(ref),
    canEdit: async () => editable
  };

  const bookings: BookingRepository = {
    getBookings: async () => tables.bookings.all(),
    saveBookings: async (changes) =>
      changes.map(({ ref, booking }): WriteResult<number> => {
        try {
          if (ref && booking.hours === 0) {
            tables.bookings.remove(ref);
            return { key: ref.itemId, ok: true, etag: "" };
          }
          if (ref) return { key: ref.itemId, ok: true, etag: tables.bookings.update(ref, () => booking, booking) };
          if (booking.hours === 0) return { key: 0, ok: true, etag: "" };
          const added = tables.bookings.add(booking);
          return { key: added.itemId, ok: true, etag: added.etag };
        } catch (e) {
          return { key: ref?.itemId ?? 0, ok: false, error: e as Error };
        }
      }),
    canEdit: async () => editable
  };

  const attendance: AttendanceRepository = {
    getAttendance: async () => tables.attendance.all(),
    addAttendance: async (a) => tables.attendance.add(a),
    removeAttendance: async (ref) => tables.attendance.remove(ref)
  };

  const everyone = (): Person[] => {
    const byEmail = new Map<string, Person>();
    for (const p of [...tables.workingGroup.all().map((m) => m.value.person), ...(options.people ?? [])]) byEmail.set(p.email.toLowerCase(), p);
    return [...byEmail.values()];
  };
  const people: PeopleDirectory = {
    currentUser: async () => {
      const me = options.currentUser ?? everyone()[0];
      if (!me) throw new Error("The in-memory plan has no users");
      return me;
    },
    search: async (text, max = 10) => {
      const needle = text.trim().toLocaleLowerCase("da-DK");
      return everyone()
        .filter((p) => p.displayName.toLocaleLowerCase("da-DK").includes(needle) || p.email.toLocaleLowerCase("da-DK").includes(needle))
        .slice(0, max);
    }
  };

  return {
    master,
    local,
    workingGroup,
    bookings,
    attendance,
    people,
    tables,
    setCanEdit: (value: boolean): void => {
      editable = value;
    }
  };
}
