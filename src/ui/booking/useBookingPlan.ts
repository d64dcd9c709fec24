/**
 * The booking view's hook: loads the plan, the working group and the bookings, schedules the
 * chosen wave with the domain, applies the filters (kept in the URL), and sends queued cell
 * edits with BookingRepository.saveBookings — one batch at a time, so every batch carries the
 * ETags the previous one returned.
 */
import * as React from "react";
import { criticalPath } from "../../domain/criticalPath";
import { suggestBookings } from "../../domain/bookings";
import { demandByRoleWeek, MUNICIPALITY_DEMAND } from "../../domain/demand";
import { schedulePlan, type ScheduledTask } from "../../domain/schedule";
import { filterTasks } from "../../domain/filters";
import type { Booking, Person, Wave, WorkingGroupMember } from "../../domain/model";
import type { PendingWrite, PlanRepositories, Stored, WriteResult } from "../../data/repositories";
import { asError, PendingWriteError } from "../../data/errors";
import { pendingMembersOf, workingGroupWriteIds, type PendingMembers } from "./pendingMembers";
import { bookingReducer, changesToSend, initialBookingState, storedByKey, type BookingAction, type BookingData, type BookingState, type CellSave } from "./bookingReducer";
import { buildGridModel, createGridModelCache, planWeeks, primaryRole, type GridModel } from "./bookingGridModel";
import { keyOf, personKey } from "./cellKey";
import { formerMembersOf } from "./formerMembers";
import { readFiltersFromQuery, writeFiltersToQuery, type BookingFilters } from "./bookingFilterUrl";
import { useUrlState } from "../common/useUrlState";

export interface BookingPlanView {
  state: BookingState;
  dispatch: React.Dispatch<BookingAction>;
  filters: BookingFilters;
  setFilters: (changes: Partial<BookingFilters>) => void;
  wave?: Wave;
  /** Tasks of the wave (before the task filters): the filter options. */
  waveTasks: ScheduledTask[];
  /** Tasks after the filters. */
  tasks: ScheduledTask[];
  critical: ReadonlySet<number>;
  /** Bookings as shown: saved, with edits being saved, without suggestions. */
  bookings: Booking[];
  /** People with hours booked who are no longer in the working group (after the filters). */
  formerMembers: WorkingGroupMember[];
  /** Roles named by the plan's tasks (the working group's role choices). */
  roles: string[];
  model: GridModel;
  /** Cell keys shown as a suggestion. */
  suggested: ReadonlySet<string>;
  expanded: ReadonlySet<string>;
  toggleExpanded: (personEmail: string) => void;
  suggest: (personEmail: string, taskId: number) => void;
  pendingWrites: PendingWrite[];
  /** Working-group adds and removals waiting for SharePoint (shown as pending rows). */
  pendingMembers: PendingMembers;
  /** A failure to read the working group again after a queued change landed. */
  membersError?: unknown;
  retrySaves: () => void;
  /** Drops a queued write the user gave up on (e.g. one SharePoint refused). */
  discardPending: (writeId: string) => void;
  /** "pending": SharePoint did not answer; the change is queued and shown as pending until it lands. */
  addMember: (member: WorkingGroupMember) => Promise<MemberSaveOutcome>;
  updateMember: (stored: Stored<WorkingGroupMember>, member: WorkingGroupMember) => Promise<void>;
  removeMember: (stored: Stored<WorkingGroupMember>) => Promise<MemberSaveOutcome>;
  reload: () => void;
}

export type MemberSaveOutcome = "saved" | "pending";

/**
 * When a queued working-group change leaves the queue (sent, or discarded), the working group is
 * read again, so the pending row becomes an ordinary one without reloading the page.
 */
