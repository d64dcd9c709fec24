/**
 * rowFlagsLookup: a task row's flags in words (Danish, from the shipped loc file), made on
 * demand per row and kept, so a row gets the same array on every render.
 */
import { dependencyViolations, schedulePlan, type ScheduledTask } from "../../../src/domain";
import { NO_FLAGS, rowFlagsLookup } from "../../../src/ui/timeline/rowFlags";
import { flagText, violationText } from "../../../src/ui/timeline/taskFlags";
import { localDates, makeTask } from "../../unit/domain/fixtures";

const LOCALE = "da-dk";
const GO_LIVE = "2026-03-02";

/**
 * PL 1 runs Mon 2025-09-01 to Wed 2025-09-10.
 * PL 2 (after PL 1) starts on a Saturday before PL 1 ends and ends three days after Go-Live.
 * PL 3 (after PL 1) starts the day after PL 1 ends, on a Thursday: no flags.
 * PL 4 depends on task 99, which is not in the plan.
 * PL 5 has no flags of its own; only the webinar reminder.
 */
function plan(): ScheduledTask[] {
  const tasks = [
    makeTask({ id: 1, code: "PL 1" }),
    makeTask({ id: 2, code: "PL 2", predecessors: [1] }),
    makeTask({ id: 3, code: "PL 3", predecessors: [1] }),
    makeTask({ id: 4, code: "PL 4", predecessors: [99] }),
    makeTask({ id: 5, code: "PL 5", kind: "webinar" })
  ];
  return schedulePlan(tasks, { goLive: GO_LIVE }, [
    localDates(1, "2025-09-01", "2025-09-10"),
    localDates(2, "2025-09-06", "2026-03-05"),
    localDates(3, "2025-09-11", "2025-09-18"),
    localDates(4, "2025-09-01", "2025-09-05"),
    localDates(5, "2025-09-02", "2025-09-02")
  ]);
}

describe("rowFlagsLookup", () => {
  it("returns the same array object on repeated calls for the same task", () => {
    const flagsOf = rowFlagsLookup(plan(), LOCALE, new Set([5]));
    const first = flagsOf(2);
    expect(first.length).toBeGreaterThan(0);
    expect(flagsOf(2)).toBe(first);
    // Asking for other rows in between does not replace a row's array.
    flagsOf(4);
    flagsOf(5);
    expect(flagsOf(2)).toBe(first);
    expect(flagsOf(5)).toBe(flagsOf(5));
  });

  it("returns the shared NO_FLAGS for a task without flags", () => {
    const scheduled = plan();
    const flagsOf = rowFlagsLookup(scheduled, LOCALE, new Set([5]));
    expect(scheduled.find((t) => t.id === 3)?.flags).toEqual([]);
    expect(flagsOf(3)).toBe(NO_FLAGS);
    expect(flagsOf(1)).toBe(NO_FLAGS);
    expect(NO_FLAGS).toEqual([]);
  });

  it("lists schedule flags, then the violated link naming the predecessor's code, then the webinar reminder", () => {
    const flagsOf = rowFlagsLookup(plan(), LOCALE, new Set([2, 5]));
    expect(flagsOf(2)).toEqual([
      "Slutter 3 dage efter Go-Live",
      "Starter på en fridag (06.09.2025)",
      "Starter, før PL 1 er færdig",
      "Ingen fra kommunen er tilmeldt webinaret endnu"
    ]);
  });

  it("gives the webinar reminder only to tasks in webinarsWithoutAttendees", () => {
    const withReminder = rowFlagsLookup(plan(), LOCALE, new Set([5]));
    expect(withReminder(5)).toEqual(["Ingen fra kommunen er tilmeldt webinaret endnu"]);
    expect(withReminder(2)).not.toContain("Ingen fra kommunen er tilmeldt webinaret endnu");

    const withoutSet = rowFlagsLookup(plan(), LOCALE);
    expect(withoutSet(5)).toBe(NO_FLAGS);
    expect(withoutSet(2)).toEqual(["Slutter 3 dage efter Go-Live", "Starter på en fridag (06.09.2025)", "Starter, før PL 1 er færdig"]);
  });

  it("names a predecessor that is not in the plan by its id", () => {
    const flagsOf = rowFlagsLookup(plan(), LOCALE);
    expect(flagsOf(4)).toEqual(["Starter, før 99 er færdig"]);
  });

  it("gives every row the texts the whole-plan computation gives it", () => {
    const scheduled = plan();
    const webinars = new Set([2, 5]);
    const flagsOf = rowFlagsLookup(scheduled, LOCALE, webinars);
    const codeOf = (id: number): string => scheduled.find((t) => t.id === id)?.task.code ?? String(id);
    const violations = dependencyViolations(scheduled);
    for (const t of scheduled) {
      const expected = [
        ...t.flags.map((f) => flagText(f, LOCALE)),
        ...violations.filter((v) => v.taskId === t.id).map((v) => violationText(v, codeOf)),
        ...(webinars.has(t.id) ? ["Ingen fra kommunen er tilmeldt webinaret endnu"] : [])
      ];
      expect(flagsOf(t.id)).toEqual(expected);
    }
  });
});
