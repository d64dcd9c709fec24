import { applySync, diffMasterLocal, MASTER_FIELDS, type KlikTask, type SyncLocalRow } from "../../../src/domain";
import { makeTask } from "./fixtures";

interface StoredRow extends SyncLocalRow {
  itemId: number;
  etag: string;
}

const anna = { email: "anna@kommune.dk", displayName: "Anna" };

function localRow(task: KlikTask, masterVersion: number, itemId: number): StoredRow {
  return {
    itemId,
    etag: `"${itemId}"`,
    task,
    masterVersion,
    state: {
      taskId: task.id,
      localStart: "2025-09-01",
      localEnd: "2025-09-30",
      responsible: anna,
      performer: anna,
      status: "started",
      note: "Aftalt med ERP-leverandøren",
      localPredecessors: [7]
    }
  };
}

describe("master/local sync", () => {
  const v1 = [makeTask({ id: 1, version: 1 }), makeTask({ id: 2, version: 3, title: "Gammel titel", recommendedRoles: ["KY-projektleder"] }), makeTask({ id: 3, version: 1 })];
  const local = [localRow(v1[0], 1, 101), localRow(v1[1], 3, 102), localRow(v1[2], 1, 103)];
  const master = [
    makeTask({ id: 1, version: 1 }),
    makeTask({ id: 2, version: 4, title: "Ny titel", recommendedRoles: ["KY-projektleder", "Ydelseschef"], endOffsetDays: -90 }),
    makeTask({ id: 4, version: 1, title: "Ny opgave" })
  ];

  it("lists new, changed (field by field, master fields only) and withdrawn rows", () => {
    expect(diffMasterLocal(master, local)).toEqual({
      added: [master[2]],
      changed: [
        {
          taskId: 2,
          fromVersion: 3,
          toVersion: 4,
          changes: [
            { field: "title", oldValue: "Gammel titel", newValue: "Ny titel" },
            { field: "endOffsetDays", oldValue: -100, newValue: -90 },
            { field: "recommendedRoles", oldValue: ["KY-projektleder"], newValue: ["KY-projektleder", "Ydelseschef"] }
          ]
        }
      ],
      withdrawn: [{ taskId: 3 }]
    });
  });

  it("applies master fields and versions without touching local fields", () => {
    const diff = diffMasterLocal(master, local);
    const applied = applySync(local, master, diff);
    expect(applied.rows).toHaveLength(3);
    expect(applied.rows[1].task.title).toBe("Ny titel");
    expect(applied.rows[1].masterVersion).toBe(4);
    expect(applied.rows[1].itemId).toBe(102);
    applied.rows.forEach((row, i) => expect(row.state).toEqual(local[i].state));
    expect(applied.rows[0]).toBe(local[0]);
    expect(applied.rows[2]).toBe(local[2]); // withdrawn rows are kept; the UI asks what to do
    expect(applied.added).toEqual([{ task: master[2], masterVersion: 1, state: { taskId: 4, status: "notStarted", note: "" } }]);
  });

  it("changes nothing when applied twice", () => {
    const once = applySync(local, master, diffMasterLocal(master, local));
    const afterFirst = [...once.rows, ...once.added.map((r, i) => ({ ...r, itemId: 200 + i, etag: '"1"' }))];
    const secondDiff = diffMasterLocal(master, afterFirst);
    expect(secondDiff).toEqual({ added: [], changed: [], withdrawn: [{ taskId: 3 }] });
    const twice = applySync(afterFirst, master, secondDiff);
    expect(twice.rows).toEqual(afterFirst);
    expect(twice.added).toEqual([]);
  });

  it("picks up a new version with equal fields, and master fields edited in the local list", () => {
    const bumped = [makeTask({ id: 1, version: 2 })];
    expect(diffMasterLocal(bumped, [localRow(v1[0], 1, 101)]).changed).toEqual([{ taskId: 1, fromVersion: 1, toVersion: 2, changes: [] }]);
    const editedLocally = localRow({ ...v1[0], comments: [{ author: "X", date: "2025-01-01", text: "lokal" }] }, 1, 101);
    expect(diffMasterLocal([v1[0]], [editedLocally]).changed[0].changes.map((c) => c.field)).toEqual(["comments"]);
  });

  it("compares nested values structurally and treats missing optional keys as equal", () => {
    const a = makeTask({ id: 1, version: 1, comments: [{ author: "A", date: "2025-01-01", text: "t", time: undefined }] });
    const b = makeTask({ id: 1, version: 1, comments: [{ author: "A", date: "2025-01-01", text: "t" }] });
    expect(diffMasterLocal([b], [localRow(a, 1, 1)]).changed).toEqual([]);
    expect(diffMasterLocal([makeTask({ id: 1 })], [localRow(makeTask({ id: 1 }), 5, 1)]).changed).toEqual([]);
  });

  it("covers every master field of a KLIK task except the version", () => {
    expect([...MASTER_FIELDS].sort()).toEqual(Object.keys(makeTask({ id: 1 })).filter((k) => k !== "version").sort());
  });
});
