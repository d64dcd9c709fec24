import type { PlanData } from "../../../src/domain/model";
import { AccessDeniedError, ConflictError } from "../../../src/data/errors";
import { createMemoryRepositories } from "../../../src/data/memory/memoryRepositories";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const sample = require("../../../samples/ky-boelge-5.json") as PlanData;

describe("in-memory repositories", () => {
  it("serve the sample plan: every task as a local row with its state", async () => {
    const repos = createMemoryRepositories(sample);
    const rows = await repos.local.getRows();
    expect(rows).toHaveLength(sample.tasks.length);
    const withState = sample.local[0];
    expect(rows.find((r) => r.task.id === withState.taskId)?.state).toEqual(withState);
    expect(await repos.master.getWaves()).toEqual(sample.waves);
    expect((await repos.bookings.getBookings()).map((b) => b.value)).toEqual(sample.bookings);
  });

  it("save with the ETag read; a stale ETag is a conflict carrying mine and theirs", async () => {
    const repos = createMemoryRepositories(sample);
    const [row] = await repos.local.getRows();
    const etag = await repos.local.updateState(row, { status: "started" });
    expect(etag).not.toBe(row.etag);
    const error = await repos.local.updateState(row, { status: "completed", note: "mit" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ itemId: row.itemId, mine: { status: "completed", note: "mit" }, theirs: { value: { status: "started", note: row.state.note }, etag } });
    expect((await repos.local.getRows())[0].state.status).toBe("started");
  });

  it("bulk results per item: one stale part fails, the others land", async () => {
    const repos = createMemoryRepositories(sample);
    const rows = (await repos.local.getRows()).slice(0, 3);
    repos.tables.local.editAsSomeoneElse(rows[1].itemId, (v) => ({ ...v, state: { ...v.state, note: "ændret i listen" } }));
    const results = await repos.local.updateStates(rows.map((r) => ({ ref: r, changes: { status: "completed" as const } })));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1].ok === false && results[1].error).toBeInstanceOf(ConflictError);
  });

  it("a reader gets AccessDeniedError and canEdit false", async () => {
    const repos = createMemoryRepositories(sample, { canEdit: false });
    expect(await repos.local.canEdit()).toBe(false);
    const [row] = await repos.local.getRows();
    await expect(repos.local.updateState(row, { note: "x" })).rejects.toBeInstanceOf(AccessDeniedError);
    const [booking] = await repos.bookings.saveBookings([{ booking: { ...sample.bookings[0], hours: 3 } }]);
    expect(booking.ok === false && booking.error).toBeInstanceOf(AccessDeniedError);
  });

  it("bookings: add, update and delete by hours", async () => {
    const repos = createMemoryRepositories(sample);
    const [first] = await repos.bookings.getBookings();
    const results = await repos.bookings.saveBookings([
      { booking: { ...first.value, weekStart: "2030-01-07", hours: 4 } },
      { ref: first, booking: { ...first.value, hours: 0 } }
    ]);
    expect(results.every((r) => r.ok)).toBe(true);
    const after = await repos.bookings.getBookings();
    expect(after.find((b) => b.itemId === first.itemId)).toBeUndefined();
    expect(after.find((b) => b.value.weekStart === "2030-01-07")?.value.hours).toBe(4);
  });

  it("people: search by name or e-mail", async () => {
    const repos = createMemoryRepositories(sample);
    const someone = sample.workingGroup[0].person;
    expect(await repos.people.search(someone.displayName.slice(0, 4))).toContainEqual(someone);
    expect(await repos.people.currentUser()).toEqual(someone);
  });
});
