/**
 * The list provisioning files in sharepoint/assets are generated from schema.json; this test
 * fails when they drift. Regenerate: OIR_WRITE_PROVISIONING=1 npx jest --selectProjects unit --testPathPatterns provisioningXml
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { fieldXml } from "../../../src/data/schema/fieldXml";
import { displayNamesOf, fieldsOf, ListSchema } from "../../../src/data/schema/listSchema";
import { provisioningFiles } from "../../../src/data/schema/provisioningXml";
// eslint-disable-next-line @typescript-eslint/no-var-requires
const schema = require("../../../src/data/schema/schema.json") as ListSchema;

const ASSETS = path.join(__dirname, "..", "..", "..", "sharepoint", "assets");

/** A stable GUID per field name, so regenerating does not change the files. */
function idFor(name: string): string {
  const h = crypto.createHash("sha1").update(`oir-planner:${name}`).digest("hex");
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}}`;
}

const files = provisioningFiles(schema, idFor);

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
});
