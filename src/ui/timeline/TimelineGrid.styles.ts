/** Styles of the timeline grid: sticky header and task column, bars, baseline, markers. */
import { mergeStyleSets, type IProcessedStyleSet, type IStyle, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

/** Row height in px (fixed, so virtualization is exact arithmetic). */
export const ROW_HEIGHT = 48;
/** Width of the task column in px. */
export const TASK_COLUMN_WIDTH = 360;
/** Height of the two header bands together. */
export const HEADER_HEIGHT = 48;
/** The scroller's max-height as a share of the window's height (CSS `vh`). */
const SCROLLER_MAX_VH = 70;
/** The scroller's border, top and bottom. */
const SCROLLER_BORDER = 1;

/**
 * The height the rows get in the scroller, from the window's height and the scroller's own
 * max-height, reading no layout: the grid's first render uses it, and the measurement after
 * the browser's layout corrects it where the page constrains the grid otherwise.
 */
export function estimatedRowsViewport(rowCount: number): number {
  if (typeof window === "undefined") return 0;
  const scroller = Math.min(Math.floor((window.innerHeight * SCROLLER_MAX_VH) / 100), HEADER_HEIGHT + rowCount * ROW_HEIGHT + 2 * SCROLLER_BORDER);
  return Math.max(0, scroller - 2 * SCROLLER_BORDER - HEADER_HEIGHT);
}

export interface TimelineGridClassNames {
  scroller: IStyle;
  unstuck: IStyle;
  printing: IStyle;
  header: IStyle;
  corner: IStyle;
  bands: IStyle;
  bandRow: IStyle;
  band: IStyle;
  body: IStyle;
  row: IStyle;
  groupRow: IStyle;
  taskCell: IStyle;
  groupButton: IStyle;
  taskTitle: IStyle;
  taskCode: IStyle;
  select: IStyle;
  taskMeta: IStyle;
  dates: IStyle;
  flag: IStyle;
  critical: IStyle;
  chartCell: IStyle;
  bar: IStyle;
  barCritical: IStyle;
  barCompleted: IStyle;
  barDragging: IStyle;
  handle: IStyle;
  handleStart: IStyle;
  handleEnd: IStyle;
  baseline: IStyle;
  milestone: IStyle;
  baselineMilestone: IStyle;
  variance: IStyle;
  line: IStyle;
  today: IStyle;
  goLive: IStyle;
  lineLabel: IStyle;
  dayOff: IStyle;
  arrows: IStyle;
  visuallyHidden: IStyle;
}

/**
 * The grid's class names for a theme (useTheme()), made once per theme: serializing ~40 rule sets
 * is a few milliseconds, which the grid's first render should not pay each time it mounts.
 */
export const getTimelineGridClassNames: (theme: ITheme) => IProcessedStyleSet<TimelineGridClassNames> = classNamesPerTheme(makeTimelineGridClassNames);

/**
 * The today and Go-Live labels sit on fixed accent colours (palette.orange, palette.magenta, the
 * same in every theme), so their text is white in every theme too: the theme's "white" is near
 * black in Teams dark and contrast, 2.7:1 on magenta.
 */
const MARKER_LABEL_TEXT = "#ffffff";

function makeTimelineGridClassNames(theme: ITheme): IProcessedStyleSet<TimelineGridClassNames> {
  const { palette, semanticColors, fonts } = theme;
  const divider = semanticColors.bodyDivider;
  const focus: IStyle = { selectors: { ":focus-visible": { outline: `2px solid ${palette.black}`, outlineOffset: "2px" } } };
  return mergeStyleSets<TimelineGridClassNames>({
    // The padding keeps a bar that takes the focus clear of the sticky header and task column.
    scroller: { position: "relative", overflow: "auto", scrollPaddingTop: HEADER_HEIGHT, scrollPaddingLeft: TASK_COLUMN_WIDTH, maxHeight: `${SCROLLER_MAX_VH}vh`, border: `${SCROLLER_BORDER}px solid ${divider}`, background: semanticColors.bodyBackground },
    // A scroller too narrow for a sticky task column (useStickyColumn): the column scrolls with the chart.
    unstuck: { scrollPaddingLeft: 0, selectors: { "& [role=rowheader], & [role=columnheader]": { position: "relative" } } },
    printing: { maxHeight: "none", overflow: "visible" },
    header: { position: "sticky", top: 0, zIndex: 3, display: "flex", height: HEADER_HEIGHT, background: semanticColors.bodyBackground, borderBottom: `1px solid ${divider}` },
    corner: { position: "sticky", left: 0, zIndex: 4, flex: `0 0 ${TASK_COLUMN_WIDTH}px`, boxSizing: "border-box", padding: "0 12px", display: "flex", alignItems: "flex-end", paddingBottom: 6, fontWeight: 600, color: semanticColors.bodySubtext, background: semanticColors.bodyBackground, borderRight: `1px solid ${divider}` },
    bands: { position: "relative", flex: "0 0 auto" },
    bandRow: { position: "relative", height: HEADER_HEIGHT / 2 },
    band: { position: "absolute", top: 0, bottom: 0, boxSizing: "border-box", borderLeft: `1px solid ${divider}`, padding: "4px 4px 0", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "clip", fontSize: fonts.small.fontSize, color: semanticColors.bodySubtext },
    body: { position: "relative" },
    row: { position: "absolute", left: 0, display: "flex", height: ROW_HEIGHT, boxSizing: "border-box", borderBottom: `1px solid ${divider}` },
    groupRow: { background: palette.neutralLighterAlt },
    taskCell: { position: "sticky", left: 0, zIndex: 2, flex: `0 0 ${TASK_COLUMN_WIDTH}px`, boxSizing: "border-box", padding: "4px 12px", background: "inherit", backgroundColor: semanticColors.bodyBackground, borderRight: `1px solid ${divider}`, overflow: "hidden", display: "flex", flexDirection: "column", justifyContent: "center", textAlign: "left", fontWeight: 400 },
    groupButton: [{ display: "flex", alignItems: "center", gap: 6, border: "none", background: "transparent", padding: 0, font: "inherit", fontWeight: 600, cursor: "pointer", color: semanticColors.bodyText }, focus],
    taskTitle: { whiteSpace: "nowrap", overflow: "hidden", textOverflow: "ellipsis" },
    taskCode: { fontWeight: 600, marginRight: 2 },
    select: { margin: "0 6px 0 0", verticalAlign: "middle" },
    taskMeta: { display: "flex", alignItems: "center", gap: 10, fontSize: fonts.small.fontSize, color: semanticColors.bodySubtext, whiteSpace: "nowrap", overflow: "hidden" },
    dates: { fontVariantNumeric: "tabular-nums" },
    flag: { color: palette.redDark, display: "inline-flex", alignItems: "center", gap: 2 },
    critical: { color: palette.red, display: "inline-flex", alignItems: "center", gap: 2, fontWeight: 600 },
    chartCell: { position: "relative", flex: "0 0 auto", height: "100%" },
    bar: [{ position: "absolute", top: 10, height: 18, boxSizing: "border-box", borderRadius: 3, background: palette.themePrimary, border: `1px solid ${palette.themeDark}`, cursor: "grab", padding: 0, touchAction: "none" }, focus],
    barCritical: { background: palette.red, borderColor: palette.redDark },
    barCompleted: { background: palette.green, borderColor: palette.greenDark },
    barDragging: { opacity: 0.75, cursor: "grabbing" },
    handle: [{ position: "absolute", top: 10, width: 8, height: 18, boxSizing: "border-box", background: palette.white, border: `1px solid ${palette.neutralSecondary}`, borderRadius: 2, cursor: "ew-resize", zIndex: 1, touchAction: "none" }, focus],
    handleStart: { marginLeft: -4 },
    handleEnd: { marginLeft: -4 },
    baseline: { position: "absolute", top: 33, height: 4, background: palette.neutralTertiary, borderRadius: 2, pointerEvents: "none" },
    milestone: [{ position: "absolute", top: 11, width: 14, height: 14, transform: "rotate(45deg)", background: palette.themeDarker, border: "none", padding: 0, cursor: "pointer", marginLeft: -7 }, focus],
    baselineMilestone: { position: "absolute", top: 31, width: 8, height: 8, transform: "rotate(45deg)", border: `1px solid ${palette.neutralTertiary}`, marginLeft: -4, pointerEvents: "none" },
    variance: { position: "absolute", top: 12, fontSize: fonts.small.fontSize, color: palette.neutralPrimary, whiteSpace: "nowrap", paddingLeft: 4, pointerEvents: "none" },
    line: { position: "absolute", top: 0, bottom: 0, width: 0, zIndex: 1, pointerEvents: "none" },
    today: { borderLeft: `2px solid ${palette.orange}` },
    goLive: { borderLeft: `2px dashed ${palette.magenta}` },
    lineLabel: { position: "sticky", top: HEADER_HEIGHT, display: "inline-block", padding: "0 4px", fontSize: fonts.xSmall.fontSize, color: MARKER_LABEL_TEXT, whiteSpace: "nowrap" },
    dayOff: { position: "absolute", top: 0, bottom: 0, background: palette.neutralLighter, pointerEvents: "none" },
    arrows: { position: "absolute", top: 0, left: 0, pointerEvents: "none", overflow: "visible", zIndex: 1 },
    visuallyHidden: { position: "absolute", width: 1, height: 1, margin: -1, padding: 0, overflow: "hidden", clip: "rect(0,0,0,0)", border: 0, whiteSpace: "nowrap" }
  });
}
