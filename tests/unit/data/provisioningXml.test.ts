/**
 * The list provisioning files in sharepoint/assets are generated from schema.json and Planer's
 * status presentation (PLANER_PRESENTATION: formats and the Field Customizer); this test fails when they drift. Regenerate: OIR_WRITE_PROVISIONING=1 npx jest --selectProjects unit --testPathPatterns provisioningXml
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { fieldXml } from "../../../src/data/schema/fieldXml";
import { displayNamesOf, fieldsOf, ListSchema } from "../../../src/data/schema/listSchema";
import { provisioningFiles } from "../../../src/data/schema/provisioningXml";
import { PLANER_STATUS_FORMAT, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";
import { PLANER_PRESENTATION, STATUS_FIELD_CUSTOMIZER_ID } from "../../../src/data/sync/ensureLocalLists";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as ListSchema;

const ASSETS = path.join(__dirname, "..", "..", "..", "sharepoint", "assets");

/** A stable GUID per field name, so regenerating does not change the files. */
function idFor(name: string): string {
  const h = crypto.createHash("sha1").update(`oir-planner:${name}`).digest("hex");
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

const files = provisioningFiles(schema, idFor, PLANER_PRESENTATION);

function xmlUnescape(text: string): string {
  return text.replace(/&quot;/g, "\"").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

describe("provisioning files", () => {
  if (process.env.OIR_WRITE_PROVISIONING === "1") {
    for (const f of files) fs.writeFileSync(path.join(ASSETS, f.name), f.content, "utf8");
  }

  it.each(files.map((f) => [f.name, f.content]))("%s is up to date with schema.json", (name, content) => {
    expect(fs.readFileSync(path.join(ASSETS, name), "utf8")).toBe(content);
  });

  it("provision the municipality's lists, a lookup's target first, with every column, index and Danish name", () => {
    const elements = files[0].content;
    const order = [...elements.matchAll(/Title="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(["Planer", "Arbejdsgruppe", "Ressourcebookinger", "Webinardeltagelse"]);
    const planer = files.find((f) => f.name === "schema-localPlan.xml")!.content;
    const local = schema.lists.find((l) => l.key === "localPlan")!;
    for (const field of fieldsOf(schema, local).filter((f) => !f.builtIn)) {
      expect(planer).toContain(`Name="${field.internalName}" StaticName="${field.internalName}" DisplayName="${field.displayName}"`);
    }
    expect(planer).toMatch(/Name="OirStatus"[^>]*Indexed="TRUE"/);
    expect(planer).toMatch(/Name="OirPredecessors"[^>]*List="Self" ShowField="OirCode" Mult="TRUE"/);
    expect(files.find((f) => f.name === "schema-bookings.xml")!.content).toMatch(/Name="OirTask"[^>]*List="Lists\/Planer"/);
    expect(planer).toContain("<CHOICE>Ikke påbegyndt</CHOICE>");
  });

  it("field XML: DateOnly dates, people only, rich text, defaults", () => {
    const local = schema.lists.find((l) => l.key === "localPlan")!;
    const byName = new Map(fieldsOf(schema, local).map((f) => [f.internalName, f]));
    expect(fieldXml(byName.get("OirLocalStart")!)).toContain('Type="DateTime" Format="DateOnly"');
    expect(fieldXml(byName.get("OirResponsible")!)).toContain('UserSelectionMode="PeopleOnly"');
    expect(fieldXml(byName.get("OirDescription")!)).toContain('RichText="TRUE" RichTextMode="FullHtml"');
    expect(fieldXml(byName.get("OirStatus")!)).toContain("<Default>Ikke påbegyndt</Default>");
    expect(() => fieldXml(byName.get("OirPredecessors")!)).toThrow(/target list/);
    expect(displayNamesOf(schema).get("OirWeek")).toBe("Uge (mandag)");
  });

  it("Planer's OirStatus carries the status Field Customizer of the extension's manifest and the column format", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "../../../src/extensions/statusFieldCustomizer/StatusFieldCustomizer.manifest.json"), "utf8")) as { id: string };
    expect(STATUS_FIELD_CUSTOMIZER_ID).toBe(manifest.id);
    const planer = files.find((f) => f.name === "schema-localPlan.xml")!.content;
    const status = /<Field [^>]*Name="OirStatus"[^>]*>/.exec(planer)![0];
    expect(status).toContain(`ClientSideComponentId="${manifest.id}"`);
    expect(JSON.parse(xmlUnescape(/CustomFormatter="([^"]*)"/.exec(status)![1]))).toEqual(PLANER_STATUS_FORMAT);
    expect(planer.match(/ClientSideComponentId=/g)).toHaveLength(1);
  });

  it("Planer's default view has the view format as CustomFormatter; other lists have none", () => {
    const planer = files.find((f) => f.name === "schema-localPlan.xml")!.content;
    const view = /<View [^>]*DefaultView="TRUE"[^>]*>([\s\S]*?)<\/View>/.exec(planer)![1];
    expect(JSON.parse(xmlUnescape(/<CustomFormatter>([^<]*)<\/CustomFormatter>/.exec(view)![1]))).toEqual(PLANER_VIEW_FORMAT);
    for (const f of files.filter((f) => f.name !== "schema-localPlan.xml")) expect(f.content).not.toContain("CustomFormatter");
  });
});
