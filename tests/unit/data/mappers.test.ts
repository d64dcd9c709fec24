import type { KlikTask } from "../../../src/domain/model";
import { attendanceFromItem, attendanceToItem } from "../../../src/data/mappers/attendance";
import { bookingFromItem, bookingToItem } from "../../../src/data/mappers/booking";
import {
  commentsFromNote,
  commentsToNote,
  kindFromChoice,
  kindToChoice,
  linesFromNote,
  linesToNote,
  statusFromChoice,
  statusToChoice,
  versionFromEtag
} from "../../../src/data/mappers/fieldValues";
import { localRowFromItem, pickState, SpLocalPlanItem, stateChangesToItem } from "../../../src/data/mappers/localPlan";
import { masterIdIndex, predecessorsToItem, SpTaskItem, taskFromItem, taskToItem } from "../../../src/data/mappers/masterTask";
import { waveFromItem, waveToItem } from "../../../src/data/mappers/wave";
import { memberFromItem, memberToItem } from "../../../src/data/mappers/workingGroup";

const pl12: KlikTask = {
  id: 519,
  code: "PL 12",
  title: "Planlæg kommunens ØiR implementering",
  project: "KY",
  phase: "Fase 2.1: Planlægning",
  theme: "Projektledelse",
  priority: 1,
  isInfrastructure: false,
  effortDays: 5,
  endOffsetDays: -171,
  startOffsetDays: -63,
  waves: ["KY - Bølge 5", "KY - Bølge 6"],
  kind: "task",
  integrations: ["Finans", "NemKonto"],
  recommendedRoles: ["KY-projektleder", "KOMBIT-programleder"],
  involvedRoles: ["Ydelseschef"],
  predecessors: [500],
  declaredCritical: true,
  goal: "Kommunen har en plan",
  descriptionHtml: "<p>Tilpas <b>tidsplanen</b></p>",
  methodSteps: ["Sæt ansvarlig og udfører\n- Sikr at begge har tid\n- Aftal en stedfortræder", "Status → Påbegyndt"],
  result: "En plan",
  publicationStatus: "Publiceret",
  comments: [
    { author: "KOMBIT", date: "2027-01-04", time: "09:05", text: "Husk webinaret, \"Introduktion\"" },
    { author: "Anne Holm", date: "2027-01-05", text: "Uden klokkeslæt" }
  ]
};

describe("field values", () => {
  it("maps Danish status choices both ways and rejects unknown values", () => {
    expect(statusFromChoice("Ikke påbegyndt")).toBe("notStarted");
    expect(statusFromChoice("Påbegyndt")).toBe("started");
    expect(statusFromChoice("Fuldført")).toBe("completed");
    expect(statusFromChoice(null)).toBe("notStarted");
    expect(statusToChoice("started")).toBe("Påbegyndt");
    expect(statusToChoice("completed")).toBe("Fuldført");
    expect(() => statusFromChoice("Done")).toThrow(RangeError);
  });

  it("maps kinds Opgave/Webinar/Milepæl", () => {
    expect(kindFromChoice("Milepæl")).toBe("milestone");
    expect(kindFromChoice("Webinar")).toBe("webinar");
    expect(kindFromChoice("Opgave")).toBe("task");
    expect(kindToChoice("milestone")).toBe("Milepæl");
    expect(() => kindFromChoice("Møde")).toThrow(RangeError);
  });

  it("stores one value per line, tolerating CRLF, blank lines and a single leading space", () => {
    expect(linesFromNote("KY-projektleder\r\n\r\n Ydelseschef \n")).toEqual(["KY-projektleder", "Ydelseschef"]);
    expect(linesToNote(["a", "b"])).toBe("a\nb");
  });

  it("keeps a value of several lines (a method step with sub-bullets) together: further lines indented by two spaces", () => {
    const steps = ["Udpeg en KY-projektleder\n- Sikr at begge har tid\n- Aftal en stedfortræder", "Planlæg opstartsmødet", "Indre linje\n   - med eget indryk\n\tog tab"];
    const note = linesToNote(steps);
    expect(note).toBe("Udpeg en KY-projektleder\n  - Sikr at begge har tid\n  - Aftal en stedfortræder\nPlanlæg opstartsmødet\nIndre linje\n     - med eget indryk\n  \tog tab");
    expect(linesFromNote(note)).toEqual(steps);
    expect(linesFromNote(note.replace(/\n/g, "\r\n"))).toEqual(steps);
  });

  it("normalizes what it cannot keep (blank lines, trailing and leading whitespace, empty values), so writing twice changes nothing", () => {
    const note = linesToNote(["  Trin \r\n\r\n- under  ", "   ", "Næste"]);
    expect(note).toBe("Trin\n  - under\nNæste");
    expect(linesFromNote(note)).toEqual(["Trin\n- under", "Næste"]);
    expect(linesToNote(linesFromNote(note))).toBe(note);
  });

  it("reads hand edits: a tab-indented line continues the value above; an indented first line is a value of its own", () => {
    expect(linesFromNote("Trin 1\n\t- under\nTrin 2")).toEqual(["Trin 1\n- under", "Trin 2"]);
    expect(linesFromNote("  Trin 1\nTrin 2")).toEqual(["Trin 1", "Trin 2"]);
  });

  it("round-trips comments as JSON, with the time of day when KLIK gave one, and rejects malformed JSON", () => {
    expect(commentsFromNote(commentsToNote(pl12.comments))).toEqual(pl12.comments);
    expect(JSON.parse(commentsToNote(pl12.comments))).toEqual([
      { author: "KOMBIT", date: "2027-01-04", time: "09:05", text: "Husk webinaret, \"Introduktion\"" },
      { author: "Anne Holm", date: "2027-01-05", text: "Uden klokkeslæt" }
    ]);
    expect(commentsFromNote("")).toEqual([]);
    expect(() => commentsFromNote("{oops")).toThrow();
  });

  it("reads the version from an item ETag", () => {
    expect(versionFromEtag('"7"')).toBe(7);
    expect(versionFromEtag('"{1D8F2E2A-0000-4000-8000-000000000000},12"')).toBe(12);
    expect(versionFromEtag(undefined)).toBeUndefined();
  });
});

