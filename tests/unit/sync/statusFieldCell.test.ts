/**
 * @jest-environment jsdom
 */
/** The Udførelsesstatus field customizer's cell: icon and word, accessible name, not colour alone, no HTML from the list. */
import * as strings from "OirCommonStrings";
import { renderStatusCell, statusCellModel } from "../../../src/extensions/statusFieldCustomizer/statusCell";
import { glyphFontFamily, STATUS_GLYPHS } from "../../../src/extensions/statusFieldCustomizer/statusIconFont";

describe("status cell", () => {
  it.each([
    ["Ikke påbegyndt", "notStarted", "CircleRing", "Ikke påbegyndt"],
    ["Påbegyndt", "started", "CircleHalfFull", "Påbegyndt"],
    ["Fuldført", "completed", "CompletedSolid", "Fuldført"],
    ["", "notStarted", "CircleRing", "Ikke påbegyndt"]
  ])("%j → %s with icon %s and the word %s", (value, status, icon, text) => {
    const model = statusCellModel(value, strings);
    expect(model).toMatchObject({ status, icon, text, accessibleName: `Udførelsesstatus: ${text}` });
  });

  it("every status has its own icon and word (not colour alone)", () => {
    const models = ["Ikke påbegyndt", "Påbegyndt", "Fuldført"].map((v) => statusCellModel(v, strings));
    expect(new Set(models.map((m) => m.icon)).size).toBe(3);
    expect(new Set(models.map((m) => m.text)).size).toBe(3);
  });

  it("draws an image role with the accessible name, the icon hidden from screen readers and the word visible", () => {
    const cell = document.createElement("div");
    cell.innerHTML = "<b>old</b>";
    renderStatusCell(cell, statusCellModel("Påbegyndt", strings));
    const img = cell.querySelector("[role=img]") as HTMLElement;
    expect(img.getAttribute("aria-label")).toBe("Udførelsesstatus: Påbegyndt");
    expect(img.getAttribute("data-status")).toBe("started");
    expect(cell.querySelector("i")?.getAttribute("aria-hidden")).toBe("true");
    const icon = cell.querySelector("i") as HTMLElement;
    expect(icon.getAttribute("data-icon-name")).toBe("CircleHalfFull");
    // The glyph in the package's own font face, not a class of the page's Fabric CSS (a CDN font).
    expect(icon.textContent).toBe(STATUS_GLYPHS.CircleHalfFull.code);
    expect(icon.style.fontFamily).toBe(`"${glyphFontFamily(STATUS_GLYPHS.CircleHalfFull)}"`);
    expect(icon.className).toBe("");
    expect(img.querySelector("span")?.textContent).toBe("Påbegyndt");
    expect(cell.querySelector("b")).toBeNull();
  });

  it("an unknown value is shown as text, never as HTML", () => {
    const cell = document.createElement("div");
    renderStatusCell(cell, statusCellModel("<img src=x onerror=alert(1)>", strings));
    expect(cell.querySelector("img")).toBeNull();
    expect(cell.querySelector("[role=img] > span")?.textContent).toBe("<img src=x onerror=alert(1)>");
    expect(cell.querySelector("[role=img]")?.getAttribute("aria-label")).toBe("Udførelsesstatus: <img src=x onerror=alert(1)>");
  });
});

describe("status field customizer id", () => {
  it("the id ensureSchema associates with OirStatus is the customizer's manifest id", () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const manifest = require("../../../src/extensions/statusFieldCustomizer/StatusFieldCustomizer.manifest.json") as { id: string; extensionType: string };
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { STATUS_FIELD_CUSTOMIZER_ID } = require("../../../src/data/sync/ensureLocalLists") as { STATUS_FIELD_CUSTOMIZER_ID: string };
    expect(manifest.extensionType).toBe("FieldCustomizer");
    expect(STATUS_FIELD_CUSTOMIZER_ID).toBe(manifest.id);
  });
});
