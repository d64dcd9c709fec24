import { criticalPath, schedulePlan, type KlikTask, type LocalTaskState } from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

/**
 * Hand-checked network (September-October 2025, no holidays). Working-day ordinals below count
 * from Mon 1 Sep = 0; finishes are exclusive (EF = ES + duration).
 *
 *  task  window        dur  preds   ES  EF | LF  LS  float
 *  A     01-05 Sep      5   -        0   5 |  5   0   0
 *  B     08-12 Sep      5   A        5  10 | 10   5   0
 *  C     08-09 Sep      2   A        5   7 | 14  12   7
 *  D     15-26 Sep     10   B       10  20 | 20  10   0
 *  E     10-12 Sep      3   C        7  10 | 17  14   7
 *  F     15-17 Sep      3   E       10  13 | 20  17   7   (successors G: LS 20, J: LS 28)
 *  G     29 Sep-03 Oct  5   D, F    20  25 | 25  20   0
 *  H     01-03 Sep      3   -        0   3 | 30  27  27   (no successors)
 *  I     06-10 Oct      5   G       25  30 | 30  25   0
 *  J     22-23 Sep      2   F       15  17 | 30  28  13   (no successors)
 *
 *  Finish = max EF = 30 (end of Fri 10 Oct). Critical: A, B, D, G, I.
 */
const ids = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, I: 9, J: 10 };
const network: [keyof typeof ids, string, string, (keyof typeof ids)[]][] = [
  ["A", "2025-09-01", "2025-09-05", []],
  ["B", "2025-09-08", "2025-09-12", ["A"]],
  ["C", "2025-09-08", "2025-09-09", ["A"]],
  ["D", "2025-09-15", "2025-09-26", ["B"]],
  ["E", "2025-09-10", "2025-09-12", ["C"]],
  ["F", "2025-09-15", "2025-09-17", ["E"]],
  ["G", "2025-09-29", "2025-10-03", ["D", "F"]],
  ["H", "2025-09-01", "2025-09-03", []],
  ["I", "2025-10-06", "2025-10-10", ["G"]],
  ["J", "2025-09-22", "2025-09-23", ["F"]]
];

function build(declared: (keyof typeof ids)[] = []): { tasks: KlikTask[]; local: LocalTaskState[] } {
  const tasks = network.map(([name, , , preds]) =>
    makeTask({ id: ids[name], code: name, predecessors: preds.map((p) => ids[p]), declaredCritical: declared.includes(name) })
  );
  const local = network.map(([name, start, end]) => localDates(ids[name], start, end));
  return { tasks, local };
}

function floats(result: ReturnType<typeof criticalPath>): Record<string, number | undefined> {
  const out: Record<string, number | undefined> = {};
  for (const [name, id] of Object.entries(ids)) out[name] = result.entries.get(id)?.totalFloatDays;
  return out;
}

describe("criticalPath on a hand-checked network of 10 tasks", () => {
  const { tasks, local } = build(["C", "I"]);
  const scheduled = schedulePlan(tasks, { goLive: "2025-11-03" }, local);

  it("computes total float per task in working days", () => {
    expect(floats(criticalPath(scheduled))).toEqual({ A: 0, B: 0, C: 7, D: 0, E: 7, F: 7, G: 0, H: 27, I: 0, J: 13 });
  });

  it("computes early and late positions and durations", () => {
    const f = criticalPath(scheduled).entries.get(ids.F);
    expect(f).toEqual({ taskId: ids.F, durationDays: 3, earlyStart: expect.any(Number), earlyFinish: expect.any(Number), lateStart: expect.any(Number), lateFinish: expect.any(Number), totalFloatDays: 7 });
    const a = criticalPath(scheduled).entries.get(ids.A);
    expect(f && a && [f.earlyStart - a.earlyStart, f.earlyFinish - a.earlyStart, f.lateStart - a.earlyStart, f.lateFinish - a.earlyStart]).toEqual([10, 13, 17, 20]);
  });

  it("keeps the computed critical set apart from KOMBIT's declared one", () => {
    const result = criticalPath(scheduled);
    expect(result.computedCritical).toEqual([ids.A, ids.B, ids.D, ids.G, ids.I]);
    expect(result.declaredCritical).toEqual([ids.C, ids.I]);
    expect(result.blockedByCycle).toEqual([]);
    expect(result.finish).toBe("2025-10-10");
  });

  it("plans back from a deadline: two days short gives the chain negative float", () => {
    const result = criticalPath(scheduled, { deadline: "2025-10-08" });
    expect(floats(result)).toEqual({ A: -2, B: -2, C: 5, D: -2, E: 5, F: 5, G: -2, H: 25, I: -2, J: 11 });
    expect(result.finish).toBe("2025-10-08");
    expect(criticalPath(scheduled, { deadline: "2025-10-31" }).computedCritical).toEqual([]);
  });

  it("widens the critical set with a float threshold", () => {
    expect(criticalPath(scheduled, { floatThreshold: 7 }).computedCritical).toEqual([ids.A, ids.B, ids.C, ids.D, ids.E, ids.F, ids.G, ids.I]);
  });

  it("counts working days, so a holiday inside a window shortens it", () => {
    // Easter 2025: 17, 18 and 21 April are off. X: 14-25 Apr = 7 working days; Y follows.
    const t = [makeTask({ id: 1 }), makeTask({ id: 2, predecessors: [1] }), makeTask({ id: 3 })];
    const s = schedulePlan(t, { goLive: "2025-06-02" }, [
      localDates(1, "2025-04-14", "2025-04-25"),
      localDates(2, "2025-04-28", "2025-05-02"),
      localDates(3, "2025-04-22", "2025-04-30")
    ]);
    const result = criticalPath(s);
    expect(result.entries.get(1)?.durationDays).toBe(7);
    expect(result.entries.get(3)?.durationDays).toBe(7);
    expect(result.entries.get(3)?.totalFloatDays).toBe(2);
    expect(result.computedCritical).toEqual([1, 2]);
  });

  it("pushes a successor that starts too early and shows the lateness as negative float against a deadline", () => {
    const t = [makeTask({ id: 1 }), makeTask({ id: 2, predecessors: [1] })];
    const s = schedulePlan(t, { goLive: "2025-10-31" }, [localDates(1, "2025-09-01", "2025-09-12"), localDates(2, "2025-09-10", "2025-09-19")]);
    const result = criticalPath(s, { deadline: "2025-09-19" });
    expect(result.entries.get(2)?.earlyStart).toBe((result.entries.get(1)?.earlyFinish as number));
    expect(result.entries.get(2)?.totalFloatDays).toBe(-3);
  });

  it("leaves out tasks in or behind a cycle and still computes the rest", () => {
    const t = [makeTask({ id: 1 }), makeTask({ id: 2, predecessors: [3] }), makeTask({ id: 3, predecessors: [2] }), makeTask({ id: 4, predecessors: [3] })];
    const result = criticalPath(schedulePlan(t, { goLive: "2026-03-02" }));
    expect(result.blockedByCycle).toEqual([2, 3, 4]);
    expect([...result.entries.keys()]).toEqual([1]);
    expect(result.computedCritical).toEqual([1]);
  });

  it("handles an empty plan", () => {
    expect(criticalPath([])).toEqual({ entries: new Map(), computedCritical: [], declaredCritical: [], blockedByCycle: [], finish: undefined });
  });
});
