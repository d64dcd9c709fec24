/**
 * Issue 16, defects 1 and 2 at the data boundary: a local date in the Planer list that is far
 * off (01.01.1900, 31.12.9999) or no date at all is read into the row as it stands, so the plan
 * loads; the schedule then flags it and uses KOMBIT's date (domain/dateWindow.ts).
 */
import type { KlikTask } from "../../../src/domain/model";
import { schedulePlan } from "../../../src/domain/schedule";
import { localRowFromItem, type SpLocalPlanItem } from "../../../src/data/mappers/localPlan";
import { taskToItem } from "../../../src/data/mappers/masterTask";

const task: KlikTask = {
  id: 519, code: "PL 12", title: "Planlæg kommunens ØiR implementering", project: "KY", phase: "Fase 2.1: Planlægning",
  theme: "Organisation", priority: 1, isInfrastructure: false, effortDays: 5, endOffsetDays: -171, startOffsetDays: -63,
  waves: ["KY - Bølge 5"], kind: "task", integrations: [], recommendedRoles: [], involvedRoles: [], predecessors: [],
  declaredCritical: false, goal: "", descriptionHtml: "", methodSteps: [], result: "", publicationStatus: "", comments: []
};

function item(dates: Pick<SpLocalPlanItem, "OirLocalStart" | "OirLocalEnd">): SpLocalPlanItem {
  return { Id: 20, "odata.etag": '"2"', ...(taskToItem(task) as Partial<SpLocalPlanItem>), OirStatus: "Påbegyndt", ...dates };
}

const index = new Map([[20, 519]]);

describe("local dates far outside the plan, as SharePoint returns them", () => {
  it("reads 01.01.1900 and 31.12.9999 (midnight in Copenhagen, UTC+1) as those calendar dates", () => {
    const row = localRowFromItem(item({ OirLocalStart: "1899-12-31T23:00:00Z", OirLocalEnd: "9999-12-30T23:00:00Z" }), index);
    expect(row.state.localStart).toBe("1900-01-01");
    expect(row.state.localEnd).toBe("9999-12-31");
  });

  it("keeps a value that is no date as read instead of failing the whole list (it threw RangeError)", () => {
    const row = localRowFromItem(item({ OirLocalStart: "31.12.9999", OirLocalEnd: "2027-04-22T22:00:00Z" }), index);
    expect(row.state.localStart).toBe("31.12.9999");
    expect(row.state.localEnd).toBe("2027-04-23");
    const [scheduled] = schedulePlan([row.task], { goLive: "2027-10-04" }, [row.state]);
    expect(scheduled.effective).toEqual({ start: scheduled.baseline.start, end: "2027-04-23" });
    expect(scheduled.flags).toContainEqual(expect.objectContaining({ kind: "dateOutsideWindow", field: "localStart", problem: "notADate", value: "31.12.9999" }));
  });

  it("schedules rows read with such dates: flagged, KOMBIT's dates used, nothing thrown", () => {
    const row = localRowFromItem(item({ OirLocalStart: "1899-12-31T23:00:00Z", OirLocalEnd: "9999-12-30T23:00:00Z" }), index);
    const [scheduled] = schedulePlan([row.task], { goLive: "2027-10-04" }, [row.state], "2027-01-04");
    expect(scheduled.effective).toEqual(scheduled.baseline);
    expect(scheduled.flags.filter((f) => f.kind === "dateOutsideWindow").map((f) => f.kind === "dateOutsideWindow" && f.field)).toEqual(["localStart", "localEnd"]);
  });
});
