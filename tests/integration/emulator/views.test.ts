/**
 * What SharePoint Online does with list and column presentation: a list's DefaultView (GET, MERGE
 * of CustomFormatter) and a field's CustomFormatter, ClientSideComponentId and
 * ClientSideComponentProperties, kept across reads (empty GUID / null while unset).
 */
import "@pnp/sp/fields";
import "@pnp/sp/views";
import { Emulator, pnp, READER, startTestEmulator, statusOf } from "./support";

interface ViewInfo { Title: string; DefaultView: boolean; CustomFormatter: string }
interface FieldPresentation { CustomFormatter: string | null; ClientSideComponentId: string; ClientSideComponentProperties: string | null }

const FORMAT = JSON.stringify({ additionalRowClass: "=if([$OirStatus] == 'Fuldført', 'sp-field-severity--good', '')" });
const CUSTOMIZER = "ee691db6-68d2-416b-81c5-9b4476ce921f";

describe("emulator presentation endpoints", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it("a list's default view has no format until one is merged, then returns it", async () => {
    const planer = pnp(emu.sites.municipality).web.lists.getByTitle("Planer");
    expect(await planer.defaultView<ViewInfo>()).toMatchObject({ Title: "Alle elementer", DefaultView: true, CustomFormatter: "" });
    await planer.defaultView.update({ CustomFormatter: FORMAT });
    expect((await planer.defaultView.select("CustomFormatter")<ViewInfo>()).CustomFormatter).toBe(FORMAT);
    // Another list's view is its own.
    expect((await pnp(emu.sites.municipality).web.lists.getByTitle("Arbejdsgruppe").defaultView<ViewInfo>()).CustomFormatter).toBe("");
  });

  it("a view refuses a property it does not have, and a reader's MERGE", async () => {
    const planer = pnp(emu.sites.municipality).web.lists.getByTitle("Planer");
    // A property SP.View does not have (PnPjs's types refuse it too, so it goes in untyped).
    const unknown = await statusOf(planer.defaultView.update({ Colour: "red" } as Record<string, unknown>));
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain("The property 'Colour' does not exist on type 'SP.View'");
    const reader = await statusOf(pnp(emu.sites.municipality, READER).web.lists.getByTitle("Planer").defaultView.update({ CustomFormatter: "" }));
    expect(reader.status).toBe(403);
    expect((await planer.defaultView<ViewInfo>()).CustomFormatter).toBe(FORMAT);
  });

  it("a field keeps CustomFormatter, ClientSideComponentId and its properties; unset reads as null and the empty GUID", async () => {
    const fields = pnp(emu.sites.municipality).web.lists.getByTitle("Planer").fields;
    const before = await fields.getByInternalNameOrTitle("OirStatus")<FieldPresentation>();
    expect(before).toMatchObject({ CustomFormatter: null, ClientSideComponentId: "00000000-0000-0000-0000-000000000000", ClientSideComponentProperties: null });

    await fields.getByInternalNameOrTitle("OirStatus").update(
      { CustomFormatter: "{\"elmType\":\"div\"}", ClientSideComponentId: `{${CUSTOMIZER.toUpperCase()}}`, ClientSideComponentProperties: "{\"late\":true}" },
      "SP.FieldChoice"
    );
    const after = await fields.getByInternalNameOrTitle("OirStatus").select("CustomFormatter", "ClientSideComponentId", "ClientSideComponentProperties")<FieldPresentation>();
    expect(after).toEqual(expect.objectContaining({ CustomFormatter: "{\"elmType\":\"div\"}", ClientSideComponentId: CUSTOMIZER, ClientSideComponentProperties: "{\"late\":true}" }));
    // Other columns are untouched.
    expect((await fields.getByInternalNameOrTitle("OirNote")<FieldPresentation>()).ClientSideComponentId).toBe("00000000-0000-0000-0000-000000000000");
  });

  it("a ClientSideComponentId that is not a GUID is refused as Edm.Guid", async () => {
    const field = pnp(emu.sites.municipality).web.lists.getByTitle("Planer").fields.getByInternalNameOrTitle("OirStatus");
    const failure = await statusOf(field.update({ ClientSideComponentId: "StatusFieldCustomizer" }, "SP.FieldChoice"));
    expect(failure.status).toBe(400);
    expect(failure.text).toContain("Edm.Guid");
  });

  it("createFieldAsXml takes ClientSideComponentId and CustomFormatter from the SchemaXml", async () => {
    const list = pnp(emu.sites.municipality).web.lists.getByTitle("Arbejdsgruppe");
    await list.fields.createFieldAsXml({
      SchemaXml: `<Field Name="OirTest" StaticName="OirTest" DisplayName="Test" Type="Text" ClientSideComponentId="${CUSTOMIZER}" CustomFormatter="{&quot;elmType&quot;:&quot;span&quot;}" />`,
      Options: 8
    });
    const created = await list.fields.getByInternalNameOrTitle("OirTest")<FieldPresentation>();
    expect(created).toMatchObject({ ClientSideComponentId: CUSTOMIZER, CustomFormatter: "{\"elmType\":\"span\"}" });
  });
});
