"use strict";
/**
 * Build the emulator's initial state from a sample plan (PlanData of src/domain/model.ts plus
 * users and municipality): KOMBIT's plan site (Planer, Bølger) and the municipality's site
 * (local Planer, Arbejdsgruppe, Ressourcebookinger, Webinardeltagelse), with list definitions
 * from src/data/schema/schema.json.
 */
const fs = require("fs");
const { createSite, createList, insertItem, findList, makeField } = require("./store");
const { addSiteUser } = require("./users");
const { dateOnlyToUtc } = require("./dates");

const SITE_PATHS = { kombit: "/sites/kombit-ky", municipality: "/sites/eksempelkommune" };
const KOMBIT_ADMIN = { email: "planadmin@kombit.example", displayName: "KOMBIT Planadministrator" };
/** The "other person" the concurrent-editor fault edits as. */
const COLLEAGUE = { email: "kollega@eksempelkommune.dk", displayName: "Kollega (samtidig redigering)" };

const KIND = { task: "Opgave", webinar: "Webinar", milestone: "Milepæl" };
const STATUS = { notStarted: "Ikke påbegyndt", started: "Påbegyndt", completed: "Fuldført" };

/**
 * List values one per line, a value's further lines (a method step's sub-bullets) indented by two
 * spaces: the Note format of src/data/mappers/fieldValues.ts (linesToNote).
 */
const lines = (arr) => (arr && arr.length ? arr.map((v) => String(v).split("\n").join("\n  ")).join("\n") : null);

function masterValues(task) {
  return {
    Title: task.title,
    OirMasterId: task.id,
    OirCode: task.code,
    OirProject: task.project || null,
    OirPhase: task.phase || null,
    OirTheme: task.theme || null,
    OirPriority: task.priority === undefined ? null : task.priority,
    OirIsInfrastructure: Boolean(task.isInfrastructure),
    OirEffortDays: task.effortDays === undefined ? null : task.effortDays,
    OirEndOffsetDays: task.endOffsetDays === undefined ? null : task.endOffsetDays,
    OirStartOffsetDays: task.startOffsetDays === undefined ? null : task.startOffsetDays,
    OirWaves: lines(task.waves),
    OirKind: KIND[task.kind] || "Opgave",
    OirIntegrations: task.integrations && task.integrations.length ? task.integrations.slice() : null,
    OirRecommendedRoles: lines(task.recommendedRoles),
    OirInvolvedRoles: lines(task.involvedRoles),
    OirDeclaredCritical: Boolean(task.declaredCritical),
    OirGoal: task.goal || null,
    OirDescription: task.descriptionHtml || null,
    OirMethod: lines(task.methodSteps),
    OirResult: task.result || null,
    OirPublicationStatus: task.publicationStatus || null,
    OirComments: task.comments && task.comments.length ? JSON.stringify(task.comments) : null
  };
}

/** Every person the sample knows, plus the KOMBIT plan admin and the colleague. */
function directoryFrom(sample) {
  const people = new Map();
  const add = (p) => { if (p && p.email && !people.has(p.email.toLowerCase())) people.set(p.email.toLowerCase(), p); };
  (sample.users || []).forEach(add);
  (sample.workingGroup || []).forEach((m) => add(m.person));
  (sample.local || []).forEach((l) => { add(l.responsible); add(l.performer); });
  add(KOMBIT_ADMIN);
  add(COLLEAGUE);
  return [...people.values()];
}

function isMunicipalityUser(person, domain) {
  return person.email.toLowerCase().endsWith(`@${domain}`);
}