describe("Planer mapper", () => {
  it("round-trips a KLIK task, turning predecessor lookups into master ids", () => {
    const item: SpTaskItem = {
      Id: 12,
      "odata.etag": '"3"',
      ...(taskToItem(pl12) as Partial<SpTaskItem>),
      OirPredecessors: [{ Id: 4 }]
    };
    const index = masterIdIndex([{ Id: 4, OirMasterId: 500 }, item]);
    expect(taskFromItem(item, index)).toEqual({ ...pl12, version: 3 });
  });

  it("accepts verbose { results } collections and empty fields", () => {
    const task = taskFromItem({ Id: 1, OirMasterId: 1, OirIntegrations: { results: ["Debitor", "Ukendt"] }, OirPredecessors: { results: [] } }, new Map());
    expect(task.integrations).toEqual(["Debitor"]);
    expect(task.kind).toBe("task");
    expect(task.priority).toBe(2);
    expect(task.comments).toEqual([]);
  });

  it("fails loudly on a predecessor outside the list rather than dropping the dependency", () => {
    expect(() => taskFromItem({ Id: 1, OirMasterId: 1, OirPredecessors: [{ Id: 99 }] }, new Map())).toThrow(/item 99/);
  });

  it("writes predecessors as item ids and refuses unknown master ids", () => {
    expect(predecessorsToItem("OirPredecessorsId", [500, 501], new Map([[500, 4], [501, 5]]))).toEqual({ OirPredecessorsId: [4, 5] });
    expect(() => predecessorsToItem("OirPredecessorsId", [502], new Map())).toThrow(/502/);
  });
});

