/**
 * One booking per person × task × week (issue 16, defect 3), two real PnPjs clients (two users)
 * over real HTTP against the emulator:
 * - a cell someone booked after we read the plan: our add finds their row first and becomes a
 *   conflict (theirs vs. mine), never a second row (5 + 7 = 12 t that nobody typed);
 * - both adding at the same moment (both read an empty cell): on a list with the unique
 *   OirBookingKey column SharePoint refuses the second add (SPDuplicateValuesFoundException) and
 *   that becomes the conflict; on a list made before the column, the cell is read again after
 *   adding and the later row is deleted — a fresh reader sees one booking either way;
 * - "Opret lokal tidsplan" (ensureSchema with create) adds the unique, indexed column to a list
 *   without it.
 */
import { ConflictError } from "../../../src/data/errors";
import { createPnpRepositories, type PnpPlanRepositories } from "../../../src/data/pnp";
import { ensureSchema } from "../../../src/data/pnp/schema/ensureSchema";
import type { ListSchema } from "../../../src/data/schema/listSchema";
import type { Booking } from "../../../src/domain/model";
import { apiRequests, lastSeq, spFor, startTestEmulator, stopTestEmulator, type Emulator } from "./support";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as ListSchema;

jest.setTimeout(60000);

type Latency = { latency(rule: Record<string, unknown>): number };

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeEach(async () => {
  running = await startTestEmulator();
});
afterEach(() => stopTestEmulator(running));

function twoUsers(emu: Emulator): { A: PnpPlanRepositories; B: PnpPlanRepositories } {
  const second = emu.state.directory.find((p) => p.email.endsWith("@eksempelkommune.dk") && p.email !== emu.state.defaultUser)!.email;
  emu.setPermission("municipality", second, "edit");
  return {
    A: createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) }),
    B: createPnpRepositories({ kombitSp: spFor(emu.sites.kombit, { user: second }), municipalitySp: spFor(emu.sites.municipality, { user: second }) })
  };
}

/** An empty cell of the plan: a member, a task, a week nobody booked. */
async function emptyCell(r: PnpPlanRepositories): Promise<Omit<Booking, "hours">> {
  const [member] = await r.workingGroup.getMembers();
  const rows = await r.local.getRows();
  const booked = new Set((await r.bookings.getBookings()).map((b) => `${b.value.personEmail}|${b.value.taskId}|${b.value.weekStart}`));
  const task = rows.find((row) => row.task.kind === "task")!;
  const weekStart = "2027-03-01";
  expect(booked.has(`${member.value.person.email}|${task.task.id}|${weekStart}`)).toBe(false);
  return { personEmail: member.value.person.email, taskId: task.task.id, weekStart, role: member.value.roles[0] };
}

async function cellRows(r: PnpPlanRepositories, cell: Omit<Booking, "hours">): Promise<number[]> {
  return (await r.bookings.getBookings())
    .filter((b) => b.value.personEmail.toLowerCase() === cell.personEmail.toLowerCase() && b.value.taskId === cell.taskId && b.value.weekStart === cell.weekStart)
    .map((b) => b.value.hours);
}

it("a cell booked by someone else after we read it: our add is a conflict with their hours, and one booking stays", async () => {
  const emu = running!.emu;
  const { A, B } = twoUsers(emu);
  const cell = await emptyCell(A);
  await B.bookings.getBookings(); // B's view: the cell is empty
  const [a] = await A.bookings.saveBookings([{ booking: { ...cell, hours: 5 } }]);
  expect(a.ok).toBe(true);

  const [b] = await B.bookings.saveBookings([{ booking: { ...cell, hours: 7 } }]);
  expect(b.ok).toBe(false);
  const error = (b as { error: Error }).error as ConflictError<Booking, Booking>;
  expect(error).toBeInstanceOf(ConflictError);
  expect(error.mine.hours).toBe(7);
  expect(error.theirs?.value.hours).toBe(5);
  expect(error.itemId).toBe((a as { key: number }).key);
  expect(await cellRows(createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) }), cell)).toEqual([5]);

  // B keeps theirs ("Behold mine"): an update of that row with its ETag, still one booking.
  const [kept] = await B.bookings.saveBookings([{ ref: { itemId: error.itemId, etag: error.theirs!.etag }, booking: { ...cell, hours: 7 } }]);
  expect(kept.ok).toBe(true);
  expect(await cellRows(A, cell)).toEqual([7]);
});