function seedState(sample, schemaLists, { readers = [] } = {}) {
  const directory = directoryFrom(sample);
  const municipalityName = sample.municipality || "Eksempel Kommune";
  const kombit = createSite("kombit", SITE_PATHS.kombit, "KY bølgeimplementeringsplan (KOMBIT)");
  const municipality = createSite("municipality", SITE_PATHS.municipality, municipalityName);
  const firstMunicipalUser = directory.find((p) => p.email !== KOMBIT_ADMIN.email && p.email !== COLLEAGUE.email);
  const domain = firstMunicipalUser ? firstMunicipalUser.email.split("@")[1].toLowerCase() : "eksempelkommune.dk";

  // Municipality site: the sample's ids; KOMBIT's site: its own ids (different on purpose).
  let nextKombitId = 6;
  for (const p of directory) {
    addSiteUser(municipality, p, typeof p.id === "number" ? p.id : undefined);
    addSiteUser(kombit, p, nextKombitId++);
  }
  const readerSet = new Set(readers.map((r) => r.toLowerCase()));
  for (const p of directory) {
    const email = p.email.toLowerCase();
    const local = isMunicipalityUser(p, domain) && !readerSet.has(email);
    municipality.permissions[email] = local ? (p === firstMunicipalUser ? "full" : "edit") : "read";
    kombit.permissions[email] = email === KOMBIT_ADMIN.email ? "full" : "read";
  }

  const defs = (siteKey) => schemaLists.filter((l) => l.site === siteKey);
  const listFor = {};
  for (const [site, key] of [[kombit, "kombit"], [municipality, "municipality"]]) {
    for (const def of defs(key)) listFor[def.key] = { site, def, list: createList(site, { title: def.title, description: def.description }) };
  }
  // Fields after all lists exist, so lookups can point at their target list's id.
  for (const { list, def } of Object.values(listFor)) {
    for (const f of def.fields) {
      if (f.internalName === "Title") { list.fields.find((x) => x.internalName === "Title").title = f.displayName; continue; }
      const lookupListId = f.lookupList && listFor[f.lookupList] ? listFor[f.lookupList].list.id : undefined;
      list.fields.push(makeField({ ...f, lookupListId }));
    }
  }

  const kombitAdmin = kombit.users.find((u) => u.Email === KOMBIT_ADMIN.email);
  const municipalAuthor = municipality.users.find((u) => firstMunicipalUser && u.Email === firstMunicipalUser.email) || municipality.users[0];
  const userIdOn = (site, email) => { const u = site.users.find((x) => x.Email.toLowerCase() === String(email).toLowerCase()); return u ? u.Id : null; };

  // KOMBIT: Bølger and Planer (all tasks).
  const waves = listFor.waves && listFor.waves.list;
  for (const w of sample.waves || []) {
    insertItem(waves, { Title: w.title, OirProject: w.project || null, OirGoLive: dateOnlyToUtc(w.goLive) }, kombitAdmin.Id);
  }
  const master = listFor.masterPlan.list;
  const masterItemByTask = new Map();
  for (const task of sample.tasks || []) {
    const item = insertItem(master, masterValues(task), kombitAdmin.Id);
    if (task.version && task.version > 1) item.version = task.version;
    masterItemByTask.set(task.id, item);
  }
  for (const task of sample.tasks || []) {
    masterItemByTask.get(task.id).values.OirPredecessors = (task.predecessors || []).map((id) => masterItemByTask.get(id)).filter(Boolean).map((i) => i.ID);
  }

  // Municipality: local copy of the wave's rows.
  const wave = (sample.waves || []).find((w) => /5/.test(w.title)) || (sample.waves || [])[0];
  const localList = listFor.localPlan.list;
  const localByTask = new Map();
  const stateByTask = new Map((sample.local || []).map((l) => [l.taskId, l]));
  const waveTasks = (sample.tasks || []).filter((t) => !wave || !t.waves || t.waves.includes(wave.title));
  for (const task of waveTasks) {
    const st = stateByTask.get(task.id) || {};
    const m = masterItemByTask.get(task.id);
    const values = {
      ...masterValues(task),
      OirMasterItemId: m.ID,
      OirMasterVersion: m.version,
      OirLocalStart: st.localStart ? dateOnlyToUtc(st.localStart) : null,
      OirLocalEnd: st.localEnd ? dateOnlyToUtc(st.localEnd) : null,
      OirResponsible: st.responsible ? userIdOn(municipality, st.responsible.email) : null,
      OirPerformer: st.performer ? userIdOn(municipality, st.performer.email) : null,
      OirStatus: STATUS[st.status] || STATUS.notStarted,
      OirNote: st.note || null
    };
    localByTask.set(task.id, insertItem(localList, values, municipalAuthor.Id));
  }
  for (const task of waveTasks) {
    const item = localByTask.get(task.id);
    const st = stateByTask.get(task.id) || {};
    const ids = (list) => (list || []).map((id) => localByTask.get(id)).filter(Boolean).map((i) => i.ID);
    item.values.OirPredecessors = ids(task.predecessors);
    item.values.OirLocalPredecessors = ids(st.localPredecessors);
  }

  const group = listFor.workingGroup.list;
  for (const m of sample.workingGroup || []) {
    insertItem(group, {
      Title: m.person.displayName, OirPerson: userIdOn(municipality, m.person.email),
      OirRoles: lines(m.roles), OirWeeklyCapacity: m.weeklyCapacityHours
    }, municipalAuthor.Id);
  }
  const bookings = listFor.bookings.list;
  for (const b of sample.bookings || []) {
    const task = localByTask.get(b.taskId);
    insertItem(bookings, {
      Title: `${task ? task.values.OirCode : b.taskId} · ${b.personEmail} · ${b.weekStart}`,
      OirPerson: userIdOn(municipality, b.personEmail), OirRole: b.role || null,
      OirTask: task ? task.ID : null, OirWeek: dateOnlyToUtc(b.weekStart), OirHours: b.hours,
      // As the web part writes it (src/domain/bookingKey.ts): one booking per person, task and week.
      OirBookingKey: `${String(b.personEmail).trim().toLowerCase()}|${b.taskId}|${b.weekStart}`
    }, municipalAuthor.Id);
  }
  const attendance = listFor.attendance.list;
  for (const a of sample.attendance || []) {
    const task = localByTask.get(a.taskId);
    insertItem(attendance, {
      Title: `${task ? task.values.OirCode : a.taskId} · ${a.personEmail}`,
      OirTask: task ? task.ID : null, OirPerson: userIdOn(municipality, a.personEmail)
    }, municipalAuthor.Id);
  }

  const defaultUser = firstMunicipalUser ? firstMunicipalUser.email : directory[0].email;
  return { version: 1, sites: { kombit, municipality }, directory, defaultUser };
}

function loadSample(seedFile) {
  if (!fs.existsSync(seedFile)) throw new Error(`Seed file not found: ${seedFile}`);
  return JSON.parse(fs.readFileSync(seedFile, "utf8"));
}

module.exports = { seedState, loadSample, SITE_PATHS, KOMBIT_ADMIN, COLLEAGUE, STATUS, KIND, findList };
