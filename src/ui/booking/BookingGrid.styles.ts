/** Styles of the booking grid: sticky header row and name column, fixed row height. */
import { hiddenContentStyle, mergeStyleSets, type IProcessedStyleSet, type IRawStyle, type IStyle, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

export const ROW_HEIGHT = 44;
export const HEADER_HEIGHT = 56;
export const NAME_WIDTH = 320;
export const WEEK_WIDTH = 80;
export const TOTAL_WIDTH = 96;
/** The scroller's height limit: the grid's rows scroll inside it. */
export const SCROLLER_MAX_HEIGHT = 600;

export interface BookingGridClassNames {
  scroller: IStyle;
  grid: IStyle;
  headerRow: IStyle;
  row: IStyle;
  corner: IStyle;
  columnHeader: IStyle;
  holiday: IStyle;
  rowHeader: IStyle;
  rowHeaderIndent: IStyle;
  subLine: IStyle;
  cell: IStyle;
  demandCell: IStyle;
  totalCell: IStyle;
  outside: IStyle;
  over: IStyle;
  suggested: IStyle;
  invalid: IStyle;
  flag: IStyle;
  status: IStyle;
  input: IStyle;
  headerButton: IStyle;
  focused: IStyle;
  firstLine: IStyle;
  help: IStyle;
  ellipsis: IStyle;
  suggestButton: IStyle;
  tag: IStyle;
  screenReaderOnly: IStyle;
}

/** The class names for a theme (useTheme()), made once per theme. */
export const getBookingGridClassNames: (theme: ITheme) => IProcessedStyleSet<BookingGridClassNames> = classNamesPerTheme(makeBookingGridClassNames);

function makeBookingGridClassNames(theme: ITheme): IProcessedStyleSet<BookingGridClassNames> {
  const { palette, semanticColors, fonts } = theme;
  const cellBase: IRawStyle = {
    boxSizing: "border-box",
    height: ROW_HEIGHT,
    width: WEEK_WIDTH,
    flex: "none",
    borderRight: `1px solid ${semanticColors.bodyDivider}`,
    borderBottom: `1px solid ${semanticColors.bodyDivider}`,
    padding: "2px 6px",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-end",
    justifyContent: "center",
    fontVariantNumeric: "tabular-nums",
    outline: "none",
    position: "relative",
    selectors: { ":focus": { outline: `2px solid ${palette.themePrimary}`, outlineOffset: "-2px" } }
  };
  return mergeStyleSets<BookingGridClassNames>({
    scroller: { overflow: "auto", maxHeight: SCROLLER_MAX_HEIGHT, border: `1px solid ${semanticColors.bodyDivider}`, position: "relative" },
    grid: { position: "relative", ...fonts.medium },
    headerRow: { display: "flex", position: "sticky", top: 0, zIndex: 3, background: semanticColors.bodyBackground, height: HEADER_HEIGHT },
    row: { display: "flex", position: "absolute", left: 0, height: ROW_HEIGHT },
    corner: [cellBase, { width: NAME_WIDTH, height: HEADER_HEIGHT, position: "sticky", left: 0, zIndex: 4, background: semanticColors.bodyBackground, alignItems: "flex-start", fontWeight: 600 }],
    columnHeader: [cellBase, { height: HEADER_HEIGHT, fontWeight: 600, alignItems: "center", textAlign: "center", ...fonts.small }],
    holiday: { background: palette.neutralLighter, color: palette.neutralPrimary },
    rowHeader: [
      cellBase,
      { width: NAME_WIDTH, position: "sticky", left: 0, zIndex: 2, background: semanticColors.bodyBackground, alignItems: "flex-start", overflow: "hidden", whiteSpace: "nowrap" }
    ],
    rowHeaderIndent: { paddingLeft: 32 },
    subLine: { ...fonts.small, color: semanticColors.bodySubtext, overflow: "hidden", textOverflow: "ellipsis", maxWidth: "100%" },
    cell: cellBase,
    demandCell: { background: palette.neutralLighterAlt, color: semanticColors.bodySubtext, fontStyle: "italic" },
    totalCell: { fontWeight: 600, width: TOTAL_WIDTH },
    outside: { background: `repeating-linear-gradient(135deg, transparent, transparent 6px, ${palette.neutralLighter} 6px, ${palette.neutralLighter} 8px)` },
    over: { background: "#fde7e9", color: palette.redDark, fontWeight: 600 },
    suggested: { border: `2px dashed ${palette.themePrimary}`, fontStyle: "italic", color: palette.themeDarkAlt },
    invalid: { border: `2px solid ${palette.redDark}` },
    flag: { ...fonts.small, display: "inline-flex", alignItems: "center", gap: 2, whiteSpace: "nowrap" },
    status: { ...fonts.small, color: semanticColors.bodySubtext },
    input: { width: "100%", boxSizing: "border-box", textAlign: "right", font: "inherit", padding: "2px 4px" },
    headerButton: {
      border: "none",
      background: "transparent",
      padding: 0,
      font: "inherit",
      cursor: "pointer",
      display: "inline-flex",
      alignItems: "center",
      gap: 4,
      color: "inherit",
      maxWidth: "100%",
      selectors: { ":focus": { outline: `2px solid ${palette.themePrimary}` } }
    },
    focused: {},
    help: { ...fonts.small, color: semanticColors.bodySubtext, margin: "4px 0 0" },
    firstLine: { display: "flex", alignItems: "center", gap: 6, width: "100%", minWidth: 0 },
    ellipsis: { flex: "1 1 auto", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis" },
    suggestButton: { flex: "none", color: palette.themePrimary, ...fonts.small },
    // Why a task row is there (ansvarlig/udfører): said in words, framed, not by colour.
    // First on the task's second line, whole (the code and title keep the first line).
    tag: {
      display: "inline-block",
      border: `1px solid ${semanticColors.bodySubtext}`,
      borderRadius: 2,
      padding: "0 4px",
      marginRight: 4,
      lineHeight: "14px",
      color: semanticColors.bodyText,
      whiteSpace: "nowrap"
    },
    screenReaderOnly: hiddenContentStyle
  });
}
