/** Styles of PL 12's figures (ReadinessSummary), made once per theme (useTheme()). */
import { mergeStyleSets, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

export const getReadinessSummaryClassNames = classNamesPerTheme((theme: ITheme) =>
  mergeStyleSets({
    list: { display: "flex", flexWrap: "wrap", gap: "8px 24px", listStyle: "none", margin: 0, padding: 0 },
    item: { minWidth: 150 },
    label: { display: "block", fontSize: 12, color: theme.semanticColors.bodySubtext },
    value: { fontWeight: 600, fontVariantNumeric: "tabular-nums" },
    track: { height: 4, background: theme.palette.neutralLighter, marginTop: 2 },
    fill: { height: 4, background: theme.palette.themePrimary },
    note: { fontSize: 12, color: theme.semanticColors.bodySubtext },
    toggle: {
      display: "inline-flex",
      alignItems: "center",
      gap: 4,
      border: "none",
      background: "transparent",
      padding: 0,
      font: "inherit",
      fontWeight: 600,
      color: theme.palette.themeDark,
      cursor: "pointer",
      textAlign: "left",
      selectors: {
        ":hover": { textDecoration: "underline" },
        ":focus-visible": { outline: `2px solid ${theme.palette.black}`, outlineOffset: "1px" }
      }
    }
  })
);
