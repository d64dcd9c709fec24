/** Styles of the booking root. */
import { mergeStyleSets, type IProcessedStyleSet, type IStyle, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

export interface BookingRootClassNames {
  root: IStyle;
  title: IStyle;
  subtitle: IStyle;
  scroller: IStyle;
  table: IStyle;
  headCell: IStyle;
  cell: IStyle;
  numberCell: IStyle;
  overbooked: IStyle;
  weekSub: IStyle;
}

/** The class names for a theme (useTheme()), made once per theme. */
export const getBookingRootClassNames: (theme: ITheme) => IProcessedStyleSet<BookingRootClassNames> = classNamesPerTheme(makeBookingRootClassNames);

function makeBookingRootClassNames(theme: ITheme): IProcessedStyleSet<BookingRootClassNames> {
  const { palette, semanticColors, fonts } = theme;
  const cellBase: IStyle = { padding: "6px 8px", borderBottom: `1px solid ${semanticColors.bodyDivider}`, textAlign: "left", verticalAlign: "top" };
  return mergeStyleSets<BookingRootClassNames>({
    root: { ...fonts.medium, color: semanticColors.bodyText, display: "flex", flexDirection: "column", gap: 12, minWidth: 0 },
    title: { ...fonts.xLarge, margin: 0, fontWeight: 600 },
    subtitle: { ...fonts.large, margin: 0, fontWeight: 600 },
    scroller: { overflowX: "auto", maxWidth: "100%" },
    table: { borderCollapse: "collapse" },
    headCell: { ...cellBase, fontWeight: 600, color: semanticColors.bodySubtext, whiteSpace: "nowrap" },
    cell: cellBase,
    numberCell: [cellBase, { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }],
    overbooked: { color: palette.redDark, fontWeight: 600 },
    weekSub: { display: "block", fontWeight: 400, fontSize: fonts.small.fontSize }
  });
}
