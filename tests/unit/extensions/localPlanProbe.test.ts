/** Which columns make a list a municipality's local plan, checked against the list schema the solution provisions. */
import schema from "../../../src/data/schema/schema.json";
import { hasLocalPlanColumns, LOCAL_PLAN_COLUMNS, localPlanFieldsUrl } from "../../../src/extensions/planerCommandSet/localPlanProbe";

function columnsOf(key: string): string[] {
  const list = schema.lists.find((l) => l.key === key);
  if (!list) throw new Error(`schema.json has no list ${key}`);
  return list.fields.map((f: { internalName: string }) => f.internalName);
}

test("the local plan has every probe column; KOMBIT's master plan and the other lists have not all of them", () => {
  for (const name of LOCAL_PLAN_COLUMNS) expect(columnsOf("localPlan")).toContain(name);
  for (const list of schema.lists.filter((l) => l.key !== "localPlan")) {
    const columns = columnsOf(list.key);
    expect({ list: list.key, all: LOCAL_PLAN_COLUMNS.every((name) => columns.includes(name)) }).toEqual({ list: list.key, all: false });
  }
});

test("the probe URL filters the list's fields to the probe columns, by list id", () => {
  const url = localPlanFieldsUrl("https://kommune.example/sites/oir/", "{5E7B1A4C-1D1B-4F3E-9D3A-0A1B2C3D4E5F}");
  expect(decodeURIComponent(url)).toBe(
    "https://kommune.example/sites/oir/_api/web/lists(guid'5E7B1A4C-1D1B-4F3E-9D3A-0A1B2C3D4E5F')/fields?$select=InternalName&$filter=InternalName eq 'OirMasterItemId' or InternalName eq 'OirStatus'"
  );
  expect(() => localPlanFieldsUrl("https://kommune.example", "Planer')/items?x=('")).toThrow(/Not a list id/);
});

test("an answer is a local plan only with every probe column; an answer without a value array is an error", () => {
  expect(hasLocalPlanColumns({ value: [{ InternalName: "OirMasterItemId" }, { InternalName: "OirStatus" }] })).toBe(true);
  expect(hasLocalPlanColumns({ d: { results: [{ InternalName: "OirStatus" }, { InternalName: "OirMasterItemId" }] } })).toBe(true);
  expect(hasLocalPlanColumns({ value: [{ InternalName: "OirStatus" }] })).toBe(false);
  expect(hasLocalPlanColumns({ value: [] })).toBe(false);
  expect(() => hasLocalPlanColumns({ error: { message: "x" } })).toThrow(/no value array/);
});
