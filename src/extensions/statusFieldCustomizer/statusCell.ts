/**
 * What the Udførelsesstatus cell shows, without SPFx: an icon AND the status word (never colour
 * alone), with an accessible name "Udførelsesstatus: Påbegyndt". Built as plain DOM nodes with
 * textContent (the value comes from the list: never parsed as HTML).
 */
import type { TaskStatus } from "../../domain/model";
import { STATUS_CHOICES } from "../../data/mappers/fieldValues";
import { formatText } from "../../ui/common/format";
import { STATUS_ICON } from "../../ui/common/statusIcons";
import { glyphFontFamily, STATUS_GLYPHS, type StatusGlyphName } from "./statusIconFont";

export interface StatusCellStrings {
  StatusNotStarted: string;
  StatusStarted: string;
  StatusCompleted: string;
  /** "Udførelsesstatus: {0}" */
  StatusFieldLabel: string;
  StatusFieldUnknown: string;
}

export interface StatusCellModel {
  status: TaskStatus | undefined;
  /** Fluent UI (MDL2) icon name, drawn from the package's own font (./statusIconFont). */
  icon: StatusGlyphName;
  text: string;
  accessibleName: string;
  color: string;
}

const VIEW: Record<TaskStatus, { icon: StatusGlyphName; color: string; key: keyof StatusCellStrings }> = {
  notStarted: { icon: STATUS_ICON.notStarted, color: "#605e5c", key: "StatusNotStarted" },
  started: { icon: STATUS_ICON.started, color: "#0078d4", key: "StatusStarted" },
  completed: { icon: STATUS_ICON.completed, color: "#107c10", key: "StatusCompleted" }
};

/** The list's choice value ("Påbegyndt") → the cell. Empty is "Ikke påbegyndt" (the column default); an unknown value is shown as it is. */
export function statusCellModel(value: unknown, strings: StatusCellStrings): StatusCellModel {
  const raw = typeof value === "string" ? value.trim() : "";
  const status =
    raw === ""
      ? "notStarted"
      : (Object.keys(STATUS_CHOICES) as TaskStatus[]).find((s) => STATUS_CHOICES[s].toLocaleLowerCase("da-DK") === raw.toLocaleLowerCase("da-DK"));
  if (!status) {
    return { status: undefined, icon: "Unknown", text: raw, accessibleName: formatText(strings.StatusFieldLabel, raw || strings.StatusFieldUnknown), color: "#a4262c" };
  }
  const view = VIEW[status];
  const text = strings[view.key];
  return { status, icon: view.icon, text, accessibleName: formatText(strings.StatusFieldLabel, text), color: view.color };
}

/**
 * Fills the cell: icon (hidden from screen readers) + word; the accessible name on the whole.
 * The glyph's font comes from ensureStatusIconFonts (called once by the customizer).
 */
export function renderStatusCell(element: HTMLElement, model: StatusCellModel): void {
  const doc = element.ownerDocument;
  while (element.firstChild) element.removeChild(element.firstChild);
  const wrapper = doc.createElement("span");
  wrapper.setAttribute("role", "img");
  wrapper.setAttribute("aria-label", model.accessibleName);
  wrapper.title = model.accessibleName;
  wrapper.style.display = "inline-flex";
  wrapper.style.alignItems = "center";
  wrapper.style.gap = "6px";
  if (model.status) wrapper.setAttribute("data-status", model.status);
  const glyph = STATUS_GLYPHS[model.icon];
  const icon = doc.createElement("i");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("data-icon-name", model.icon);
  icon.textContent = glyph.code;
  icon.style.fontFamily = `"${glyphFontFamily(glyph)}"`;
  icon.style.fontStyle = "normal";
  icon.style.fontWeight = "normal";
  icon.style.lineHeight = "1";
  icon.style.color = model.color;
  const text = doc.createElement("span");
  text.textContent = model.text;
  wrapper.appendChild(icon);
  wrapper.appendChild(text);
  element.appendChild(wrapper);
}
