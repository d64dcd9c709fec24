/** Styles of the timeline root (Fluent merge-styles, theme-aware through the semantic colours). */
import { getTheme, mergeStyleSets, type IProcessedStyleSet, type IStyle } from "@fluentui/react";

export interface TimelineRootClassNames {
  root: IStyle;
  header: IStyle;
  title: IStyle;
  meta: IStyle;
}

export function getTimelineRootClassNames(): IProcessedStyleSet<TimelineRootClassNames> {
  const { semanticColors, fonts } = getTheme();
  return mergeStyleSets<TimelineRootClassNames>({
    root: { ...fonts.medium, color: semanticColors.bodyText, display: "flex", flexDirection: "column", gap: 12, minWidth: 0 },
    header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: 16 },
    title: { ...fonts.xLarge, margin: 0, fontWeight: 600 },
    meta: { color: semanticColors.bodySubtext, paddingBottom: 6 }
  });
}
