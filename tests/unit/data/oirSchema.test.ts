/**
 * src/data/schema/schema.json is the only copy of the list schema: src imports it (webpack
 * bundles it), the emulator, the provisioning generator and the tests read the same file.
 */
import * as fs from "fs";
import * as path from "path";
import { OIR_DISPLAY_NAMES, OIR_SCHEMA } from "../../../src/data/schema/oirSchema";

const ROOT = path.join(__dirname, "..", "..", "..");

describe("the list schema module", () => {
  it("holds every list of schema.json with its fields", () => {
    const raw = JSON.parse(fs.readFileSync(path.join(ROOT, "src/data/schema/schema.json"), "utf8")) as { lists: { key: string; fields: unknown[] }[] };
    expect(OIR_SCHEMA.lists.map((l) => l.key)).toEqual(raw.lists.map((l) => l.key));
    expect(OIR_SCHEMA.lists.map((l) => l.fields.length)).toEqual(raw.lists.map((l) => l.fields.length));
    expect(OIR_SCHEMA.prefix).toBe("Oir");
  });

  it("names columns in Danish by internal name", () => {
    expect(OIR_DISPLAY_NAMES.get("OirStatus")).toBe("Udførelsesstatus");
    expect(OIR_DISPLAY_NAMES.get("OirWeek")).toBe("Uge (mandag)");
  });

  it("is not duplicated in sharepoint/assets (one copy, no drift)", () => {
    expect(fs.existsSync(path.join(ROOT, "sharepoint/assets/schema.json"))).toBe(false);
  });
});
