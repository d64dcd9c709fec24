/** A small plan for the booking component tests: Bølge 5, three tasks, two members, one reader option. */
import type { KlikTask, PlanData } from "../../../src/domain/model";
import { createMemoryRepositories, type MemoryRepositories } from "../../../src/data/memory/memoryRepositories";

export function task(id: number, code: string, overrides: Partial<KlikTask> = {}): KlikTask {
  return {
    id,
    code,
    title: `Opgave ${code}`,
    project: "KY",
    phase: "Fase 2.1: Planlægning",
    theme: "Planlægning",
    priority: 1,
    isInfrastructure: false,
    effortDays: 5,
    endOffsetDays: -171,
    startOffsetDays: -63,
    waves: ["KY - Bølge 5"],
    kind: "task",
    integrations: ["Finans", "Debitor", "Faktura", "NemKonto"],
    recommendedRoles: ["KY-projektleder"],
    involvedRoles: [],
    predecessors: [],
    declaredCritical: false,
    goal: "",
    descriptionHtml: "",
    methodSteps: [],
    result: "",
    publicationStatus: "Publiceret",
    comments: [],
    ...overrides
  };
}

export const ANNE = { id: 11, email: "anne.holm@eksempelkommune.dk", displayName: "Anne Kirstine Holm" };
export const BIRGITTE = { id: 13, email: "birgitte.norgaard@eksempelkommune.dk", displayName: "Birgitte Nørgaard" };
export const JESPER = { id: 19, email: "jesper.dahl@eksempelkommune.dk", displayName: "Jesper Dahl Andersen" };

/**
 * Go-Live 2027-10-04. PL 12 (519): end −171 → 2027-04-16, start −63 → 2027-02-12, critical.
 * OA 12 (512): end −180 → 2027-04-07, start −28 → 2027-03-10. PL 14 (521) for the system owner.
 */
export function planData(): PlanData {
  return {
    waves: [{ title: "KY - Bølge 5", project: "KY", goLive: "2027-10-04" }],
    tasks: [
      task(519, "PL 12", { title: "Planlæg kommunens ØiR implementering", declaredCritical: true, recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"] }),
      task(512, "OA 12", { effortDays: 2, endOffsetDays: -180, startOffsetDays: -28, integrations: ["Finans", "Debitor"] }),
      task(521, "PL 14", { effortDays: 1, endOffsetDays: -150, startOffsetDays: -14, recommendedRoles: ["systemansvarlig på bogførings- og opkrævningssystemet"], integrations: ["Faktura"] })
    ],
    local: [],
    workingGroup: [
      { person: ANNE, roles: ["KY-projektleder"], weeklyCapacityHours: 20 },
      { person: BIRGITTE, roles: ["systemansvarlig på bogførings- og opkrævningssystemet"], weeklyCapacityHours: 8 }
    ],
    bookings: [
      { personEmail: ANNE.email, taskId: 519, weekStart: "2027-03-15", hours: 12, role: "KY-projektleder" },
      { personEmail: ANNE.email, taskId: 512, weekStart: "2027-03-15", hours: 10, role: "KY-projektleder" },
      { personEmail: ANNE.email, taskId: 519, weekStart: "2027-03-22", hours: 14, role: "KY-projektleder" }
    ],
    attendance: []
  };
}

export function repositories(options: { canEdit?: boolean } = {}): MemoryRepositories {
  return createMemoryRepositories(planData(), { canEdit: options.canEdit, people: [JESPER], currentUser: ANNE });
}
