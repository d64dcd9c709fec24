import {
  demandByRoleWeek,
  isKombitOnlyTask,
  isKombitRole,
  municipalityRoles,
  MUNICIPALITY_DEMAND,
  NO_ROLE,
  schedulePlan,
  taskDemand
} from "../../../src/domain";
import { localDates, makeTask } from "./fixtures";

describe("KOMBIT's own roles", () => {
  it("knows KOMBIT's roles by KLIK's naming, case and spacing aside", () => {
    expect(isKombitRole("KOMBIT-programleder")).toBe(true);
    expect(isKombitRole("kombit-programleder")).toBe(true);
    expect(isKombitRole(" KOMBIT programleder")).toBe(true);
    expect(isKombitRole("KOMBITs projektleder")).toBe(true);
    expect(isKombitRole("KOMBIT")).toBe(true);
  });

  it("keeps the municipality's roles, also one that mentions KOMBIT later", () => {
    expect(isKombitRole("KY-projektleder")).toBe(false);
    expect(isKombitRole("STS-projektleder")).toBe(false);
    expect(isKombitRole("kontaktperson til KOMBIT")).toBe(false);
    expect(isKombitRole("Kombitkoordinator")).toBe(false);
    expect(municipalityRoles(["KY-projektleder", "KOMBIT-programleder", "Ydelseschef"])).toEqual(["KY-projektleder", "Ydelseschef"]);
  });

  it("a task only KOMBIT's roles perform is KOMBIT's alone; a task naming no role is not", () => {
    expect(isKombitOnlyTask({ recommendedRoles: ["KOMBIT-programleder"] })).toBe(true);
    expect(isKombitOnlyTask({ recommendedRoles: ["KOMBIT-programleder", "KY-projektleder"] })).toBe(false);
    expect(isKombitOnlyTask({ recommendedRoles: [] })).toBe(false);
  });
});

describe("the municipality's demand (MUNICIPALITY_DEMAND)", () => {
  const wave = { goLive: "2025-09-01" };
  // One working week (2025-03-03..07): 5 days × 7.4 h = 37 h of effort.
  const tasks = [
    makeTask({ id: 1, code: "PL 12", effortDays: 5, recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"] }),
    makeTask({ id: 2, code: "KO 1", effortDays: 5, recommendedRoles: ["KOMBIT-programleder"] }),
    makeTask({ id: 3, code: "X 1", effortDays: 5, recommendedRoles: [] })
  ];
  const scheduled = schedulePlan(tasks, wave, [1, 2, 3].map((id) => localDates(id, "2025-03-03", "2025-03-07")));

  it("gives KOMBIT's roles no demand row: the municipality's roles share the whole effort", () => {
    const { cells } = demandByRoleWeek(scheduled, MUNICIPALITY_DEMAND);
    expect(cells.map((c) => c.role)).toEqual([NO_ROLE, "KY-projektleder"]);
    expect(cells.find((c) => c.role === "KY-projektleder")?.hours).toBeCloseTo(37, 10);
    // The task naming no role still asks the municipality for its hours.
    expect(cells.find((c) => c.role === NO_ROLE)?.hours).toBeCloseTo(37, 10);
  });

  it("a task only KOMBIT performs asks no hours of the municipality", () => {
    expect(taskDemand(scheduled[1], MUNICIPALITY_DEMAND)).toEqual({ taskId: 2, totalHours: 0, weeks: [], noWorkingDays: false });
    expect(taskDemand(scheduled[0], MUNICIPALITY_DEMAND).totalHours).toBeCloseTo(37, 10);
  });

  it("without it every role counts, as before (KOMBIT-programleder has a share)", () => {
    const { cells } = demandByRoleWeek(scheduled);
    expect(cells.map((c) => c.role)).toEqual([NO_ROLE, "KOMBIT-programleder", "KY-projektleder"]);
    expect(cells.find((c) => c.role === "KOMBIT-programleder")?.hours).toBeCloseTo(37 + 18.5, 10);
  });
});
