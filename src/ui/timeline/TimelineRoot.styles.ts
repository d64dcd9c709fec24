/** Styles of the timeline root (Fluent merge-styles, theme-aware through the semantic colours). */
import { getTheme, mergeStyleSets, type IProcessedStyleSet, type IStyle } from "@fluentui/react";

export interface TimelineRootClassNames {
  root: IStyle;
  header: IStyle;
  title: IStyle;
  meta: IStyle;
  table: IStyle;
  headCell: IStyle;
  cell: IStyle;
  codeCell: IStyle;
  dateCell: IStyle;
  marker: IStyle;
  localDate: IStyle;
}

export function getTimelineRootClassNames(): IProcessedStyleSet<TimelineRootClassNames> {
  const { palette, semanticColors, fonts } = getTheme();
  const cellBase: IStyle = {
    padding: "6px 8px",
    borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    textAlign: "left",
    verticalAlign: "top"
  };
  return mergeStyleSets<TimelineRootClassNames>({
    root: { ...fonts.medium, color: semanticColors.bodyText, display: "flex", flexDirection: "column", gap: 12, minWidth: 0 },
    header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: 16 },
    title: { ...fonts.xLarge, margin: 0, fontWeight: 600 },
    meta: { color: semanticColors.bodySubtext, paddingBottom: 6 },
    table: { borderCollapse: "collapse", width: "100%" },
    headCell: { ...cellBase, fontWeight: 600, color: semanticColors.bodySubtext, whiteSpace: "nowrap", position: "sticky", top: 0, background: semanticColors.bodyBackground },
    cell: cellBase,
    codeCell: [cellBase, { whiteSpace: "nowrap", fontWeight: 600 }],
    dateCell: [cellBase, { whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" }],
    marker: { marginLeft: 8, color: palette.red, whiteSpace: "nowrap", fontSize: fonts.small.fontSize },
    localDate: { color: palette.themePrimary, fontWeight: 600 }
  });
}