function useMembersAfterQueuedChanges(
  repositories: PlanRepositories,
  pendingWrites: PendingWrite[],
  dispatch: React.Dispatch<BookingAction>,
  setError: (e: unknown) => void
): void {
  const ids = workingGroupWriteIds(pendingWrites);
  const previous = React.useRef(ids);
  React.useEffect(() => {
    const before = previous.current;
    previous.current = ids;
    const now = new Set(ids.split(","));
    if (!before || before.split(",").every((id) => now.has(id))) return;
    let current = true;
    repositories.workingGroup.getMembers().then(
      (members) => {
        if (!current) return;
        setError(undefined);
        dispatch({ type: "membersReloaded", members });
      },
      (e: unknown) => current && setError(e)
    );
    return () => {
      current = false;
    };
  }, [ids, repositories, dispatch, setError]);
}

async function loadData(repositories: PlanRepositories): Promise<BookingData> {
  const [waves, rows, members, bookings, canEditBookings, canEditGroup] = await Promise.all([
    repositories.master.getWaves(),
    repositories.local.getRows(),
    repositories.workingGroup.getMembers(),
    repositories.bookings.getBookings(),
    repositories.bookings.canEdit(),
    repositories.workingGroup.canEdit()
  ]);
  return { waves, rows, members, bookings, canEditBookings, canEditGroup };
}

function pickWave(waves: readonly Wave[], rows: BookingData["rows"], wanted: string | undefined): Wave | undefined {
  const asked = wanted ? waves.find((w) => w.title === wanted) : undefined;
  if (asked) return asked;
  const used = new Set(rows.flatMap((r) => r.task.waves));
  return waves.find((w) => used.has(w.title)) ?? waves[0];
}

/** The hours of the cells being saved, without their status. */
type SaveHours = Readonly<Record<string, { cell: CellSave["cell"]; hours: number }>>;

function sameSaveHours(a: SaveHours, b: Record<string, CellSave>): boolean {
  const keys = Object.keys(b);
  if (keys.length !== Object.keys(a).length) return false;
  return keys.every((k) => a[k] !== undefined && a[k].hours === b[k].hours && a[k].cell.role === b[k].cell.role);
}

function bookingSignature(b: Booking): string {
  return `${keyOf(b)}|${b.role ?? ""}|${b.hours}`;
}

/**
 * Whether two booking lists hold the same bookings, in whatever order. Most items are the same
 * objects (the stored bookings): only the others are compared by content.
 */
