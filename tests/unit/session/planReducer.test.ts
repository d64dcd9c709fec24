/**
 * The plan session's reducer on its own: each transition by its domain name, pure.
 */
import type { LocalPlanRow } from "../../../src/data/repositories";
import { ConflictError } from "../../../src/data/errors";
import { planReducer, UNDO_LIMIT, type PlanSessionState, type ReadyState, type SessionPlan } from "../../../src/session/planReducer";
import { PL10, PL12, samplePlan } from "./sessionTestKit";

function plan(): SessionPlan {
  const data = samplePlan();
  const rows: LocalPlanRow[] = data.tasks.map((task, i) => ({
    itemId: i + 1,
    etag: '"1"',
    task,
    state: { taskId: task.id, status: "notStarted", note: "" },
    masterItemId: i + 1,
    masterVersion: 1
  }));
  return { waves: data.waves, rows, canEdit: true, workingGroup: [], bookings: [], attendance: [] };
}

function ready(state: PlanSessionState): ReadyState {
  if (state.phase !== "ready") throw new Error(`not ready: ${state.phase}`);
  return state;
}

function noteOf(state: PlanSessionState, taskId: number): string | undefined {
  return ready(state).plan.rows.find((r) => r.task.id === taskId)?.state.note;
}

const loaded = (): ReadyState => ready(planReducer({ phase: "loading" }, { type: "planLoaded", plan: plan() }));

describe("planReducer", () => {
  it("marks the tasks whose value waits in the queue when the plan is loaded", () => {
    const state = ready(planReducer({ phase: "loading" }, { type: "planLoaded", plan: plan(), pendingTasks: [PL12] }));
    expect([...state.saves]).toEqual([[PL12, { kind: "pending" }]]);
  });

  it("applies an edit at once, records it for undo and forgets what was undone", () => {
    let state: PlanSessionState = loaded();
    state = planReducer(state, { type: "taskEdited", edit: { taskId: PL12, before: { note: "" }, after: { note: "a" } } });
    state = planReducer(state, { type: "editUndone" });
    expect(ready(state).redo).toHaveLength(1);
    state = planReducer(state, { type: "taskEdited", edit: { taskId: PL12, before: { note: "" }, after: { note: "b" } } });
    expect(noteOf(state, PL12)).toBe("b");
    expect(ready(state).redo).toEqual([]);
  });

  it(`keeps the last ${UNDO_LIMIT} edits`, () => {
    let state: PlanSessionState = loaded();
    for (let i = 0; i < UNDO_LIMIT + 5; i++) {
      state = planReducer(state, { type: "taskEdited", edit: { taskId: PL12, before: { note: String(i) }, after: { note: String(i + 1) } } });
    }
    expect(ready(state).undo).toHaveLength(UNDO_LIMIT);
    expect(ready(state).undo[0][0].before.note).toBe("5");
  });

  it("undoes a Forskyd of several tasks as one step", () => {
    let state: PlanSessionState = loaded();
    state = planReducer(state, {
      type: "tasksShifted",
      edits: [
        { taskId: PL10, before: { localStart: undefined }, after: { localStart: "2027-01-11" } },
        { taskId: PL12, before: { localStart: undefined }, after: { localStart: "2027-02-15" } }
      ]
    });
    expect(ready(state).plan.rows.filter((r) => r.state.localStart !== undefined)).toHaveLength(2);
    state = planReducer(state, { type: "editUndone" });
    expect(ready(state).plan.rows.filter((r) => r.state.localStart !== undefined)).toEqual([]);
  });

  it("rolls a refused save back and says it failed; a saved one takes the new ETag", () => {
    let state: PlanSessionState = loaded();
    state = planReducer(state, { type: "taskEdited", edit: { taskId: PL12, before: { note: "" }, after: { note: "nej" } } });
    state = planReducer(state, { type: "saveRefused", taskId: PL12, error: new Error("403"), rollback: { note: "" } });
    expect(noteOf(state, PL12)).toBe("");
    expect(ready(state).saves.get(PL12)?.kind).toBe("failed");
    state = planReducer(state, { type: "saveSucceeded", taskId: PL12, etag: '"7"' });
    expect(ready(state).plan.rows.find((r) => r.task.id === PL12)?.etag).toBe('"7"');
    expect(ready(state).saves.has(PL12)).toBe(false);
  });

  it("takes their value and ETag when the user takes theirs", () => {
    let state: PlanSessionState = loaded();
    const error = new ConflictError(1, { note: "min" }, { value: { note: "deres" }, etag: '"9"' }, { status: 412 });
    state = planReducer(state, { type: "saveConflicted", taskId: PL12, error });
    expect(ready(state).conflict?.taskId).toBe(PL12);
    state = planReducer(state, { type: "conflictResolvedWithTheirs", taskId: PL12, theirs: { note: "deres" }, etag: '"9"' });
    expect(noteOf(state, PL12)).toBe("deres");
    expect(ready(state).conflict).toBeUndefined();
  });

  it("clears a pending mark only where the queue no longer holds the write", () => {
    let state: PlanSessionState = ready(planReducer({ phase: "loading" }, { type: "planLoaded", plan: plan(), pendingTasks: [PL10, PL12] }));
    state = planReducer(state, { type: "pendingCleared", taskIds: [PL12] });
    expect([...ready(state).saves.keys()]).toEqual([PL10]);
  });

  it("merges a background read, keeping the rows with a save under way", () => {
    let state: PlanSessionState = loaded();
    state = planReducer(state, { type: "taskEdited", edit: { taskId: PL12, before: { note: "" }, after: { note: "min" } } });
    state = planReducer(state, { type: "saveStarted", taskId: PL12 });
    const fresh = plan();
    fresh.rows = fresh.rows.map((r) => ({ ...r, etag: '"2"', state: { ...r.state, note: "læst igen" } }));
    state = planReducer(state, { type: "planRefreshed", plan: fresh, keepTasks: new Set([PL12]) });
    expect(noteOf(state, PL12)).toBe("min");
    expect(noteOf(state, PL10)).toBe("læst igen");
    expect(ready(state).saves.get(PL12)?.kind).toBe("saving");
    expect(ready(state).undo).toHaveLength(1);
  });
});
