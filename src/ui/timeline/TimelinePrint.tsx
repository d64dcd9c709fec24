/**
 * The timeline's print view (Udskriv, or the browser's own print): the timeline only, on an A3
 * landscape page, with a header line instead of the controls. The rules below are in the page
 * whenever a timeline is, so every way of printing gets them:
 * - everything on the page that neither holds nor is inside a timeline is left out (the booking
 *   web part, other web parts, the suite bar, open panels and dialogs); the timeline's ancestors
 *   lose their padding, fixed heights and scrolling, so the timeline starts at the page's top
 *   left and runs over as many pages as it needs. `:has()` is Selectors Level 4 (Chromium 105,
 *   Safari 15.4, Firefox 121); a browser without it drops that rule and prints the whole page;
 * - inside the timeline, what is marked data-oir-noprint (command bar, filters, notices, the
 *   on-screen header) and the grid's controls (selection boxes, resize handles) are left out,
 *   and what is marked data-oir-print-only (the header line) is shown;
 * - bars and markers keep their colours (print-color-adjust), which browsers otherwise drop.
 * The grid itself is fitted to PRINT_CHART_WIDTH by TimelineRoot (usePrintMedia, fitTimeScale).
 */
import * as React from "react";
import { mergeStyleSets, useTheme, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";
import * as strings from "OirTimelineWebPartStrings";
import { dateInTimeZone } from "../../domain/isoDate";
import type { Wave } from "../../domain/model";
import { formatDate, formatText } from "../common/format";
import { TASK_COLUMN_WIDTH } from "./TimelineGrid.styles";

/** A3 landscape (ISO 216) with 10 mm margins all round. */
const PAGE_WIDTH_MM = 420;
const PAGE_MARGIN_MM = 10;

/** The printable width in CSS px (96 px to the inch, 25.4 mm to the inch), rounded down. */
export const PRINT_WIDTH = Math.floor(((PAGE_WIDTH_MM - 2 * PAGE_MARGIN_MM) / 25.4) * 96);

/** The chart's width in print: the printable width less the task column and the grid's borders, with room for rounding. */
export const PRINT_CHART_WIDTH = PRINT_WIDTH - TASK_COLUMN_WIDTH - 8;

const ROOT = "[data-oir-print-root]";

export const PRINT_CSS = [
  `@page { size: A3 landscape; margin: ${PAGE_MARGIN_MM}mm; }`,
  "[data-oir-print-only] { display: none; }",
  "@media print {",
  `  body *:not(${ROOT}):not(${ROOT} *):not(:has(${ROOT})) { display: none !important; }`,
  `  :has(${ROOT}) { display: block !important; position: static !important; overflow: visible !important; width: auto !important; min-width: 0 !important; max-width: none !important; height: auto !important; min-height: 0 !important; max-height: none !important; margin: 0 !important; padding: 0 !important; border: 0 !important; box-shadow: none !important; transform: none !important; }`,
  `  ${ROOT} { -webkit-print-color-adjust: exact; print-color-adjust: exact; }`,
  `  ${ROOT} [data-oir-noprint], ${ROOT} [role=grid] [role=slider], ${ROOT} [role=grid] input[type=checkbox] { display: none !important; }`,
  `  ${ROOT} [data-oir-print-only] { display: block !important; }`,
  "}"
].join("\n");

const getClasses = classNamesPerTheme((theme: ITheme) =>
  mergeStyleSets({
    header: { ...theme.fonts.large, fontWeight: 600, margin: 0 }
  })
);

export interface PrintHeaderProps {
  municipalityName: string;
  wave: Wave;
  locale: string;
  /** "9 af 36 opgaver" when filters leave tasks out, so the paper says it is not the whole plan. */
  shownCount?: string;
}

/** The printed page's header line: plan, municipality, wave, Go-Live and the day it was printed. */
export function PrintHeader({ municipalityName, wave, locale, shownCount }: PrintHeaderProps): JSX.Element {
  const classes = getClasses(useTheme());
  // Read at each render: the print view renders as printing starts (usePrintMedia).
  const printed = dateInTimeZone(new Date());
  const line = formatText(strings.PrintHeader, strings.Title, municipalityName, wave.title, formatDate(wave.goLive, locale), formatDate(printed, locale));
  return (
    <p className={classes.header} data-oir-print-only="">
      {shownCount ? `${line} · ${shownCount}` : line}
    </p>
  );
}
