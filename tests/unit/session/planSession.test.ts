/**
 * The plan session without a view: loading, saving (one save per task in flight, a burst
 * gathered, "Forskyd" in one batch), conflicts (keep mine / take theirs) and undo/redo across
 * saves, on the in-memory repositories with fake timers.
 */
import { schedulePlan } from "../../../src/domain/schedule";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
import { PlanSession } from "../../../src/session/planSession";
import { PL10, PL12, WAVE_5, pass, repositoriesWithQueue, samplePlan, saveOf, shown, startedSession, stored } from "./sessionTestKit";

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

describe("plan session: loading", () => {
  it("reads each list once however many views start it, and they see the same plan", async () => {
    const memory = createMemoryRepositories(samplePlan());
    const getRows = jest.spyOn(memory.local, "getRows");
    const getWaves = jest.spyOn(memory.master, "getWaves");
    const session = new PlanSession(memory);
    const timeline: unknown[] = [];
    const booking: unknown[] = [];
    session.subscribe(() => timeline.push(session.getSnapshot()));
    session.subscribe(() => booking.push(session.getSnapshot()));
    session.attach();
    session.start();
    session.attach();
    session.start();
    await pass();
    expect(getRows).toHaveBeenCalledTimes(1);
    expect(getWaves).toHaveBeenCalledTimes(1);
    expect(timeline.map((s) => (s as ReturnType<PlanSession["getSnapshot"]>).state.phase)).toEqual(["loading", "ready"]);
    expect(booking).toEqual(timeline);
    expect(booking[1]).toBe(timeline[1]);
  });

  it("keeps the same snapshot object until something changes", async () => {
    const { session } = await startedSession(createMemoryRepositories(samplePlan()));
    const before = session.getSnapshot();
    session.undo(); // nothing to undo
    expect(session.getSnapshot()).toBe(before);
  });

  it("says why when the plan cannot be read", async () => {
    const memory = createMemoryRepositories(samplePlan());
    jest.spyOn(memory.bookings, "getBookings").mockRejectedValue(new Error("Listen Ressourcebookinger findes ikke"));
    const session = new PlanSession(memory);
    session.attach();
    session.start();
    await pass();
    const { state } = session.getSnapshot();
    expect(state.phase).toBe("failed");
    expect(state.phase === "failed" && (state.error as Error).message).toContain("Ressourcebookinger");
  });
});

describe("plan session: saving", () => {
  it("shows an edit at once and saves a burst of keys as one save after the pause", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const updateState = jest.spyOn(repositories.local, "updateState");
    const { session } = await startedSession(repositories);
    session.editTask(PL12, { localStart: "2026-02-02" }, 400);
    session.editTask(PL12, { localEnd: "2026-02-20" }, 400);
    expect(shown(session, PL12).state).toMatchObject({ localStart: "2026-02-02", localEnd: "2026-02-20" });
    await pass(399);
    expect(updateState).not.toHaveBeenCalled();
    await pass(1);
    expect(updateState).toHaveBeenCalledTimes(1);
    expect(stored(memory, PL12).state).toMatchObject({ localStart: "2026-02-02", localEnd: "2026-02-20" });
    expect(shown(session, PL12).etag).toBe(stored(memory, PL12).etag);
    expect(saveOf(session, PL12)).toBeUndefined();
  });

  it("sends one save per task at a time, each with the ETag the previous one returned", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const etagsSent: string[] = [];
    const original = repositories.local.updateState;
    repositories.local.updateState = (ref, changes) => {
      etagsSent.push(ref.etag);
      return original(ref, changes);
    };
    const { session } = await startedSession(repositories);
    const first = stored(memory, PL12).etag;
    session.editTask(PL12, { note: "første" });
    await pass(); // the first save is on its way
    session.editTask(PL12, { note: "anden" });
    await pass();
    expect(etagsSent).toEqual([first, expect.not.stringMatching(new RegExp(`^${first}$`))]);
    expect(stored(memory, PL12).state.note).toBe("anden");
    const { state } = session.getSnapshot();
    expect(state.phase === "ready" && state.conflict).toBeFalsy();
  });

  it("moves tasks by working days in one batch (Forskyd)", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const updateStates = jest.spyOn(repositories.local, "updateStates");
    const { session } = await startedSession(repositories);
    const { state } = session.getSnapshot();
    if (state.phase !== "ready") throw new Error("not ready");
    const wave = state.plan.waves.find((w) => w.title === WAVE_5);
    if (!wave) throw new Error("no wave 5");
    const rows = state.plan.rows.filter((r) => r.task.id === PL10 || r.task.id === PL12);
    const tasks = schedulePlan(rows.map((r) => r.task), wave, rows.map((r) => r.state), "2026-01-05");
    session.shiftTasks(tasks, 5);
    await pass();
    expect(updateStates).toHaveBeenCalledTimes(1);
    for (const task of tasks) {
      expect(stored(memory, task.id).state.localStart).toBe(shown(session, task.id).state.localStart);
      expect(stored(memory, task.id).state.localStart).not.toBe(task.effective.start);
    }
  });

  it("rolls back an edit SharePoint refuses and says so (a reader)", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    const before = shown(session, PL12).state.note;
    memory.setCanEdit(false);
    session.editTask(PL12, { note: "ikke tilladt" });
    await pass();
    expect(shown(session, PL12).state.note).toBe(before);
    expect(saveOf(session, PL12)).toBe("failed");
  });

  it("sends an edit still gathering keys before the plan is read again, and reads it back", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    session.editTask(PL12, { note: "skrevet lige før genindlæsning" }, 400);
    session.reload();
    await pass();
    expect(stored(memory, PL12).state.note).toBe("skrevet lige før genindlæsning");
    expect(session.getSnapshot().state.phase).toBe("ready");
    expect(shown(session, PL12).state.note).toBe("skrevet lige før genindlæsning");
    expect(shown(session, PL12).etag).toBe(stored(memory, PL12).etag);
  });

  it("sends an edit still gathering keys when the last view leaves, not dropping it", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const { session, detach } = await startedSession(repositories);
    session.editTask(PL12, { note: "skrevet lige før lukning" }, 400);
    detach();
    await pass();
    expect(stored(memory, PL12).state.note).toBe("skrevet lige før lukning");
  });
});

