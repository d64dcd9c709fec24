import { canLink, dependencyViolations, findCycles, schedulePlan, successorMap, taskDependencyViolations, type ScheduledTask } from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

const node = (id: number, predecessors: number[] = []): { id: number; predecessors: number[] } => ({ id, predecessors });

describe("findCycles", () => {
  it("finds none in a DAG", () => {
    expect(findCycles([node(1), node(2, [1]), node(3, [1, 2]), node(4, [3])])).toEqual([]);
  });

  it("finds each cycle once, in dependency order from the smallest id", () => {
    // 1 → 2 → 3 → 1 and 5 → 6 → 5, plus a self-loop on 9 and an innocent 4 depending on the cycle.
    const nodes = [node(1, [3]), node(2, [1]), node(3, [2]), node(4, [3]), node(5, [6]), node(6, [5]), node(9, [9])];
    expect(findCycles(nodes)).toEqual([[1, 2, 3], [5, 6], [9]]);
  });

  it("ignores predecessors that are not in the plan", () => {
    expect(findCycles([node(1, [42]), node(2, [1])])).toEqual([]);
    expect(successorMap([node(1, [42]), node(2, [1])]).get(1)).toEqual([2]);
  });

  it("copes with a 20,000-long chain closed into a cycle (no recursion limit)", () => {
    const n = 20000;
    const nodes = Array.from({ length: n }, (_, i) => node(i + 1, [i === 0 ? n : i]));
    const cycles = findCycles(nodes);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]).toHaveLength(n);
    expect(cycles[0][0]).toBe(1);
  });
});

describe("canLink", () => {
  const nodes = [node(1), node(2, [1]), node(3, [2]), node(4)];

  it("allows a link that keeps the plan acyclic", () => {
    expect(canLink(nodes, 1, 4)).toEqual({ ok: true });
    expect(canLink(nodes, 1, 3)).toEqual({ ok: true });
  });

  it("refuses a link that would close a cycle and names it", () => {
    expect(canLink(nodes, 3, 1)).toEqual({ ok: false, refusal: { kind: "wouldCloseCycle", from: 3, to: 1, cycle: [1, 2, 3] } });
  });

  it("refuses self links, unknown tasks and duplicates", () => {
    expect(canLink(nodes, 2, 2)).toEqual({ ok: false, refusal: { kind: "selfLink", taskId: 2 } });
    expect(canLink(nodes, 7, 2)).toEqual({ ok: false, refusal: { kind: "unknownTask", taskId: 7 } });
    expect(canLink(nodes, 2, 8)).toEqual({ ok: false, refusal: { kind: "unknownTask", taskId: 8 } });
    expect(canLink(nodes, 1, 2)).toEqual({ ok: false, refusal: { kind: "alreadyLinked", from: 1, to: 2 } });
  });
});

describe("dependencyViolations", () => {
  it("reports a start on or before a predecessor's end, and unknown predecessors", () => {
    const tasks = [makeTask({ id: 1 }), makeTask({ id: 2, predecessors: [1] }), makeTask({ id: 3, predecessors: [1, 99] }), makeTask({ id: 4, predecessors: [1] })];
    const scheduled = schedulePlan(tasks, { goLive: "2026-03-02" }, [
      localDates(1, "2025-09-01", "2025-09-10"),
      localDates(2, "2025-09-10", "2025-09-20"), // starts on the predecessor's last day
      localDates(3, "2025-09-05", "2025-09-20"),
      localDates(4, "2025-09-11", "2025-09-20") // fine
    ]);
    expect(dependencyViolations(scheduled)).toEqual([
      { kind: "startsBeforePredecessorEnds", taskId: 2, predecessorId: 1, overlapDays: 1 },
      { kind: "startsBeforePredecessorEnds", taskId: 3, predecessorId: 1, overlapDays: 6 },
      { kind: "unknownPredecessor", taskId: 3, predecessorId: 99 }
    ]);
  });
});

describe("taskDependencyViolations", () => {
  // Predecessor 1 runs 2025-09-01..2025-09-10 (ends inclusive).
  const tasks = [
    makeTask({ id: 1 }),
    makeTask({ id: 2, predecessors: [1] }),
    makeTask({ id: 3, predecessors: [1] }),
    makeTask({ id: 4, predecessors: [77] }),
    makeTask({ id: 5, predecessors: [1, 88] }),
    makeTask({ id: 6, predecessors: [2] })
  ];
  const scheduled = schedulePlan(tasks, { goLive: "2026-03-02" }, [
    localDates(1, "2025-09-01", "2025-09-10"),
    localDates(2, "2025-09-10", "2025-09-20"), // starts on the predecessor's last day
    localDates(3, "2025-09-11", "2025-09-20"), // starts the day after: fine
    localDates(4, "2025-09-01", "2025-09-05"),
    localDates(5, "2025-09-08", "2025-09-20"),
    localDates(6, "2025-09-15", "2025-09-25")
  ]);
  const byId = new Map<number, ScheduledTask>(scheduled.map((t) => [t.id, t]));
  const task = (id: number): ScheduledTask => byId.get(id) as ScheduledTask;

  it("counts a start on the predecessor's last day as a one-day overlap", () => {
    expect(taskDependencyViolations(task(2), byId)).toEqual([{ kind: "startsBeforePredecessorEnds", taskId: 2, predecessorId: 1, overlapDays: 1 }]);
  });

  it("accepts a start on the day after the predecessor's end", () => {
    expect(taskDependencyViolations(task(3), byId)).toEqual([]);
  });

  it("reports a predecessor id missing from byId as unknownPredecessor", () => {
    expect(taskDependencyViolations(task(4), byId)).toEqual([{ kind: "unknownPredecessor", taskId: 4, predecessorId: 77 }]);
  });

  it("reports every violated link of a task, in predecessor order", () => {
    expect(taskDependencyViolations(task(5), byId)).toEqual([
      { kind: "startsBeforePredecessorEnds", taskId: 5, predecessorId: 1, overlapDays: 3 },
      { kind: "unknownPredecessor", taskId: 5, predecessorId: 88 }
    ]);
  });

  it("looks predecessors up only in byId (a plan without the predecessor makes it unknown)", () => {
    const without1 = new Map([...byId].filter(([id]) => id !== 1));
    expect(taskDependencyViolations(task(2), without1)).toEqual([{ kind: "unknownPredecessor", taskId: 2, predecessorId: 1 }]);
  });

  it("makes dependencyViolations the concatenation over the plan's tasks", () => {
    const concatenated = scheduled.flatMap((t) => taskDependencyViolations(t, byId));
    // The plan has violations of both kinds, so the comparison is not between two empty lists.
    expect(concatenated.map((v) => v.kind)).toEqual(
      expect.arrayContaining(["startsBeforePredecessorEnds", "unknownPredecessor"])
    );
    expect(concatenated).toHaveLength(5);
    expect(dependencyViolations(scheduled)).toEqual(concatenated);
  });
});
