import { readFileSync } from "fs";
import { join } from "path";
import type { KlikTask, PlanData, Person } from "../../../src/domain/model";
import {
  Check, arrayOf, bool, email, int, isMonday, isoDate, nonEmptyStr, nonNegativeNumber, objectOf, oneOf, optional,
  positiveNumber, problemsOf, str
} from "./sampleShape";

/** The sample plan as stored: PlanData plus a note, the municipality and its site users. */
interface SamplePlan extends PlanData {
  _note: string;
  municipality: string;
  users: Person[];
}

const SAMPLE_PATH: string = join(__dirname, "..", "..", "..", "samples", "ky-boelge-5.json");
const raw: unknown = JSON.parse(readFileSync(SAMPLE_PATH, "utf8"));

// Role and phase vocabularies as DESIGN §2 and KLIK state them.
const ROLES: readonly string[] = [
  "KY-projektleder", "KOMBIT-programleder", "STS-projektleder", "infrastrukturansvarlig", "Ydelseschef",
  "leder af bogføring og opkrævning", "leder af It-og digitalisering",
  "systemansvarlig på bogførings- og opkrævningssystemet", "ØiR finans administrator", "ØiR debitor administrator",
  "klassifikations-/sortiments administrator", "KY-systemansvarlig"
];
const PHASES: readonly string[] = ["Fase 1: Opstart", "Fase 2.1: Planlægning", "Fase 2.2: Klargøring", "Fase 3: Test", "Fase 4: Go-Live og drift"];
const INTEGRATION_NAMES: readonly string[] = ["Finans", "Debitor", "Faktura", "NemKonto"];
const WAVE_5 = "KY - Bølge 5";

const person: Check = objectOf({ id: optional(int), email, displayName: nonEmptyStr });
const role: Check = oneOf(ROLES);
const comment: Check = objectOf({ author: nonEmptyStr, date: isoDate, text: nonEmptyStr });
const task: Check = objectOf({
  id: int, code: (v, p, problems) => {
    if (typeof v !== "string" || !/^[A-ZÆØÅ]{2} \d{2}$/.test(v)) problems.push(`${p}: code like "PL 12" expected, got ${String(v)}`);
  },
  title: nonEmptyStr, project: oneOf(["KY"]), phase: oneOf(PHASES), theme: nonEmptyStr, priority: oneOf([1, 2, 3]),
  isInfrastructure: bool, effortDays: nonNegativeNumber, endOffsetDays: int, startOffsetDays: int,
  waves: arrayOf(nonEmptyStr), kind: oneOf(["task", "webinar", "milestone"]), integrations: arrayOf(oneOf(INTEGRATION_NAMES)),
  recommendedRoles: arrayOf(role), involvedRoles: arrayOf(role), predecessors: arrayOf(int), declaredCritical: bool,
  goal: nonEmptyStr, descriptionHtml: nonEmptyStr, methodSteps: arrayOf(nonEmptyStr), result: nonEmptyStr,
  publicationStatus: oneOf(["Publiceret"]), comments: arrayOf(comment), version: optional(int)
});
const samplePlan: Check = objectOf({
  _note: nonEmptyStr,
  municipality: nonEmptyStr,
  users: arrayOf(person),
  waves: arrayOf(objectOf({ title: nonEmptyStr, project: nonEmptyStr, goLive: isoDate })),
  tasks: arrayOf(task),
  local: arrayOf(objectOf({
    taskId: int, localStart: optional(isoDate), localEnd: optional(isoDate), responsible: optional(person),
    performer: optional(person), status: oneOf(["notStarted", "started", "completed"]), note: str,
    localPredecessors: optional(arrayOf(int))
  })),
  workingGroup: arrayOf(objectOf({ person, roles: arrayOf(role), weeklyCapacityHours: positiveNumber })),
  bookings: arrayOf(objectOf({ personEmail: email, taskId: int, weekStart: isoDate, hours: positiveNumber, role: optional(role) })),
  attendance: arrayOf(objectOf({ taskId: int, personEmail: email }))
});

