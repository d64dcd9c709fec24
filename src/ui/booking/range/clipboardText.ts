/**
 * The text a copied range puts on the clipboard, in the form Excel reads and writes: cells
 * separated by tabs, rows ended by CRLF, hours with the user's decimal mark ("7,5" in Danish) and
 * nothing for an empty cell, as the grid shows it. Pasting reads the same form back
 * (parseClipboardBlock), so a range copied in the grid pastes into the grid unchanged. Pure.
 */
import { hoursForInput, parseClipboardBlock } from "../hoursText";

export function rangeAsClipboardText(values: readonly (readonly number[])[], danish: boolean): string {
  return values.map((line) => line.map((hours) => hoursForInput(hours, danish)).join("\t") + "\r\n").join("");
}

/** A pasted text as rows of cell texts; empty when there is nothing to paste. */
export function clipboardTextAsBlock(text: string): string[][] {
  return parseClipboardBlock(text);
}
