/** Styles of the timeline root (Fluent merge-styles, theme-aware through the semantic colours). */
import { mergeStyleSets, type IProcessedStyleSet, type IStyle, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

export interface TimelineRootClassNames {
  root: IStyle;
  header: IStyle;
  title: IStyle;
  meta: IStyle;
}

/** The class names for a theme (useTheme()), made once per theme. */
export const getTimelineRootClassNames: (theme: ITheme) => IProcessedStyleSet<TimelineRootClassNames> = classNamesPerTheme(makeTimelineRootClassNames);

function makeTimelineRootClassNames(theme: ITheme): IProcessedStyleSet<TimelineRootClassNames> {
  const { semanticColors, fonts } = theme;
  return mergeStyleSets<TimelineRootClassNames>({
    root: { ...fonts.medium, color: semanticColors.bodyText, display: "flex", flexDirection: "column", gap: 12, minWidth: 0 },
    header: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: 16 },
    title: { ...fonts.xLarge, margin: 0, fontWeight: 600 },
    meta: { color: semanticColors.bodySubtext, paddingBottom: 6 }
  });
}
