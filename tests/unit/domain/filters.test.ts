import { allOf, byText, byWave, filterTasks, schedulePlan, taskFilterPredicate } from "../../../src/domain";
import { makeTask } from "./fixtures";

const tasks = [
  makeTask({ id: 1, code: "PL 12", title: "Planlæg kommunens ØiR implementering", waves: ["KY - Bølge 5"], recommendedRoles: ["KY-projektleder"], phase: "Fase 2.1: Planlægning" }),
  makeTask({ id: 2, code: "IN 31", title: "Etabler ØiR-integrationer", waves: ["KY - Bølge 4", "KY - Bølge 5"], recommendedRoles: ["Infrastrukturansvarlig"], involvedRoles: ["KY-projektleder"], integrations: ["Finans", "Debitor"], declaredCritical: true, phase: "Fase 2.2: Klargøring" }),
  makeTask({ id: 3, code: "WEB 1", title: "Webinar: Introduktion", kind: "webinar", waves: ["KY - Bølge 4"], recommendedRoles: ["Ydelseschef"], goal: "Forstå NemKonto", integrations: ["NemKonto"] }),
  makeTask({ id: 4, code: "OA 12", title: "Udpeg KY-systemansvarlig", waves: ["KY - Bølge 5"], recommendedRoles: ["KY-projektleder"] })
];
const anne = { id: 11, email: "anne.holm@eksempelkommune.dk", displayName: "Anne Kirstine Holm" };
const lars = { id: 12, email: "lars.mikkelsen@eksempelkommune.dk", displayName: "Lars Mikkelsen" };
const scheduled = schedulePlan(tasks, { goLive: "2026-03-02" }, [
  { taskId: 1, status: "started", note: "", responsible: lars, performer: anne },
  { taskId: 4, status: "completed", note: "", performer: lars }
]);
const ids = (criteria: Parameters<typeof filterTasks>[1]): number[] => filterTasks(scheduled, criteria).map((t) => t.id);

describe("filters", () => {
  it("filters by wave, case-insensitively", () => {
    expect(ids({ wave: "ky - bølge 4" })).toEqual([2, 3]);
  });

  it("filters by role in recommended, involved or either", () => {
    expect(ids({ role: "KY-projektleder", roleScope: "recommended" })).toEqual([1, 4]);
    expect(ids({ role: "KY-projektleder", roleScope: "involved" })).toEqual([2]);
    expect(ids({ role: "ky-projektleder" })).toEqual([1, 2, 4]);
  });

  it("filters by integration, status, phase and kind", () => {
    expect(ids({ integration: "Debitor" })).toEqual([2]);
    expect(ids({ status: "notStarted" })).toEqual([2, 3]);
    expect(ids({ status: ["started", "completed"] })).toEqual([1, 4]);
    expect(ids({ phase: "Fase 2.2: Klargøring" })).toEqual([2]);
    expect(ids({ kind: "webinar" })).toEqual([3]);
  });

  it("shows only critical tasks: declared or computed", () => {
    expect(ids({ criticalOnly: true })).toEqual([2]);
    expect(ids({ criticalOnly: true, computedCritical: [4] })).toEqual([2, 4]);
  });

  it("searches code, title, goal and roles for every word", () => {
    expect(ids({ text: "øir" })).toEqual([1, 2]);
    expect(ids({ text: "pl 12" })).toEqual([1]);
    expect(ids({ text: "nemkonto" })).toEqual([3]);
    expect(ids({ text: "Ydelseschef webinar" })).toEqual([3]);
    expect(ids({ text: "   " })).toEqual([1, 2, 3, 4]);
  });

  it("filters by person as ansvarlig, udfører or either, by e-mail with case aside", () => {
    expect(ids({ person: "LARS.MIKKELSEN@eksempelkommune.dk" })).toEqual([1, 4]);
    expect(ids({ person: lars.email, personScope: "responsible" })).toEqual([1]);
    expect(ids({ person: lars.email, personScope: "performer" })).toEqual([4]);
    expect(ids({ person: anne.email })).toEqual([1]);
    expect(ids({ person: "ingen@eksempelkommune.dk" })).toEqual([]);
  });

  it("finds the people on a task in the text search, by name or e-mail", () => {
    expect(ids({ text: "mikkelsen" })).toEqual([1, 4]);
    expect(ids({ text: "anne holm" })).toEqual([1]);
    expect(ids({ text: "anne.holm@" })).toEqual([1]);
    expect(ids({ text: "lars udpeg" })).toEqual([4]);
  });

  it("composes every criterion given", () => {
    expect(ids({ wave: "KY - Bølge 5", role: "KY-projektleder", status: "notStarted", criticalOnly: true })).toEqual([2]);
    expect(ids({})).toEqual([1, 2, 3, 4]);
    expect(scheduled.filter(allOf(byWave("KY - Bølge 5"), byText("udpeg"))).map((t) => t.id)).toEqual([4]);
    expect(scheduled.filter(taskFilterPredicate({ wave: "KY - Bølge 3" }))).toEqual([]);
  });
});