describe("local Planer mapper", () => {
  const item: SpLocalPlanItem = {
    Id: 20,
    "odata.etag": '"5"',
    ...(taskToItem(pl12) as Partial<SpLocalPlanItem>),
    OirPredecessors: [{ Id: 21 }],
    OirMasterItemId: 12,
    OirMasterVersion: 3,
    OirLocalStart: "2027-03-27T23:00:00Z",
    OirLocalEnd: "2027-03-28T22:00:00Z",
    OirResponsible: { Id: 7, Title: "Mette Holm", EMail: "mette@kommune.dk" },
    OirPerformer: null,
    OirStatus: "Påbegyndt",
    OirNote: "Aftalt med KOMBIT",
    OirLocalPredecessors: [{ Id: 21 }]
  };
  const index = new Map([[20, 519], [21, 500]]);

  it("reads local dates across the DST change, persons expanded and status in Danish", () => {
    const row = localRowFromItem(item, index);
    expect(row).toMatchObject({ itemId: 20, etag: '"5"', masterItemId: 12, masterVersion: 3 });
    expect(row.state).toEqual({
      taskId: 519,
      localStart: "2027-03-28",
      localEnd: "2027-03-29",
      responsible: { id: 7, email: "mette@kommune.dk", displayName: "Mette Holm" },
      status: "started",
      note: "Aftalt med KOMBIT",
      localPredecessors: [500]
    });
    expect(row.task.predecessors).toEqual([500]);
  });

  it("writes only the changed fields, persons as ids, clearing what is explicitly undefined", () => {
    const props = stateChangesToItem(
      { localEnd: "2027-03-29", responsible: { email: "a@k.dk", displayName: "A" }, performer: undefined, status: "completed", localPredecessors: [500] },
      () => 42,
      new Map([[500, 21]])
    );
    expect(props).toEqual({
      OirLocalEnd: "2027-03-28T22:00:00Z",
      OirResponsibleId: 42,
      OirPerformerId: null,
      OirStatus: "Fuldført",
      OirLocalPredecessorsId: [21]
    });
    expect(stateChangesToItem({ localStart: undefined }, () => 1, new Map())).toEqual({ OirLocalStart: null });
  });

  it("picks theirs for exactly the fields I changed", () => {
    const row = localRowFromItem(item, index);
    expect(pickState(row.state, { status: "completed", note: "x" })).toEqual({ status: "started", note: "Aftalt med KOMBIT" });
  });
});

describe("other lists", () => {
  it("Bølger: Go-Live as a calendar date; a wave without one is an error", () => {
    const wave = { title: "KY - Bølge 5", project: "KY", goLive: "2027-10-04" };
    expect(waveToItem(wave)).toEqual({ Title: "KY - Bølge 5", OirProject: "KY", OirGoLive: "2027-10-03T22:00:00Z" });
    expect(waveFromItem({ Id: 1, Title: "KY - Bølge 5", OirProject: "KY", OirGoLive: "2027-10-03T22:00:00Z" })).toEqual(wave);
    expect(() => waveFromItem({ Id: 2, Title: "Bølge X" })).toThrow(/Bølge X/);
  });

  it("Arbejdsgruppe: person expanded on read, written as id; roles one per line", () => {
    const member = memberFromItem({ Id: 3, OirPerson: { Id: 9, Title: "Jens", EMail: "jens@k.dk" }, OirRoles: "Ydelseschef\nKY-projektleder", OirWeeklyCapacity: 7.5 });
    expect(member).toEqual({ person: { id: 9, email: "jens@k.dk", displayName: "Jens" }, roles: ["Ydelseschef", "KY-projektleder"], weeklyCapacityHours: 7.5 });
    expect(memberToItem(member, 9)).toEqual({ Title: "Jens", OirPersonId: 9, OirRoles: "Ydelseschef\nKY-projektleder", OirWeeklyCapacity: 7.5 });
    expect(() => memberFromItem({ Id: 4, OirPerson: null })).toThrow(RangeError);
  });

  it("Ressourcebookinger: task lookup by local item id ↔ master id, week as the Monday", () => {
    const booking = bookingFromItem(
      { Id: 1, OirPerson: { Id: 9, EMail: "jens@k.dk" }, OirTask: { Id: 20 }, OirWeek: "2027-03-28T22:00:00Z", OirHours: 6, OirRole: "Ydelseschef" },
      new Map([[20, 519]])
    );
    expect(booking).toEqual({ personEmail: "jens@k.dk", taskId: 519, weekStart: "2027-03-29", hours: 6, role: "Ydelseschef" });
    expect(bookingToItem(booking, 9, 20, "PL 12")).toMatchObject({ OirPersonId: 9, OirTaskId: 20, OirWeek: "2027-03-28T22:00:00Z", OirHours: 6 });
    expect(() => bookingFromItem({ Id: 2, OirPerson: { Id: 9 }, OirTask: { Id: 99 }, OirWeek: "2027-03-28T22:00:00Z" }, new Map())).toThrow(/no task/);
  });

  it("Webinardeltagelse", () => {
    expect(attendanceFromItem({ Id: 1, OirTask: { Id: 30 }, OirPerson: { Id: 9, EMail: "jens@k.dk" } }, new Map([[30, 601]]))).toEqual({ taskId: 601, personEmail: "jens@k.dk" });
    expect(attendanceToItem(30, "W1", 9, "jens@k.dk")).toEqual({ Title: "W1 jens@k.dk", OirTaskId: 30, OirPersonId: 9 });
  });
});