describe("plan session: conflicts", () => {
  async function conflicted(): Promise<{ session: PlanSession; memory: ReturnType<typeof repositoriesWithQueue>["memory"] }> {
    const { repositories, memory } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    memory.tables.local.editAsSomeoneElse(stored(memory, PL12).itemId, (row) => ({ ...row, state: { ...row.state, note: "deres" } }));
    session.editTask(PL12, { note: "min" });
    await pass();
    const { state } = session.getSnapshot();
    expect(state.phase === "ready" && state.conflict?.taskId).toBe(PL12);
    return { session, memory };
  }

  it("keeps mine: sent again over their version", async () => {
    const { session, memory } = await conflicted();
    session.keepMine();
    await pass();
    expect(stored(memory, PL12).state.note).toBe("min");
    expect(shown(session, PL12).state.note).toBe("min");
    expect(shown(session, PL12).etag).toBe(stored(memory, PL12).etag);
    const { state } = session.getSnapshot();
    expect(state.phase === "ready" && state.conflict).toBeFalsy();
  });

  it("takes theirs: shown, nothing sent, the next edit saves over it", async () => {
    const { session, memory } = await conflicted();
    const theirEtag = stored(memory, PL12).etag;
    session.takeTheirs();
    await pass();
    expect(shown(session, PL12).state.note).toBe("deres");
    expect(stored(memory, PL12).etag).toBe(theirEtag);
    session.editTask(PL12, { status: "started" });
    await pass();
    expect(stored(memory, PL12).state).toMatchObject({ note: "deres", status: "started" });
  });
});

describe("plan session: undo and redo", () => {
  it("undoes and redoes across saves, each step saved with the latest ETag", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    const original = stored(memory, PL12).state.note;
    session.editTask(PL12, { note: "en" });
    await pass();
    session.editTask(PL12, { note: "to" });
    await pass();
    session.undo();
    await pass();
    expect(stored(memory, PL12).state.note).toBe("en");
    session.undo();
    await pass();
    expect(stored(memory, PL12).state.note).toBe(original);
    session.redo();
    await pass();
    expect(stored(memory, PL12).state.note).toBe("en");
    expect(shown(session, PL12).state.note).toBe("en");
    const { state } = session.getSnapshot();
    expect(state.phase === "ready" && [state.undo.length, state.redo.length, state.conflict]).toEqual([1, 1, undefined]);
  });

  it("undoes a Forskyd of several tasks in one step", async () => {
    const { repositories, memory } = repositoriesWithQueue();
    const { session } = await startedSession(repositories);
    const { state } = session.getSnapshot();
    if (state.phase !== "ready") throw new Error("not ready");
    const wave = state.plan.waves.find((w) => w.title === WAVE_5);
    if (!wave) throw new Error("no wave 5");
    const rows = state.plan.rows.filter((r) => r.task.id === PL10 || r.task.id === PL12);
    const before = rows.map((r) => stored(memory, r.task.id).state.localStart);
    session.shiftTasks(schedulePlan(rows.map((r) => r.task), wave, rows.map((r) => r.state), "2026-01-05"), -3);
    await pass();
    session.undo();
    await pass();
    expect(rows.map((r) => stored(memory, r.task.id).state.localStart)).toEqual(before);
  });
});
