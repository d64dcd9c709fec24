/**
 * Users and permissions (EffectiveBasePermissions per user, 403 for a reader's write, siteusers,
 * currentuser, ensureuser), $expand of person and lookup fields, and DateOnly values returned as
 * midnight Europe/Copenhagen in UTC on both sides of a daylight-saving change.
 */
import "@pnp/sp/site-users/web";
import "@pnp/sp/security/list";
import { PermissionKind } from "@pnp/sp/security";
import { EDITOR, Emulator, READER, pnp, rawFetch, startTestEmulator, statusOf } from "./support";

interface Booking {
  Id: number;
  OirWeek: string;
  OirPerson: { Id: number; Title: string; EMail: string };
  OirTask: { Id: number; OirCode: string; Title: string };
  "odata.etag": string;
}

describe("emulator users and permissions", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it("gives an editor EditListItems and a reader not", async () => {
    const editorList = pnp(emu.sites.municipality, EDITOR).web.lists.getByTitle("Planer");
    const readerList = pnp(emu.sites.municipality, READER).web.lists.getByTitle("Planer");
    expect(await editorList.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await readerList.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
    expect(await readerList.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    const raw = (await (await rawFetch(`${emu.sites.municipality}/_api/web/lists/getbytitle('Planer')/EffectiveBasePermissions`, { user: READER })).json()) as { High: string; Low: string };
    expect(Number(raw.Low) & 0x4).toBe(0);
    // On KOMBIT's plan site the municipality's project leader only reads.
    expect(await pnp(emu.sites.kombit, EDITOR).web.lists.getByTitle("Planer").currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  });

  it("answers a reader's write with 403 and SharePoint's access-denied error", async () => {
    const failure = await statusOf(pnp(emu.sites.municipality, READER).web.lists.getByTitle("Planer").items.getById(1).update({ OirNote: "x" }));
    expect(failure.status).toBe(403);
    expect(failure.text).toContain("-2147024891, System.UnauthorizedAccessException");
    expect(failure.text).toContain("Access denied.");
    emu.setPermission("municipality", READER, "edit");
    await pnp(emu.sites.municipality, READER).web.lists.getByTitle("Planer").items.getById(1).update({ OirNote: "nu må jeg" });
    emu.setPermission("municipality", READER, "read");
  });

  it("takes the current user from the header, the cookie or the default", async () => {
    const viaCookie = (await (await fetch(`${emu.sites.municipality}/_api/web/currentuser`, {
      headers: { Accept: "application/json", Cookie: `emulatorUser=${encodeURIComponent(READER)}` }
    })).json()) as { Email: string; Id: number };
    expect(viaCookie.Email).toBe(READER);
    const byDefault = (await (await fetch(`${emu.sites.municipality}/_api/web/currentuser`, { headers: { Accept: "application/json" } })).json()) as { Email: string };
    expect(byDefault.Email).toBe(EDITOR);
    const me = await pnp(emu.sites.municipality, EDITOR).web.currentUser();
    expect(me.Id).toBe(11);
    // The same person has another id on KOMBIT's site, as in SharePoint.
    expect((await pnp(emu.sites.kombit, EDITOR).web.currentUser()).Id).not.toBe(11);
  });

  it("lists site users, gets one by id and ensures a user by login name", async () => {
    const web = pnp(emu.sites.municipality).web;
    const users = await web.siteUsers();
    expect(users.some((u) => u.Email === "lars.mikkelsen@eksempelkommune.dk")).toBe(true);
    expect((await web.getUserById(12)()).Title).toBe("Lars Mikkelsen");
    const ensured = await web.ensureUser("i:0#.f|membership|mette.skov@eksempelkommune.dk");
    expect(ensured.Email).toBe("mette.skov@eksempelkommune.dk");
    expect((await statusOf(web.ensureUser("nobody@nowhere.example"))).status).toBe(400);
    expect((await statusOf(web.getUserById(9999)())).status).toBe(404);
  });
});

describe("emulator $expand and DateOnly", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  const bookings = (): ReturnType<ReturnType<typeof pnp>["web"]["lists"]["getByTitle"]>["items"] =>
    pnp(emu.sites.municipality).web.lists.getByTitle("Ressourcebookinger").items;

  it("expands person and lookup fields with the selected projections", async () => {
    const [row] = await bookings()
      .select("Id", "OirWeek", "OirPerson/Id", "OirPerson/Title", "OirPerson/EMail", "OirTask/Id", "OirTask/OirCode")
      .expand("OirPerson", "OirTask").top(1)<Booking[]>();
    expect(row.OirPerson.EMail).toMatch(/@eksempelkommune\.dk$/);
    expect(typeof row.OirPerson.Id).toBe("number");
    expect(row.OirTask.OirCode).toMatch(/^[A-Z]+ \d+/);
    expect(Object.keys(row.OirTask).filter((k) => !k.startsWith("odata."))).toEqual(["Id", "OirCode"]);
    const byEmail = await bookings().select("Id", "OirPerson/EMail").expand("OirPerson")
      .filter(`OirPerson/EMail eq '${row.OirPerson.EMail}'`)<Booking[]>();
    expect(byEmail.length).toBeGreaterThan(0);
    expect(byEmail.every((b) => b.OirPerson.EMail === row.OirPerson.EMail)).toBe(true);
  });

  it("refuses a projection without $expand, as SharePoint does", async () => {
    const failure = await statusOf(bookings().select("OirPerson/EMail")());
    expect(failure.status).toBe(400);
    expect(failure.text).toContain("The query to field 'OirPerson/EMail' is not valid.");
  });

  it("returns multi-value lookups and choices as arrays in JSON light", async () => {
    const row = await pnp(emu.sites.kombit).web.lists.getByTitle("Planer").items.getById(3).select("OirPredecessorsId", "OirIntegrations")<{ OirPredecessorsId: number[]; OirIntegrations: string[] }>();
    expect(Array.isArray(row.OirPredecessorsId)).toBe(true);
    expect(Array.isArray(row.OirIntegrations)).toBe(true);
    const bad = await statusOf(pnp(emu.sites.kombit, "planadmin@kombit.example").web.lists.getByTitle("Planer").items.getById(3).update({ OirIntegrations: { results: ["Finans"] } }));
    expect(bad.status).toBe(400);
  });

  it("stores DateOnly as local midnight and returns it in UTC on both sides of DST", async () => {
    const items = (): ReturnType<typeof bookings> => bookings();
    // Summer (CEST, UTC+2) and winter (CET, UTC+1) around the 2027 changes (28 March, 31 October).
    const cases: [string, string][] = [
      ["2027-03-27", "2027-03-26T23:00:00Z"], ["2027-03-29", "2027-03-28T22:00:00Z"],
      ["2027-10-30", "2027-10-29T22:00:00Z"], ["2027-11-01", "2027-10-31T23:00:00Z"]
    ];
    for (const [date, utc] of cases) {
      const added = await items().add({ Title: date, OirHours: 1, OirWeek: `${date}T00:00:00Z` });
      expect(added.OirWeek).toBe(utc);
      // A client that sends local midnight as UTC (the correct instant) gets the same date.
      await items().getById(added.Id).update({ OirWeek: utc });
      expect((await items().getById(added.Id).select("OirWeek")<Booking>()).OirWeek).toBe(utc);
    }
    // A client meaning 2 November but using the summer offset in winter lands on 1 November.
    const wrong = await items().add({ Title: "wrong offset", OirHours: 1, OirWeek: "2027-11-01T22:00:00Z" });
    expect(wrong.OirWeek).toBe("2027-10-31T23:00:00Z");
    const wave = await pnp(emu.sites.kombit).web.lists.getByTitle("Bølger").items.filter("Title eq 'KY - Bølge 5'").select("OirGoLive")<{ OirGoLive: string }[]>();
    expect(wave[0].OirGoLive).toBe("2027-10-03T22:00:00Z");
  });
});
