/** The look of a selected range: a blue wash over whatever the cell shows (over-allocation, holiday). */
import { mergeStyles } from "@fluentui/react";

export const selectedCellClass = mergeStyles({
  backgroundImage: "linear-gradient(rgba(0, 120, 212, 0.16), rgba(0, 120, 212, 0.16))",
  boxShadow: "inset 0 0 0 1px rgba(0, 90, 158, 0.45)",
  selectors: {
    // Windows high contrast drops backgrounds: the selection shows as the system's highlight there.
    "@media (forced-colors: active)": { backgroundImage: "none", backgroundColor: "Highlight", color: "HighlightText", forcedColorAdjust: "none" }
  }
});

/** The status line under the grid that tells what is selected or copied. */
export const selectionStatusClass = mergeStyles({ minHeight: "1.4em", margin: "4px 0 0", fontSize: 12 });
