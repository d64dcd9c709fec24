/**
 * Readers and missing schema: canEdit from EffectiveBasePermissions, 403 as AccessDeniedError,
 * a missing list or column reported by name, and a site owner creating what is missing.
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import { AccessDeniedError, ListNotFoundError, SchemaError } from "../../../src/data/errors";
import { createPnpRepositories } from "../../../src/data/pnp";
import { ensureSchema } from "../../../src/data/pnp/schema/ensureSchema";
import { displayNamesOf, ListSchema } from "../../../src/data/schema/listSchema";
import { spFor, startTestEmulator, stopTestEmulator } from "./support";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as ListSchema;

jest.setTimeout(30000);

const READER = "laeser@eksempelkommune.dk";
let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator({ readers: [] });
});
afterAll(() => stopTestEmulator(running));

describe("permissions", () => {
  it("a reader reads, gets canEdit false, and a write is refused with AccessDeniedError carrying SharePoint's text", async () => {
    const emu = running!.emu;
    const someone = emu.state.directory.find((p) => p.email.endsWith("@eksempelkommune.dk") && p.email !== emu.state.defaultUser)!.email;
    emu.setPermission("municipality", someone, "read");
    const reader = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit, { user: someone }), municipalitySp: spFor(emu.sites.municipality, { user: someone }) });
    const editor = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality) });

    const rows = await reader.local.getRows();
    expect(rows.length).toBeGreaterThan(0);
    expect(await reader.local.canEdit()).toBe(false);
    expect(await reader.bookings.canEdit()).toBe(false);
    expect(await editor.local.canEdit()).toBe(true);

    const error = await reader.local.updateState(rows[0], { note: "Må ikke" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AccessDeniedError);
    expect((error as AccessDeniedError).status).toBe(403);
    expect((error as AccessDeniedError).serverMessage).toMatch(/access denied/i);
    expect(reader.pending.list()).toEqual([]);

    const [result] = await reader.bookings.saveBookings([{ booking: { personEmail: someone, taskId: rows[0].task.id, weekStart: "2027-05-03", hours: 2 } }]);
    expect(result.ok === false && result.error).toBeInstanceOf(AccessDeniedError);
  });

  it("a user with no access to the site gets AccessDeniedError on read", async () => {
    const emu = running!.emu;
    emu.setPermission("municipality", READER, "none");
    const outsider = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit, { user: READER }), municipalitySp: spFor(emu.sites.municipality, { user: READER }) });
    await expect(outsider.local.getRows()).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe("schema", () => {
  it("the seeded sites match schema.json", async () => {
    const emu = running!.emu;
    for (const site of ["kombit", "municipality"] as const) {
      const report = await ensureSchema(spFor(emu.sites[site]), schema, { create: false, site });
      expect(report).toMatchObject({ ok: true, missingLists: [], missingFields: [], missingIndexes: [] });
    }
  });

  it("a missing list is named, in the report and in the error of a read", async () => {
    const emu = running!.emu;
    const report = await ensureSchema(spFor(emu.sites.municipality), schema, { create: false, site: "municipality", lists: { bookings: "Bookinger 2027" } });
    expect(report.ok).toBe(false);
    expect(report.missingLists).toEqual(["Bookinger 2027"]);
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality), lists: { bookings: "Bookinger 2027" } });
    const error = await repos.bookings.getBookings().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ListNotFoundError);
    expect((error as ListNotFoundError).listTitle).toBe("Bookinger 2027");
    expect((error as Error).message).toContain("Bookinger 2027");
  });

  it("missing columns are named by internal and display name; a site owner creates them and the list works", async () => {
    const emu = running!.emu;
    const owner = spFor(emu.sites.municipality);
    await owner.web.lists.add("Arbejdsgruppe (ny)", "", 100, false);
    const lists = { workingGroup: "Arbejdsgruppe (ny)" };

    const before = await ensureSchema(owner, schema, { create: false, site: "municipality", lists });
    expect(before.missingLists).toEqual([]);
    expect(before.missingFields).toEqual([
      { listTitle: "Arbejdsgruppe (ny)", internalName: "OirPerson", displayName: "Person" },
      { listTitle: "Arbejdsgruppe (ny)", internalName: "OirRoles", displayName: "Roller" },
      { listTitle: "Arbejdsgruppe (ny)", internalName: "OirWeeklyCapacity", displayName: "Ugentlig kapacitet (timer)" }
    ]);
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: owner, lists, displayNames: displayNamesOf(schema) });
    const error = await repos.workingGroup.getMembers().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).missingFields[0]).toMatchObject({ listTitle: "Arbejdsgruppe (ny)", internalName: expect.stringMatching(/^Oir/) });
    expect((error as Error).message).toMatch(/Arbejdsgruppe \(ny\)/);

    const created = await ensureSchema(owner, schema, { create: true, site: "municipality", lists });
    expect(created.createdFields.map((f) => f.internalName)).toEqual(["OirPerson", "OirRoles", "OirWeeklyCapacity"]);
    expect(created.ok).toBe(true);
    const after = await ensureSchema(owner, schema, { create: false, site: "municipality", lists });
    expect(after.ok).toBe(true);
    expect(await repos.workingGroup.getMembers()).toEqual([]);

    const member = { person: { email: emu.state.defaultUser, displayName: "" }, roles: ["KY-projektleder"], weeklyCapacityHours: 10 };
    const stored = await repos.workingGroup.addMember(member);
    expect((await repos.workingGroup.getMembers()).map((m) => m.value)).toEqual([expect.objectContaining({ roles: ["KY-projektleder"], weeklyCapacityHours: 10 })]);
    expect(stored.itemId).toBeGreaterThan(0);
  });

  it("a site owner creates a whole missing list with its columns and indexes", async () => {
    const emu = running!.emu;
    const owner = spFor(emu.sites.municipality);
    const lists = { attendance: "Webinardeltagelse 2" };
    const created = await ensureSchema(owner, schema, { create: true, site: "municipality", lists });
    expect(created.createdLists).toEqual(["Webinardeltagelse 2"]);
    expect(created.createdFields.map((f) => f.internalName)).toEqual(["OirTask", "OirPerson"]);
    const fields = (await owner.web.lists.getByTitle("Webinardeltagelse 2").fields.select("InternalName", "Title", "Indexed")()) as { InternalName: string; Title: string; Indexed: boolean }[];
    expect(fields.find((f) => f.InternalName === "OirTask")).toMatchObject({ Title: "Webinar", Indexed: true });
    expect(fields.find((f) => f.InternalName === "OirPerson")).toMatchObject({ Title: "Deltager", Indexed: true });
  });

  it("a non-owner cannot create: AccessDeniedError", async () => {
    const emu = running!.emu;
    const someone = emu.state.directory.find((p) => p.email.endsWith("@eksempelkommune.dk") && p.email !== emu.state.defaultUser)!.email;
    emu.setPermission("municipality", someone, "read");
    await expect(ensureSchema(spFor(emu.sites.municipality, { user: someone }), schema, { create: true, site: "municipality", lists: { bookings: "Ny booking" } })).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
