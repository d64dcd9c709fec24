/**
 * "Opret lokal tidsplan" as the timeline web part runs it: ensureLocalLists with schema.json and
 * PLANER_PRESENTATION creates the missing Planer list and gives it the status presentation —
 * the view format on its default view, the column format and the status Field Customizer on
 * OirStatus — over real PnPjs against the emulator. Without a presentation nothing is attached.
 */
import "@pnp/sp/webs";
import "@pnp/sp/lists";
import "@pnp/sp/fields";
import "@pnp/sp/views";
import { createPnpRepositories } from "../../../src/data/pnp";
import { PLANER_STATUS_FORMAT, PLANER_STATUS_FORMAT_BASIC, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";
import { OIR_SCHEMA } from "../../../src/data/schema/oirSchema";
import { createLocalPlan } from "../../../src/data/sync";
import { ensureLocalLists, PLANER_PRESENTATION, STATUS_FIELD_CUSTOMIZER_ID } from "../../../src/data/sync/ensureLocalLists";
import { spFor, startTestEmulator, stopTestEmulator } from "../data/support";

jest.setTimeout(60000);

const WAVE = "KY - Bølge 5";
const EMPTY_GUID = "00000000-0000-0000-0000-000000000000";
const ONLINE = { sharePointOnline: true };

interface StatusFieldInfo { CustomFormatter: string | null; ClientSideComponentId: string }

let running: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
beforeAll(async () => {
  running = await startTestEmulator();
});
afterAll(() => stopTestEmulator(running));

async function presentationOf(listTitle: string): Promise<{ view: string; status: StatusFieldInfo }> {
  const list = spFor(running!.emu.sites.municipality).web.lists.getByTitle(listTitle);
  const view = await list.defaultView.select("CustomFormatter")<{ CustomFormatter: string }>();
  const status = await list.fields.getByInternalNameOrTitle("OirStatus").select("CustomFormatter", "ClientSideComponentId")<StatusFieldInfo>();
  return { view: view.CustomFormatter, status };
}

describe("ensureLocalLists with the Planer presentation", () => {
  it("creates the missing Planer list with the view format, the status column format and the Field Customizer, and the plan fills it", async () => {
    const emu = running!.emu;
    const lists = { localPlan: "Planer 2029" };
    const repos = createPnpRepositories({ kombitSp: spFor(emu.sites.kombit), municipalitySp: spFor(emu.sites.municipality), lists });
    let report: Awaited<ReturnType<typeof ensureLocalLists>> | undefined;
    const result = await createLocalPlan(repos, WAVE, async () => {
      // The Online web part says the site is on SharePoint Online (legacyPageContext.isSPO); the
      // emulator's host is 127.0.0.1, which the version alone cannot tell from Subscription Edition.
      report = await ensureLocalLists(spFor(emu.sites.municipality), OIR_SCHEMA, lists, PLANER_PRESENTATION, ONLINE);
      return report;
    });
    expect(result.createdLists).toEqual(["Planer 2029"]);
    expect(report!.presentationApplied).toEqual(["Planer 2029: view format", "Planer 2029: OirStatus format"]);

    const { view, status } = await presentationOf("Planer 2029");
    expect(JSON.parse(view)).toEqual(PLANER_VIEW_FORMAT);
    expect(status.ClientSideComponentId).toBe(STATUS_FIELD_CUSTOMIZER_ID);
    expect(JSON.parse(status.CustomFormatter!)).toEqual(PLANER_STATUS_FORMAT);
    expect((await repos.local.getRows()).length).toBe(result.added.length);
  });

  it("a second run creates nothing and leaves the presentation as it was", async () => {
    const lists = { localPlan: "Planer 2029" };
    const again = await ensureLocalLists(spFor(running!.emu.sites.municipality), OIR_SCHEMA, lists, PLANER_PRESENTATION, ONLINE);
    expect(again).toMatchObject({ ok: true, createdLists: [], createdFields: [] });
    const { view, status } = await presentationOf("Planer 2029");
    expect(JSON.parse(view)).toEqual(PLANER_VIEW_FORMAT);
    expect(status.ClientSideComponentId).toBe(STATUS_FIELD_CUSTOMIZER_ID);
  });

  it("without a presentation the list is created plain", async () => {
    const lists = { localPlan: "Planer 2030" };
    const report = await ensureLocalLists(spFor(running!.emu.sites.municipality), OIR_SCHEMA, lists);
    expect(report.createdLists).toEqual(["Planer 2030"]);
    expect(report.presentationApplied).toBeUndefined();
    const { view, status } = await presentationOf("Planer 2030");
    expect(view).toBe("");
    expect(status).toMatchObject({ CustomFormatter: null, ClientSideComponentId: EMPTY_GUID });
  });
});

describe("ensureLocalLists on SharePoint Server 2019 (emulator flavour sp2019)", () => {
  let farm: Awaited<ReturnType<typeof startTestEmulator>> | undefined;
  beforeAll(async () => {
    farm = await startTestEmulator({ flavor: "sp2019" });
  });
  afterAll(() => stopTestEmulator(farm));

  it("skips the view format, gives the status column the basic (v1) format, and says so in the report", async () => {
    const sp = spFor(farm!.emu.sites.municipality);
    const lists = { localPlan: "Planer 2031" };
    const report = await ensureLocalLists(sp, OIR_SCHEMA, lists, PLANER_PRESENTATION);
    expect(report.ok).toBe(true);
    expect(report.createdLists).toEqual(["Planer 2031"]);
    expect(report.farm).toMatchObject({ product: "server2019", capabilities: { viewFormatting: false, excelStyleColumnFormatting: false } });
    expect(report.presentationNotes).toEqual([{ kind: "viewFormatSkipped" }, { kind: "basicStatusFormat" }]);
    expect(report.presentationApplied).toEqual(["Planer 2031: OirStatus format"]);
    const list = sp.web.lists.getByTitle("Planer 2031");
    const view = await list.defaultView.select("CustomFormatter")<{ CustomFormatter: string }>();
    expect(view.CustomFormatter).toBe("");
    const status = await list.fields.getByInternalNameOrTitle("OirStatus").select("CustomFormatter", "ClientSideComponentId")<StatusFieldInfo>();
    expect(JSON.parse(status.CustomFormatter!)).toEqual(PLANER_STATUS_FORMAT_BASIC);
    expect(status.CustomFormatter).not.toMatch(/"=(?!=")/); // no Excel-style "=…" strings (the v1 operator "==" is fine)
    expect(status.ClientSideComponentId).toBe(STATUS_FIELD_CUSTOMIZER_ID);
    // What a SharePoint Server 2019 page shows: no view format to ignore, the status format applied.
    expect(farm!.emu.rendering("municipality", "Planer 2031")).toMatchObject({
      view: { formatted: false },
      fields: { OirStatus: { formatted: true, applied: true } }
    });
  });

  it("the Excel-style status format alone would show blanks on 2019 (why the basic one is applied)", async () => {
    const sp = spFor(farm!.emu.sites.municipality);
    await sp.web.lists.getByTitle("Planer 2031").fields.getByInternalNameOrTitle("OirStatus").update({ CustomFormatter: JSON.stringify(PLANER_STATUS_FORMAT) }, "SP.FieldChoice");
    expect(farm!.emu.rendering("municipality", "Planer 2031").fields.OirStatus).toMatchObject({ applied: false, reason: expect.stringContaining("blanks") });
  });
});
