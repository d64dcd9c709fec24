/**
 * What a runtime ensureSchema needs: lists and fields as SharePoint describes them, 404 for a
 * missing list or column naming it, list creation (POST /lists) and field creation through the
 * three PnPjs routes (fields.add* in verbose, addField, createFieldAsXml — where SharePoint takes
 * the internal name from DisplayName unless Options has AddFieldInternalNameHint).
 */
import "@pnp/sp/fields";
import { Emulator, pnp, startTestEmulator, statusOf } from "./support";

interface FieldInfo { InternalName: string; Title: string; TypeAsString: string; Indexed: boolean; Choices?: string[]; DisplayFormat?: number; LookupList?: string }

describe("emulator schema endpoints", () => {
  let emu: Emulator;
  beforeAll(async () => { emu = await startTestEmulator(); });
  afterAll(async () => { await emu.close(); });

  it("describes the provisioned lists and their fields from schema.json", async () => {
    const web = pnp(emu.sites.municipality).web;
    const lists = await web.lists.select("Title", "ItemCount", "ListItemEntityTypeFullName")<{ Title: string; ItemCount: number; ListItemEntityTypeFullName: string }[]>();
    expect(lists.map((l) => l.Title).sort()).toEqual(["Arbejdsgruppe", "Planer", "Ressourcebookinger", "Webinardeltagelse"]);
    expect(lists.find((l) => l.Title === "Planer")!.ListItemEntityTypeFullName).toBe("SP.Data.PlanerListItem");
    const fields = await web.lists.getByTitle("Planer").fields.filter("Hidden eq false")<FieldInfo[]>();
    const status = fields.find((f) => f.InternalName === "OirStatus")!;
    expect(status).toMatchObject({ Title: "Udførelsesstatus", TypeAsString: "Choice", Indexed: true, Choices: ["Ikke påbegyndt", "Påbegyndt", "Fuldført"] });
    expect(fields.find((f) => f.InternalName === "OirLocalStart")).toMatchObject({ TypeAsString: "DateTime", DisplayFormat: 0 });
    // localPlan copies every masterPlan field.
    expect(fields.some((f) => f.InternalName === "OirDescription")).toBe(true);
    const kombitWaves = await pnp(emu.sites.kombit).web.lists.getByTitle("Bølger").select("ListItemEntityTypeFullName")<{ ListItemEntityTypeFullName: string }>();
    expect(kombitWaves.ListItemEntityTypeFullName).toBe("SP.Data.B_x00f8_lgerListItem");
  });

  it("names a missing column in its 400", async () => {
    const failure = await statusOf(pnp(emu.sites.municipality).web.lists.getByTitle("Planer").fields.getByInternalNameOrTitle("OirMissing")());
    expect(failure.status).toBe(400);
    expect(failure.text).toContain("Column 'OirMissing' does not exist.");
  });

  it("creates a list and fields the way ensureSchema would", async () => {
    const web = pnp(emu.sites.municipality).web;
    const created = await web.lists.add("Testliste", "Til test", 100, false);
    expect(created.Title).toBe("Testliste");
    const ensured = await web.lists.ensure("Testliste");
    expect(ensured.created).toBe(false);
    const fields = web.lists.getByTitle("Testliste").fields;

    const text = await fields.addText("Lokal note", { MaxLength: 255 });
    expect(text.InternalName).toBe("Lokal_x0020_note");
    const date = await fields.addDateTime("Uge start");
    expect((date as { DisplayFormat?: number }).DisplayFormat).toBe(0);
    const choice = await fields.addChoice("Status", { Choices: ["A", "B"] });
    expect(choice.TypeAsString).toBe("Choice");

    const planer = await web.lists.getByTitle("Planer").select("Id")<{ Id: string }>();
    const lookup = await fields.addLookup("Opgave", { LookupListId: planer.Id, LookupFieldName: "OirCode" });
    expect(lookup.TypeAsString).toBe("Lookup");

    // Without AddFieldInternalNameHint SharePoint ignores Name and derives it from DisplayName.
    const derived = await fields.createFieldAsXml(`<Field Type="Number" Name="OirHours" StaticName="OirHours" DisplayName="Timer pr uge" />`);
    expect(derived.InternalName).toBe("Timer_x0020_pr_x0020_uge");
    const named = await fields.createFieldAsXml({ SchemaXml: `<Field Type="Text" Name="OirCode" StaticName="OirCode" DisplayName="Opgavekode" Indexed="TRUE" />`, Options: 8 });
    expect(named.InternalName).toBe("OirCode");
    expect(named.Indexed).toBe(true);

    await web.lists.getByTitle("Testliste").fields.getByInternalNameOrTitle("Lokal_x0020_note").update({ Indexed: true }, "SP.FieldText");
    const updated = await web.lists.getByTitle("Testliste").fields.getByInternalNameOrTitle("Lokal note")<FieldInfo>();
    expect(updated.Indexed).toBe(true);

    const item = await web.lists.getByTitle("Testliste").items.add({ Title: "x", OirCode: "PL 12", Lokal_x0020_note: "hej", OpgaveId: 1 });
    expect(item.OirCode).toBe("PL 12");
    expect(item.OpgaveId).toBe(1);
  });

  it("refuses list creation by a reader", async () => {
    const failure = await statusOf(pnp(emu.sites.municipality, "henrik.vestergaard@kombit.example").web.lists.add("Må ikke"));
    expect(failure.status).toBe(403);
  });
});
