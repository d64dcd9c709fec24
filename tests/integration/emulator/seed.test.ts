/**
 * The seed: a sample plan (PlanData + users + municipality) becomes KOMBIT's Planer and Bølger and
 * the municipality's local Planer (the wave's rows + local state), Arbejdsgruppe,
 * Ressourcebookinger and Webinardeltagelse — read back through PnPjs as the data layer will.
 */
import * as path from "path";
import "@pnp/sp/site-users/web";
import { commentsFromNote, linesFromNote } from "../../../src/data/mappers/fieldValues";
import { Emulator, pnp, startTestEmulator } from "./support";

const PL = "pl@testkommune.dk";

describe("emulator seed", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator({ seedFile: path.join(__dirname, "fixtures", "mini-plan.json") }); });
  afterAll(async () => { await emu.close(); });

  it("puts every task on KOMBIT's Planer with KLIK fields as SharePoint columns", async () => {
    const rows = await pnp(emu.sites.kombit, PL).web.lists.getByTitle("Planer").items
      .select("Id", "OirMasterId", "OirCode", "OirKind", "OirWaves", "OirIntegrations", "OirMethod", "OirComments", "OirPredecessorsId",
        "OirDeclaredCritical", "OirIsInfrastructure", "OData__UIVersionString", "OirDescription")<Record<string, unknown>[]>();
    expect(rows.map((r) => r.OirCode)).toEqual(["PL 90", "WEB 1", "MS 1"]);
    expect(rows.map((r) => r.OirKind)).toEqual(["Opgave", "Webinar", "Milepæl"]);
    expect(rows[0]).toMatchObject({
      OirWaves: "KY - Bølge 5\nKY - Bølge 6", OirIntegrations: ["Finans", "Debitor"], OirMethod: "Trin 1\nTrin 2\n  - Under 2a\n  - Under 2b",
      OirDeclaredCritical: true, OData__UIVersionString: "3.0", OirDescription: "<p>Beskrivelse</p>"
    });
    expect(JSON.parse(rows[0].OirComments as string)).toEqual([{ author: "Karl KOMBIT", date: "2026-09-01", time: "10:41", text: "Hej" }]);
    // The Note format of the mappers: a method step's sub-bullets stay in the step, the comment keeps its time.
    expect(linesFromNote(rows[0].OirMethod as string)).toEqual(["Trin 1", "Trin 2\n- Under 2a\n- Under 2b"]);
    expect(commentsFromNote(rows[0].OirComments as string)).toEqual([{ author: "Karl KOMBIT", date: "2026-09-01", time: "10:41", text: "Hej" }]);
    expect(rows[1].OirIntegrations).toBeNull();
    expect(rows[2].OirPredecessorsId).toEqual([rows[0].Id, rows[1].Id]);
  });

  it("puts the waves on Bølger with Go-Live as a DateOnly instant", async () => {
    const waves = await pnp(emu.sites.kombit, PL).web.lists.getByTitle("Bølger").items.select("Title", "OirGoLive", "OirProject")();
    expect(waves).toEqual([
      expect.objectContaining({ Title: "KY - Bølge 5", OirGoLive: "2027-10-03T22:00:00Z", OirProject: "KY" }),
      expect.objectContaining({ Title: "KY - Bølge 6", OirGoLive: "2028-03-05T23:00:00Z" })
    ]);
  });

  it("copies the wave's rows to the municipality with master id, version and local state", async () => {
    const sp = pnp(emu.sites.municipality, PL);
    const master = await pnp(emu.sites.kombit, PL).web.lists.getByTitle("Planer").items.select("Id", "OirCode")<{ Id: number; OirCode: string }[]>();
    const rows = await sp.web.lists.getByTitle("Planer").items
      .select("Id", "OirCode", "OirMasterItemId", "OirMasterVersion", "OirStatus", "OirNote", "OirLocalStart", "OirLocalEnd",
        "OirResponsible/EMail", "OirPerformer/EMail", "OirPredecessorsId", "OirLocalPredecessorsId")
      .expand("OirResponsible", "OirPerformer")<Record<string, unknown>[]>();
    expect(rows.map((r) => r.OirCode)).toEqual(["PL 90", "WEB 1"]); // MS 1 is only in Bølge 6
    expect(rows[0]).toMatchObject({
      OirMasterItemId: master[0].Id, OirMasterVersion: 3, OirStatus: "Påbegyndt", OirNote: "I gang",
      OirLocalStart: "2027-02-28T23:00:00Z", OirLocalEnd: "2027-03-30T22:00:00Z",
      OirResponsible: expect.objectContaining({ EMail: PL }), OirPerformer: expect.objectContaining({ EMail: "so@testkommune.dk" })
    });
    expect(rows[1]).toMatchObject({ OirStatus: "Fuldført", OirPredecessorsId: [rows[0].Id], OirLocalPredecessorsId: [rows[0].Id], OirResponsible: null });
  });

  it("seeds the working group, bookings and attendance with person and task lookups", async () => {
    const sp = pnp(emu.sites.municipality, PL);
    const [member] = await sp.web.lists.getByTitle("Arbejdsgruppe").items.select("Title", "OirPersonId", "OirRoles", "OirWeeklyCapacity")<Record<string, unknown>[]>();
    expect(member).toMatchObject({ Title: "Pia Projektleder", OirPersonId: 21, OirRoles: "KY-projektleder\nYdelseschef", OirWeeklyCapacity: 18.5 });
    const [booking] = await sp.web.lists.getByTitle("Ressourcebookinger").items
      .select("OirPerson/EMail", "OirTask/OirCode", "OirWeek", "OirHours", "OirRole").expand("OirPerson", "OirTask")<Record<string, unknown>[]>();
    expect(booking).toMatchObject({ OirPerson: expect.objectContaining({ EMail: "so@testkommune.dk" }), OirTask: expect.objectContaining({ OirCode: "PL 90" }), OirWeek: "2027-02-28T23:00:00Z", OirHours: 6, OirRole: "systemansvarlig" });
    const [attendee] = await sp.web.lists.getByTitle("Webinardeltagelse").items.select("OirTask/OirCode", "OirPersonId").expand("OirTask")<Record<string, unknown>[]>();
    expect(attendee).toMatchObject({ OirTask: expect.objectContaining({ OirCode: "WEB 1" }), OirPersonId: 21 });
  });

  it("makes municipality users editors there and readers on KOMBIT's site", async () => {
    const me = await pnp(emu.sites.municipality, PL).web.currentUser();
    expect(me.Email).toBe(PL);
    const kombitUser = await pnp(emu.sites.municipality, "kpl@kombit.example").web.currentUser();
    expect(kombitUser.Id).toBe(23);
    const denied = await fetch(`${emu.sites.kombit}/_api/web/lists/getbytitle('Planer')/EffectiveBasePermissions`, { headers: { Accept: "application/json", "X-Emulator-User": PL } });
    expect(Number(((await denied.json()) as { Low: string }).Low) & 4).toBe(0);
  });
});