function sameBookings(a: readonly Booking[], b: readonly Booking[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const inA = new Set(a);
  const onlyInB = b.filter((x) => !inA.has(x));
  if (onlyInB.length === 0) return true;
  const inB = new Set(b);
  const onlyInA = a.filter((x) => !inB.has(x));
  if (onlyInA.length !== onlyInB.length) return false;
  const counts = new Map<string, number>();
  for (const x of onlyInA) {
    const s = bookingSignature(x);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  for (const x of onlyInB) {
    const s = bookingSignature(x);
    const n = counts.get(s);
    if (!n) return false;
    counts.set(s, n - 1);
  }
  return true;
}

function readUrl(): BookingFilters {
  return typeof window === "undefined" ? {} : readFiltersFromQuery(window.location.search);
}

/**
 * After hours are saved, the working group is read again: someone may have removed a person while
 * we booked them (the list does not stop that). The reducer then keeps the hours, shows the person
 * under "Tidligere medlemmer" and says so (membersChecked).
 */
async function checkMembersAfterSave(
  repositories: PlanRepositories,
  sent: readonly { booking: Booking }[],
  results: readonly WriteResult<number>[],
  onError: (e: unknown) => void
): Promise<BookingAction | undefined> {
  const booked = sent.filter((s, i) => results[i]?.ok && s.booking.hours > 0).map((s) => s.booking);
  if (booked.length === 0) return undefined;
  try {
    return { type: "membersChecked", members: await repositories.workingGroup.getMembers(), booked };
  } catch (e) {
    onError(e);
    return undefined;
  }
}

function useSaveLoop(repositories: PlanRepositories, state: BookingState, dispatch: React.Dispatch<BookingAction>, onMembersError: (e: unknown) => void): void {
  const saving = Object.values(state.saves).some((s) => s.status === "saving");
  const unsentSignature = Object.keys(state.saves)
    .filter((k) => state.saves[k].status === "unsent")
    .join(",");
  // The loop reacts to what is queued and whether a batch is out, not to every state change; it
  // reads the state of that moment through a ref.
  const latest = React.useRef(state);
  latest.current = state;
  React.useEffect(() => {
    const current = latest.current;
    const unsent = Object.keys(current.saves).filter((k) => current.saves[k].status === "unsent");
    if (saving || unsent.length === 0 || unsentSignature === "") return;
    const sent = changesToSend(current, unsent);
    dispatch({ type: "saveStarted", keys: unsent });
    repositories.bookings.saveBookings(sent.map(({ ref, booking }) => ({ ref, booking }))).then(
      // The save counts as done once the working group is checked too (one short read), so the
      // result and any "removed meanwhile" notice arrive together.
      (results) =>
        checkMembersAfterSave(repositories, sent, results, onMembersError).then((checked) => {
          dispatch({ type: "saveFinished", sent, results });
          if (checked) dispatch(checked);
        }),
      // A failure before any part was sent (e.g. the person is unknown on the site): every cell failed.
      (error: unknown) => {
        const failed: WriteResult<number>[] = sent.map((s) => ({ key: s.ref?.itemId ?? 0, ok: false, error: asError(error) }));
        dispatch({ type: "saveFinished", sent, results: failed });
      }
    );
  }, [saving, unsentSignature, repositories, dispatch, onMembersError]);
}

export function useBookingPlan(repositories: PlanRepositories, defaultWave: string | undefined): BookingPlanView {
  const [state, dispatch] = React.useReducer(bookingReducer, initialBookingState);
  const [loadCount, setLoadCount] = React.useState(0);
  const [filters, setFilters] = useUrlState<BookingFilters>(readUrl, writeFiltersToQuery);
  const [expanded, setExpanded] = React.useState<ReadonlySet<string>>(new Set());
  const [pendingWrites, setPendingWrites] = React.useState<PendingWrite[]>(() => repositories.pending?.list() ?? []);
  // People removed from the working group in this session: their bookings keep their names.
  const [removedPeople, setRemovedPeople] = React.useState<readonly Person[]>([]);

  React.useEffect(() => {
    let current = true;
    dispatch({ type: "planRequested" });
    loadData(repositories).then(
      (data) => current && dispatch({ type: "planLoaded", data }),
      (error: unknown) => current && dispatch({ type: "planFailed", error })
    );
    return () => {
      current = false;
    };
  }, [repositories, loadCount]);

  React.useEffect(() => repositories.pending?.subscribe(setPendingWrites), [repositories]);
  // Reading the working group again (after a queued change landed, or after saving hours) failed.
  const [membersError, setMembersError] = React.useState<unknown>();
  useSaveLoop(repositories, state, dispatch, setMembersError);
  useMembersAfterQueuedChanges(repositories, pendingWrites, dispatch, setMembersError);
  // People removed by someone else while we booked them keep their names under "Tidligere medlemmer".
  const { notice } = state;
  React.useEffect(() => {
    if (notice?.kind === "bookedOnRemovedMember") setRemovedPeople((people) => [...notice.people, ...people]);
  }, [notice]);
  const pendingMembers = React.useMemo(() => pendingMembersOf(pendingWrites, state.data.members), [pendingWrites, state.data.members]);

  const reload = React.useCallback(() => setLoadCount((n) => n + 1), []);

  const { data } = state;
  // The schedule, critical path and demand depend on the plan's rows, not on the bookings: a save
  // that lands (a new data object) must not schedule the wave again.
  const wave = React.useMemo(() => pickWave(data.waves, data.rows, filters.wave ?? defaultWave), [data.waves, data.rows, filters.wave, defaultWave]);
  // Who is ansvarlig/udfører on which task (the local states): they get a row for it (besides their roles' tasks).
  const assignments = React.useMemo(() => data.rows.map((r) => r.state), [data.rows]);
  const waveTasks = React.useMemo(() => {
    if (!wave) return [];
    const tasks = data.rows.map((r) => r.task).filter((t) => t.waves.includes(wave.title));
    return schedulePlan(tasks, wave, assignments);
  }, [data.rows, assignments, wave]);
  const critical = React.useMemo(() => {
    const cp = criticalPath(waveTasks, { deadline: wave?.goLive });
    return new Set([...cp.computedCritical, ...cp.declaredCritical]);
  }, [waveTasks, wave]);
  const tasks = React.useMemo(() => {
    const filtered = filterTasks(waveTasks, { integration: filters.integration });
    return filters.taskId === undefined ? filtered : filtered.filter((t) => t.id === filters.taskId);
  }, [waveTasks, filters.integration, filters.taskId]);

  const stored = React.useMemo(() => storedByKey(data.bookings), [data.bookings]);
  // A save changes status twice (saving, then gone or failed) without changing the hours shown:
  // the hours of the saves, and the bookings built from them, stay the same objects then, so the
  // grid model is not built again (and memoized rows skip) for a status change.
  const lastSaveHours = React.useRef<SaveHours>({});
  const saveHours = React.useMemo(() => {
    if (sameSaveHours(lastSaveHours.current, state.saves)) return lastSaveHours.current;
    const next: Record<string, { cell: CellSave["cell"]; hours: number }> = {};
    for (const [key, save] of Object.entries(state.saves)) next[key] = { cell: save.cell, hours: save.hours };
    lastSaveHours.current = next;
    return next;
  }, [state.saves]);
  const lastBookings = React.useRef<Booking[]>([]);
  const bookings = React.useMemo(() => {
    const result: Booking[] = [];
    for (const [key, items] of stored) if (!saveHours[key]) for (const item of items) result.push(item.value);
    for (const save of Object.values(saveHours)) {
      if (save.hours > 0) result.push({ personEmail: save.cell.personEmail, taskId: save.cell.taskId, weekStart: save.cell.weekStart, hours: save.hours, role: save.cell.role });
    }
    // A save that landed moves its hours from saveHours to the stored bookings: the same bookings.
    if (sameBookings(lastBookings.current, result)) return lastBookings.current;
    lastBookings.current = result;
    return result;
  }, [stored, saveHours]);

  const { cellHours, suggested } = React.useMemo(() => {
    const hours = new Map<string, number>();
    for (const b of bookings) {
      const key = keyOf(b);
      hours.set(key, (hours.get(key) ?? 0) + b.hours);
    }
    const marked = new Set<string>();
    for (const c of state.suggestion?.cells ?? []) {
      const key = keyOf(c.cell);
      hours.set(key, c.hours);
      marked.add(key);
    }
    return { cellHours: hours, suggested: marked };
  }, [bookings, state.suggestion]);

  const members = React.useMemo(() => {
    const all = data.members.map((m) => m.value);
    return all.filter(
      (m) =>
        (!filters.person || personKey(m.person.email) === personKey(filters.person)) &&
        (!filters.role || m.roles.some((r) => r.toLocaleLowerCase("da") === filters.role?.toLocaleLowerCase("da")))
    );
  }, [data.members, filters.person, filters.role]);

  const lastFormer = React.useRef<WorkingGroupMember[]>([]);
  const formerMembers = React.useMemo(() => {
    // Former members have no role now: a role filter shows those booked in that role.
    const role = filters.role?.toLocaleLowerCase("da");
    const booked = role ? bookings.filter((b) => b.role?.toLocaleLowerCase("da") === role) : bookings;
    const known = [...removedPeople, ...assignments.flatMap((a) => [a.responsible, a.performer]).filter((p): p is Person => p !== undefined)];
    const all = formerMembersOf(booked, data.members.map((m) => m.value), new Set(waveTasks.map((t) => t.id)), known, lastFormer.current);
    lastFormer.current = all;
    return filters.person ? all.filter((m) => personKey(m.person.email) === personKey(filters.person ?? "")) : all;
  }, [bookings, data.members, waveTasks, assignments, removedPeople, filters.role, filters.person]);

  const weeks = React.useMemo(() => planWeeks(waveTasks, filters.from, filters.to), [waveTasks, filters.from, filters.to]);
  const demand = React.useMemo(() => demandByRoleWeek(tasks, MUNICIPALITY_DEMAND), [tasks]);
  // Kept across builds so that a cell edit redoes only what it changes (see GridModelInput.cache).
  const [modelCache] = React.useState(createGridModelCache);
  const model = React.useMemo(
    () =>
      buildGridModel({ tasks, members, cellHours, bookings, weeks, expanded, critical, demand, assignments, formerMembers, showUnstaffedRoles: !filters.person, cache: modelCache }),
    [tasks, members, cellHours, bookings, weeks, expanded, critical, demand, assignments, formerMembers, filters.person, modelCache]
  );

  const roles = React.useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of data.rows) for (const role of [...r.task.recommendedRoles, ...r.task.involvedRoles]) seen.set(role.toLocaleLowerCase("da"), role);
    return [...seen.values()].sort((a, b) => a.localeCompare(b, "da"));
  }, [data.rows]);

  const toggleExpanded = React.useCallback((email: string) => {
    setExpanded((current) => {
      const next = new Set(current);
      const key = personKey(email);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const suggest = React.useCallback(
    (personEmail: string, taskId: number) => {
      const task = waveTasks.find((t) => t.id === taskId);
      const member = data.members.find((m) => personKey(m.value.person.email) === personKey(personEmail))?.value;
      if (!task || !member) return;
      const role = primaryRole(member) || undefined;
      const result = suggestBookings(task, personEmail, bookings, { member, role, ...MUNICIPALITY_DEMAND });
      dispatch({
        type: "bookingSuggested",
        suggestion: {
          personEmail,
          taskId,
          addedHours: result.addedHours,
          uncoveredHours: result.uncoveredHours,
          cells: result.bookings.map((b) => ({ cell: { personEmail, taskId, weekStart: b.weekStart, role }, hours: b.hours }))
        }
      });
    },
    [waveTasks, data.members, bookings]
  );

  const retrySaves = React.useCallback(() => {
    dispatch({ type: "failedSavesRetried" });
    if (repositories.pending && repositories.pending.list().length > 0) {
      repositories.pending.retryAll().then(reload, (error: unknown) => dispatch({ type: "planFailed", error }));
    }
  }, [repositories, reload]);

  const discardPending = React.useCallback((writeId: string) => repositories.pending?.discard(writeId), [repositories]);
  const addMember = React.useCallback(
    async (member: WorkingGroupMember): Promise<MemberSaveOutcome> => {
      try {
        dispatch({ type: "memberAdded", member: await repositories.workingGroup.addMember(member) });
        return "saved";
      } catch (e) {
        // Queued: the pending row (from the queue) shows it until it lands.
        if (e instanceof PendingWriteError) return "pending";
        throw e;
      }
    },
    [repositories]
  );
  const updateMember = React.useCallback(
    async (s: Stored<WorkingGroupMember>, member: WorkingGroupMember) => {
      const etag = await repositories.workingGroup.updateMember({ itemId: s.itemId, etag: s.etag }, member);
      dispatch({ type: "memberUpdated", member: { itemId: s.itemId, etag, value: member } });
    },
    [repositories]
  );
  const removeMember = React.useCallback(
    async (s: Stored<WorkingGroupMember>): Promise<MemberSaveOutcome> => {
      try {
        await repositories.workingGroup.removeMember({ itemId: s.itemId, etag: s.etag });
      } catch (e) {
        // Queued: the row stays, marked as being removed, until the queue sends it.
        if (e instanceof PendingWriteError) {
          setRemovedPeople((people) => [s.value.person, ...people]);
          return "pending";
        }
        throw e;
      }
      setRemovedPeople((people) => [s.value.person, ...people]);
      dispatch({ type: "memberRemoved", itemId: s.itemId });
      return "saved";
    },
    [repositories]
  );

  return {
    state,
    dispatch,
    filters,
    setFilters,
    wave,
    waveTasks,
    tasks,
    critical,
    bookings,
    formerMembers,
    roles,
    model,
    suggested,
    expanded,
    toggleExpanded,
    suggest,
    pendingWrites,
    pendingMembers,
    membersError,
    retrySaves,
    discardPending,
    addMember,
    updateMember,
    removeMember,
    reload
  };
}


