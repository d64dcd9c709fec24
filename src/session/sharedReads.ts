/**
 * Repositories for a page with several views: a read asked for while the same read is on its
 * way gets that read's answer, so the two web parts loading together read each list once. Only
 * reads in flight are shared (nothing is cached after they settle), and any write forgets them:
 * a read that may have started before the write never answers a view that asks after it.
 */
import type {
  AttendanceRepository,
  BookingRepository,
  LocalPlanRepository,
  MasterPlanRepository,
  PeopleDirectory,
  PendingWrites,
  PlanRepositories,
  WorkingGroupRepository
} from "../data/repositories";

/** The reads on their way, by what they read. */
class InFlightReads {
  private readonly reads = new Map<string, Promise<unknown>>();

  public read<T>(key: string, run: () => Promise<T>): Promise<T> {
    const known = this.reads.get(key);
    if (known) return known as Promise<T>;
    const started = run();
    this.reads.set(key, started);
    const forget = (): void => {
      if (this.reads.get(key) === started) this.reads.delete(key);
    };
    started.then(forget, forget);
    return started;
  }

  public write<T>(run: () => Promise<T>): Promise<T> {
    this.reads.clear();
    const written = run();
    // Reads that started while the write was under way may not see it either.
    const forgetAll = (): void => this.reads.clear();
    written.then(forgetAll, forgetAll);
    return written;
  }
}

/** The same repositories, with concurrent equal reads shared (see the file comment). */
export function shareReads(repositories: PlanRepositories): PlanRepositories {
  const reads = new InFlightReads();
  const { master, local, workingGroup, bookings, attendance, people, pending } = repositories;

  const sharedMaster: MasterPlanRepository = {
    getWaves: () => reads.read("master.waves", () => master.getWaves()),
    getTasks: () => reads.read("master.tasks", () => master.getTasks())
  };
  const sharedLocal: LocalPlanRepository = {
    getRows: () => reads.read("local.rows", () => local.getRows()),
    canEdit: () => reads.read("local.canEdit", () => local.canEdit()),
    updateState: (ref, changes) => reads.write(() => local.updateState(ref, changes)),
    updateStates: (changes) => reads.write(() => local.updateStates(changes)),
    addRows: (rows) => reads.write(() => local.addRows(rows)),
    updateMasterFields: (ref, task, masterVersion) => reads.write(() => local.updateMasterFields(ref, task, masterVersion))
  };
  const sharedWorkingGroup: WorkingGroupRepository = {
    getMembers: () => reads.read("workingGroup.members", () => workingGroup.getMembers()),
    canEdit: () => reads.read("workingGroup.canEdit", () => workingGroup.canEdit()),
    addMember: (member) => reads.write(() => workingGroup.addMember(member)),
    updateMember: (ref, member) => reads.write(() => workingGroup.updateMember(ref, member)),
    removeMember: (ref) => reads.write(() => workingGroup.removeMember(ref))
  };
  const sharedBookings: BookingRepository = {
    getBookings: () => reads.read("bookings.all", () => bookings.getBookings()),
    canEdit: () => reads.read("bookings.canEdit", () => bookings.canEdit()),
    saveBookings: (changes) => reads.write(() => bookings.saveBookings(changes))
  };
  const sharedAttendance: AttendanceRepository = {
    getAttendance: () => reads.read("attendance.all", () => attendance.getAttendance()),
    addAttendance: (a) => reads.write(() => attendance.addAttendance(a)),
    removeAttendance: (ref) => reads.write(() => attendance.removeAttendance(ref))
  };
  const sharedPeople: PeopleDirectory = {
    currentUser: () => reads.read("people.me", () => people.currentUser()),
    search: (text, max) => people.search(text, max)
  };
  const sharedPending: PendingWrites | undefined = pending && {
    list: () => pending.list(),
    subscribe: (listener) => pending.subscribe(listener),
    // Queued writes land through the queue: reads on their way may predate them.
    retryAll: () => reads.write(() => pending.retryAll()),
    discard: (id) => pending.discard(id)
  };

  const shared: PlanRepositories = {
    master: sharedMaster,
    local: sharedLocal,
    workingGroup: sharedWorkingGroup,
    bookings: sharedBookings,
    attendance: sharedAttendance,
    people: sharedPeople
  };
  if (sharedPending) shared.pending = sharedPending;
  return shared;
}
