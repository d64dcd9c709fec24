/**
 * The Planer list's view format and status column format: the shipped JSON files equal their
 * source (OIR_WRITE_FORMATS=1 rewrites them); status shown by tint AND icon and word; late rows
 * marked. The basic (v1) status format for SharePoint Server 2019 is evaluated here the way the v1
 * syntax defines it, per status, to show it gives the same icon, word and accessible name.
 */
import * as fs from "fs";
import * as path from "path";
import { PLANER_STATUS_FORMAT, PLANER_STATUS_FORMAT_BASIC, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";
import { evaluateAst, renderFormat, stringsOf, type Row } from "./formatAst";

const ASSETS = path.join(__dirname, "../../../sharepoint/assets");
const FILES: [string, object][] = [
  ["planer-view-format.json", PLANER_VIEW_FORMAT],
  ["planer-status-format.json", PLANER_STATUS_FORMAT],
  ["planer-status-format-v1.json", PLANER_STATUS_FORMAT_BASIC]
];

const DAY = 86400000;
const NOW = Date.UTC(2027, 9, 4, 10);

describe("Planer formats", () => {
  it.each(FILES)("sharepoint/assets/%s equals its source", (name, source) => {
    const file = path.join(ASSETS, name);
    const text = `${JSON.stringify(source, null, 2)}\n`;
    if (process.env.OIR_WRITE_FORMATS === "1") fs.writeFileSync(file, text);
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  });

  it("the view tints rows by status and marks late ones (local end passed, not Fuldført)", () => {
    const rowClass = PLANER_VIEW_FORMAT.additionalRowClass;
    expect(rowClass).toMatch(/^=/);
    expect(rowClass).toContain("[$OirStatus] == 'Fuldført', 'sp-field-severity--good'");
    expect(rowClass).toContain("[$OirStatus] == 'Påbegyndt', 'sp-field-severity--low'");
    expect(rowClass).toMatch(/\[\$OirLocalEnd\].*@now.*\[\$OirStatus\] != 'Fuldført', 'sp-field-severity--blocked'/);
  });

  it("the status column shows an icon per status and the word, with an accessible name; late rows say Forsinket", () => {
    const json = JSON.stringify(PLANER_STATUS_FORMAT);
    for (const icon of ["CompletedSolid", "CircleHalfFull", "CircleRing"]) expect(json).toContain(`'${icon}'`);
    expect(PLANER_STATUS_FORMAT.attributes["aria-label"]).toContain("'Udførelsesstatus: '");
    expect(PLANER_STATUS_FORMAT.children[0].attributes["aria-hidden"]).toBe("true");
    expect(PLANER_STATUS_FORMAT.children[1].txtContent).toContain("[$OirStatus]");
    expect(json).toContain("\"txtContent\":\"Forsinket\"");
  });

  describe("the basic (v1) status format for farms without Excel-style expressions", () => {
    it("uses the v1 schema, no Excel-style (=) strings, and only v1 operators and documented style names", () => {
      expect(PLANER_STATUS_FORMAT_BASIC.$schema).toBe("https://developer.microsoft.com/json-schemas/sp/v1/column-formatting.schema.json");
      expect(stringsOf(PLANER_STATUS_FORMAT_BASIC).filter((s) => s.trim().startsWith("="))).toEqual([]);
      const json = JSON.stringify(PLANER_STATUS_FORMAT_BASIC);
      const operators = new Set([...json.matchAll(/"operator":"([^"]+)"/g)].map((m) => m[1]));
      const v1 = ["+", "-", "/", "*", "<", ">", "<=", ">=", "==", "!=", "||", "&&", "?", ":", "toString()", "Number()", "Date()", "cos", "sin", "toLocaleString()", "toLocaleDateString()", "toLocaleTimeString()"];
      expect([...operators].filter((o) => !v1.includes(o))).toEqual([]);
      expect(json).not.toContain("\"gap\"");
    });

    it.each([
      ["", "CircleRing", "Ikke påbegyndt"],
      ["Påbegyndt", "CircleHalfFull", "Påbegyndt"],
      ["Fuldført", "CompletedSolid", "Fuldført"]
    ])("status '%s' shows the icon %s and the word %s, with an accessible name", (status, icon, word) => {
      const shown = renderFormat(PLANER_STATUS_FORMAT_BASIC, { OirStatus: status, OirLocalEnd: null }, NOW);
      expect(shown.icons).toEqual([icon]);
      expect(shown.text).toBe(word);
      expect(shown.label).toBe(`Udførelsesstatus: ${word}`);
    });

    it("a row whose local end has passed and is not Fuldført says Forsinket with a warning icon, in words and name", () => {
      const late: Row = { OirStatus: "Påbegyndt", OirLocalEnd: NOW - 2 * DAY };
      const shown = renderFormat(PLANER_STATUS_FORMAT_BASIC, late, NOW);
      expect(shown.icons).toEqual(["CircleHalfFull", "Warning"]);
      expect(shown.text).toBe("Påbegyndt Forsinket");
      expect(shown.label).toBe("Udførelsesstatus: Påbegyndt, forsinket");
      // The end day itself is not late yet, and a completed task never is.
      expect(renderFormat(PLANER_STATUS_FORMAT_BASIC, { OirStatus: "Påbegyndt", OirLocalEnd: NOW - DAY / 2 }, NOW).label).toBe("Udførelsesstatus: Påbegyndt");
      expect(renderFormat(PLANER_STATUS_FORMAT_BASIC, { OirStatus: "Fuldført", OirLocalEnd: NOW - 9 * DAY }, NOW).label).toBe("Udførelsesstatus: Fuldført");
    });

    it("the evaluator is the v1 semantics: Number() of an empty date is 0, ? picks the branch", () => {
      expect(evaluateAst({ operator: "Number()", operands: ["[$OirLocalEnd]"] }, { OirStatus: "", OirLocalEnd: null }, NOW)).toBe(0);
      expect(evaluateAst({ operator: "?", operands: [{ operator: "==", operands: ["[$OirStatus]", ""] }, "a", "b"] }, { OirStatus: "", OirLocalEnd: null }, NOW)).toBe("a");
    });
  });
});