describe("sample plan samples/ky-boelge-5.json", () => {
  it("has exactly the PlanData shape, with every field of the right type", () => {
    expect(problemsOf(samplePlan, raw, "plan")).toEqual([]);
  });

  // Everything below relies on the shape test above; the cast is safe once it passes.
  const plan = raw as SamplePlan;
  const tasks: KlikTask[] = plan.tasks;
  const byId = new Map<number, KlikTask>(tasks.map((t) => [t.id, t]));
  const userEmails = new Set<string>(plan.users.map((u) => u.email));
  const wave5 = plan.waves.find((w) => w.title === WAVE_5);

  it("says plainly that it is invented data, not KOMBIT's official plan", () => {
    expect(plan._note).toMatch(/opdigtede|invented/i);
    expect(plan._note).toMatch(/ikke KOMBITs officielle|not KOMBIT's official/i);
  });

  it("has waves 4, 5 and 6 with Go-Live on Mondays in order, Bølge 5 in the autumn of 2027", () => {
    const titles = plan.waves.map((w) => w.title);
    expect(titles).toEqual(expect.arrayContaining(["KY - Bølge 4", WAVE_5, "KY - Bølge 6"]));
    expect(new Set(titles).size).toBe(titles.length);
    for (const wave of plan.waves) expect(isMonday(wave.goLive)).toBe(true);
    const goLives = ["KY - Bølge 4", WAVE_5, "KY - Bølge 6"].map((t) => plan.waves.find((w) => w.title === t)?.goLive ?? "");
    expect([...goLives].sort()).toEqual(goLives);
    expect(wave5?.goLive).toMatch(/^2027-(0[89]|1[0-2])-/);
  });

  it("has unique task ids, existing predecessors and no self-dependency", () => {
    expect(byId.size).toBe(tasks.length);
    const dangling = tasks.flatMap((t) => t.predecessors.filter((p) => !byId.has(p) || p === t.id).map((p) => `${t.id}<-${p}`));
    expect(dangling).toEqual([]);
  });

  it("has no dependency cycle", () => {
    const state = new Map<number, "visiting" | "done">();
    const cycles: number[][] = [];
    const visit = (id: number, trail: number[]): void => {
      if (state.get(id) === "done") return;
      if (state.get(id) === "visiting") {
        cycles.push([...trail.slice(trail.indexOf(id)), id]);
        return;
      }
      state.set(id, "visiting");
      for (const p of byId.get(id)?.predecessors ?? []) visit(p, [...trail, id]);
      state.set(id, "done");
    };
    for (const t of tasks) visit(t.id, []);
    expect(cycles).toEqual([]);
  });

  it("keeps KOMBIT's baseline consistent: every predecessor ends before its successor starts", () => {
    const window = (t: KlikTask): [number, number] => [t.endOffsetDays + t.startOffsetDays, t.endOffsetDays];
    const violations = tasks.flatMap((t) => t.predecessors
      .filter((p) => window(byId.get(p) as KlikTask)[1] >= window(t)[0])
      .map((p) => `${p} -> ${t.id}`));
    expect(violations).toEqual([]);
    for (const t of tasks) expect(t.startOffsetDays).toBeLessThanOrEqual(0);
  });

  it("declares a critical chain of several tasks, linked by dependencies, that ends before Go-Live", () => {
    const critical = tasks.filter((t) => t.declaredCritical && t.kind === "task");
    expect(critical.length).toBeGreaterThanOrEqual(4);
    for (const t of critical) expect(t.endOffsetDays).toBeLessThan(0);
    const unlinked = critical
      .filter((t) => t.predecessors.length > 0)
      .filter((t) => !t.predecessors.some((p) => byId.get(p)?.declaredCritical));
    expect(unlinked.map((t) => t.code)).toEqual([]);
    const goLive = tasks.filter((t) => t.kind === "milestone" && t.title === "Go-Live");
    expect(goLive).toHaveLength(1);
    expect(goLive[0]).toMatchObject({ endOffsetDays: 0, startOffsetDays: 0, declaredCritical: true });
    expect(goLive[0].predecessors.some((p) => critical.some((t) => t.id === p))).toBe(true);
  });

  it("has at least 22 KLIK tasks across all four integrations and all phases, all in Bølge 5", () => {
    const klikTasks = tasks.filter((t) => t.kind === "task");
    expect(klikTasks.length).toBeGreaterThanOrEqual(22);
    for (const integration of INTEGRATION_NAMES) {
      expect(klikTasks.filter((t) => t.integrations.includes(integration as KlikTask["integrations"][number])).length).toBeGreaterThanOrEqual(3);
    }
    expect(new Set(klikTasks.map((t) => t.phase))).toEqual(new Set(PHASES));
    const knownWaves = new Set(plan.waves.map((w) => w.title));
    for (const t of tasks) {
      expect(t.waves).toContain(WAVE_5);
      for (const w of t.waves) expect(knownWaves.has(w)).toBe(true);
    }
    expect(new Set(klikTasks.map((t) => t.priority)).size).toBe(3);
    expect(klikTasks.some((t) => t.isInfrastructure) && klikTasks.some((t) => !t.isInfrastructure)).toBe(true);
    expect(tasks.some((t) => t.waves.length > 1)).toBe(true);
    expect(tasks.filter((t) => t.comments.length > 0).length).toBeGreaterThanOrEqual(3);
  });

  it("has simple, script-free descriptions and no KLIK code repeated in titles", () => {
    for (const t of tasks) {
      expect(t.descriptionHtml).not.toMatch(/<script|\son\w+=|javascript:/i);
      const tags = t.descriptionHtml.match(/<\/?([a-z0-9]+)/gi) ?? [];
      for (const tag of tags) expect(["p", "ul", "li", "b"]).toContain(tag.replace(/[</]/g, "").toLowerCase());
      expect(t.title.startsWith(t.code)).toBe(false);
    }
  });

  it("has PL 12 exactly as KLIK states it, with the eight method steps", () => {
    expect(byId.get(519)).toMatchObject({
      code: "PL 12", title: "Planlæg kommunens ØiR implementering", kind: "task", effortDays: 5,
      endOffsetDays: -171, startOffsetDays: -63, recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"]
    });
    const steps = byId.get(519)?.methodSteps ?? [];
    expect(steps).toHaveLength(8);
    expect(steps[0]).toMatch(/ansvarlig og udfører.*påbegyndt/);
    expect(steps[4]).toContain("Introduktion og planlægning af ØiR implementering");
    expect(steps[6]).toMatch(/tilpas tidsplanen.*book/);
    expect(steps[7]).toMatch(/fuldført/);
  });

  it("has OA 12 and IN 31 as in the KLIK exports", () => {
    expect(byId.get(512)).toMatchObject({
      code: "OA 12", title: "Udpeg KY-systemansvarlig (B5)", phase: "Fase 2.1: Planlægning", theme: "Organisation og ansvar",
      priority: 1, isInfrastructure: false, effortDays: 2, endOffsetDays: -180, startOffsetDays: -28, waves: [WAVE_5],
      recommendedRoles: ["KY-projektleder"]
    });
    expect(byId.get(547)).toMatchObject({
      code: "IN 31", title: "Etabler ØiR-integrationer i den fælleskommunale infrastruktur (B4, B5)",
      phase: "Fase 2.2: Klargøring", theme: "Infrastruktur og integrationer", priority: 1, isInfrastructure: true,
      effortDays: 10, endOffsetDays: -98, startOffsetDays: -42, waves: ["KY - Bølge 4", WAVE_5], declaredCritical: true
    });
    expect(byId.get(547)?.integrations).toEqual(INTEGRATION_NAMES);
  });

  it("has the 8 ØiR webinars, numbered 1-8, each a single day with invited roles", () => {
    const webinars = tasks.filter((t) => t.kind === "webinar");
    expect(webinars).toHaveLength(8);
    const numbers = webinars.map((w) => Number(/^ØiR webinar (\d): \S/.exec(w.title)?.[1]));
    expect([...numbers].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(webinars.find((w) => w.title.startsWith("ØiR webinar 1:"))?.title)
      .toBe("ØiR webinar 1: Introduktion og planlægning af ØiR implementering");
    for (const w of webinars) {
      expect(w.startOffsetDays).toBe(0);
      expect(w.effortDays).toBeLessThanOrEqual(1);
      expect(w.recommendedRoles.length).toBeGreaterThan(0);
    }
  });

  it("has users with unique e-mails, including a KOMBIT-programleder", () => {
    expect(userEmails.size).toBe(plan.users.length);
    expect(plan.users.some((u) => u.displayName.includes("KOMBIT-programleder"))).toBe(true);
    const ids = plan.users.map((u) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("has a working group of 6-10 municipal users with roles and realistic weekly capacity", () => {
    const group = plan.workingGroup;
    expect(group.length).toBeGreaterThanOrEqual(6);
    expect(group.length).toBeLessThanOrEqual(10);
    for (const member of group) {
      expect(userEmails.has(member.person.email)).toBe(true);
      expect(member.person.email).toMatch(/@eksempelkommune\.dk$/);
      expect(member.roles.length).toBeGreaterThan(0);
      expect(member.weeklyCapacityHours).toBeLessThanOrEqual(37);
    }
    expect(new Set(group.map((m) => m.person.email)).size).toBe(group.length);
    expect(group.flatMap((m) => m.roles)).toContain("KY-projektleder");
  });

  it("has local states on existing tasks, PL 12 started with responsible and performer, one with moved dates", () => {
    for (const state of plan.local) {
      expect(byId.has(state.taskId)).toBe(true);
      for (const p of [state.responsible, state.performer]) if (p) expect(userEmails.has(p.email)).toBe(true);
      for (const p of state.localPredecessors ?? []) expect(byId.has(p)).toBe(true);
      if (state.localStart && state.localEnd) expect(state.localStart <= state.localEnd).toBe(true);
    }
    expect(new Set(plan.local.map((s) => s.taskId)).size).toBe(plan.local.length);
    const pl12 = plan.local.find((s) => s.taskId === 519);
    expect(pl12?.status).toBe("started");
    expect(pl12?.responsible).toBeDefined();
    expect(pl12?.performer).toBeDefined();
    expect(plan.local.some((s) => s.localStart !== undefined && s.localEnd !== undefined)).toBe(true);
  });

  it("has bookings on Mondays, on existing tasks, for working-group people", () => {
    const groupEmails = new Set(plan.workingGroup.map((m) => m.person.email));
    expect(plan.bookings.length).toBeGreaterThanOrEqual(3);
    for (const booking of plan.bookings) {
      expect(isMonday(booking.weekStart)).toBe(true);
      expect(byId.has(booking.taskId)).toBe(true);
      expect(groupEmails.has(booking.personEmail)).toBe(true);
    }
  });

  it("has webinar attendance for existing webinars and users, without duplicates", () => {
    expect(plan.attendance.length).toBeGreaterThan(0);
    for (const a of plan.attendance) {
      expect(byId.get(a.taskId)?.kind).toBe("webinar");
      expect(userEmails.has(a.personEmail)).toBe(true);
    }
    const keys = plan.attendance.map((a) => `${a.taskId}/${a.personEmail}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