it("both add at the same moment on a list with the unique key column: SharePoint refuses the second, which becomes the conflict", async () => {
  const emu = running!.emu;
  const { A, B } = twoUsers(emu);
  const cell = await emptyCell(A);
  await B.bookings.getBookings();
  // Both read the empty cell before either add runs: the $batch requests wait 300 ms at the server.
  (emu.faults as unknown as Latency).latency({ path: "/_api/$batch", method: "POST", ms: 300, times: 2 });
  const since = lastSeq(emu);
  const [[a], [b]] = await Promise.all([A.bookings.saveBookings([{ booking: { ...cell, hours: 5 } }]), B.bookings.saveBookings([{ booking: { ...cell, hours: 7 } }])]);

  const refused = apiRequests(emu, since).flatMap((e) => e.batchParts ?? []).filter((p) => p.method === "POST" && p.status === 500);
  expect(refused).toHaveLength(1);
  const [won, lost] = a.ok ? [a, b] : [b, a];
  expect(won.ok).toBe(true);
  const error = (lost as { error: Error }).error as ConflictError<Booking, Booking>;
  expect(error).toBeInstanceOf(ConflictError);
  expect(error.theirs?.value.hours).toBe(a.ok ? 5 : 7);
  expect(error.mine.hours).toBe(a.ok ? 7 : 5);
  expect(await cellRows(A, cell)).toEqual([a.ok ? 5 : 7]);
  expect(emu.getItem("municipality", "Ressourcebookinger", (won as { key: number }).key)?.values.OirBookingKey).toBe(`${cell.personEmail.toLowerCase()}|${cell.taskId}|${cell.weekStart}`);
});

it("a list made before the key column: both adds land, each client reads the cell again, the later row is deleted and becomes the conflict", async () => {
  const emu = running!.emu;
  const owner = spFor(emu.sites.municipality);
  await owner.web.lists.getByTitle("Ressourcebookinger").fields.getByInternalNameOrTitle("OirBookingKey").delete();
  const { A, B } = twoUsers(emu);
  const cell = await emptyCell(A);
  await B.bookings.getBookings();
  (emu.faults as unknown as Latency).latency({ path: "/_api/$batch", method: "POST", ms: 300, times: 2 });
  const since = lastSeq(emu);
  const [[a], [b]] = await Promise.all([A.bookings.saveBookings([{ booking: { ...cell, hours: 5 } }]), B.bookings.saveBookings([{ booking: { ...cell, hours: 7 } }])]);

  // Both adds ran (no unique column to refuse one); one client then deleted its own later row.
  const log = apiRequests(emu, since);
  expect(log.flatMap((e) => e.batchParts ?? []).filter((p) => p.method === "POST" && p.status === 201)).toHaveLength(2);
  expect(log.filter((e) => e.headers["x-http-method"] === "DELETE" && e.status === 200)).toHaveLength(1);
  const [won, lost] = a.ok ? [a, b] : [b, a];
  expect(won.ok).toBe(true);
  const error = (lost as { error: Error }).error as ConflictError<Booking, Booking>;
  expect(error).toBeInstanceOf(ConflictError);
  expect(error.itemId).toBe((won as { key: number }).key);
  expect(error.theirs?.value.hours).toBe(a.ok ? 5 : 7);
  expect(await cellRows(A, cell)).toEqual([a.ok ? 5 : 7]);

  // Read before add still holds on such a list: a third add of the cell is a conflict at once.
  const [c] = await A.bookings.saveBookings([{ booking: { ...cell, hours: 3 } }]);
  expect((c as { error: Error }).error).toBeInstanceOf(ConflictError);
  expect(await cellRows(B, cell)).toHaveLength(1);
});

it("Opret lokal tidsplan adds the unique, indexed key column to a list without it; the check without create does not call it missing", async () => {
  const emu = running!.emu;
  const owner = spFor(emu.sites.municipality);
  const fields = owner.web.lists.getByTitle("Ressourcebookinger").fields;
  await fields.getByInternalNameOrTitle("OirBookingKey").delete();
  const check = await ensureSchema(owner, schema, { create: false, site: "municipality" });
  expect(check.missingFields).toEqual([]);
  expect(check.ok).toBe(true);

  const report = await ensureSchema(owner, schema, { create: true, site: "municipality" });
  expect(report.createdFields).toEqual([expect.objectContaining({ listTitle: "Ressourcebookinger", internalName: "OirBookingKey" })]);
  const [key] = (await fields.filter("InternalName eq 'OirBookingKey'").select("InternalName", "Indexed", "EnforceUniqueValues")()) as { Indexed: boolean; EnforceUniqueValues: boolean }[];
  expect(key).toEqual(expect.objectContaining({ Indexed: true, EnforceUniqueValues: true }));
});
