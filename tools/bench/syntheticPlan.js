/**
 * A synthetic plan of n tasks shaped like a wave implementation plan: windows before Go-Live,
 * 3 predecessor links per task (to earlier tasks, so the plan stays acyclic), 10 bookings per
 * task in its window, a working group of one person per 20 tasks. Deterministic (seeded).
 */

const { seededRandom } = require("../shared/seededRandom");

const ROLES = [
  "KY-projektleder", "KOMBIT-programleder", "STS-projektleder", "infrastrukturansvarlig", "Ydelseschef",
  "leder af bogføring og opkrævning", "leder af It-og digitalisering",
  "systemansvarlig på bogførings- og opkrævningssystemet", "ØiR finans administrator",
  "ØiR debitor administrator", "klassifikations-/sortiments administrator", "KY-systemansvarlig"
];
const INTEGRATIONS = ["Finans", "Debitor", "Faktura", "NemKonto"];
const STATUSES = ["notStarted", "started", "completed"];

/** Builds the plan with the domain's own date helpers. */
function syntheticPlan(domain, n, seed = 42) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const wave = { title: "KY - Bølge 5", project: "KY", goLive: "2026-03-02" };
  const people = Array.from({ length: Math.max(5, Math.ceil(n / 20)) }, (_, i) => ({
    person: { email: `person${i}@kommune.dk`, displayName: `Person ${i}` },
    roles: [pick(ROLES)],
    weeklyCapacityHours: 37
  }));
  const tasks = [];
  const local = [];
  const bookings = [];
  const attendance = [];
  for (let i = 0; i < n; i++) {
    const id = i + 1;
    const predecessors = [];
    for (let k = 0; k < 3 && i > 0; k++) {
      const p = 1 + Math.floor(random() * i);
      if (!predecessors.includes(p)) predecessors.push(p);
    }
    const kind = i % 25 === 0 ? "webinar" : "task";
    const task = {
      id, code: `T ${id}`, title: `Opgave ${id}`, project: "KY", phase: `Fase ${1 + (i % 4)}`, theme: "Tema",
      priority: 1 + (i % 3), isInfrastructure: i % 7 === 0, effortDays: 1 + Math.floor(random() * 10),
      endOffsetDays: -Math.floor(random() * 400), startOffsetDays: -7 * (1 + Math.floor(random() * 9)),
      waves: [wave.title], kind, integrations: [pick(INTEGRATIONS)],
      recommendedRoles: random() < 0.3 ? [pick(ROLES), pick(ROLES)] : [pick(ROLES)], involvedRoles: [pick(ROLES), pick(ROLES)],
      predecessors, declaredCritical: i % 11 === 0, goal: "", descriptionHtml: "", methodSteps: ["Gør det"],
      result: "", publicationStatus: "Publiceret", comments: [], version: 1
    };
    tasks.push(task);
    const state = { taskId: id, status: pick(STATUSES), note: "" };
    if (random() < 0.5) state.responsible = pick(people).person;
    if (random() < 0.4) state.performer = pick(people).person;
    if (random() < 0.2) {
      const range = domain.scheduleTask(task, wave.goLive);
      state.localStart = domain.addDays(range.start, 7);
      state.localEnd = domain.addDays(range.end, 14);
    }
    local.push(state);
    const range = domain.scheduleTask(task, wave.goLive);
    const weeks = domain.weekStartsBetween(range.start, range.end);
    for (let b = 0; b < 10; b++) {
      bookings.push({ personEmail: pick(people).person.email, taskId: id, weekStart: weeks[b % weeks.length], hours: 1 + Math.floor(random() * 8) });
    }
    if (kind === "webinar" && random() < 0.5) attendance.push({ taskId: id, personEmail: pick(people).person.email });
  }
  return { wave, tasks, local, bookings, attendance, people };
}

module.exports = { syntheticPlan };
