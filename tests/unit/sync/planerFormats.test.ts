/**
 * The Planer list's view format and status column format: the shipped JSON files equal their
 * source (OIR_WRITE_FORMATS=1 rewrites them); status shown by tint AND icon and word; late rows marked.
 */
import * as fs from "fs";
import * as path from "path";
import { PLANER_STATUS_FORMAT, PLANER_VIEW_FORMAT } from "../../../src/data/pnp/schema/planerFormats";

const ASSETS = path.join(__dirname, "../../../sharepoint/assets");
const FILES: [string, object][] = [
  ["planer-view-format.json", PLANER_VIEW_FORMAT],
  ["planer-status-format.json", PLANER_STATUS_FORMAT]
];

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
});
