/**
 * Our booking grid: BookingGrid from src/ui/booking (the people × weeks grid the web part renders
 * under its command bar) with the grid model ready — the props BookingRoot hands it, as
 * ours-timeline is the timeline's grid with its props ready. Beside ag-grid-booking, which gets
 * the same rows ready. React 17, as the web part ships. Editor view (cells editable). The cell
 * edit is timed on ours-booking-root, where the whole web part's state follows the edit.
 */
import "../page/fluentIcons";
import * as React from "react";
import * as ReactDOM from "react-dom";
import type { GridModel } from "../../../src/ui/booking/bookingGridModel";
import { initialBookingState } from "../../../src/ui/booking/bookingReducer";
import { BookingGrid } from "../../../src/ui/booking/BookingGrid";
import { BOOKING_GRID_ICONS } from "../../../src/ui/booking/BookingGridRow";
import { preloadIconFonts } from "../../../src/ui/common/iconFonts";
import { bookingPageData } from "../page/bookingPage";
import { run, whenPresent } from "../page/runner";

const noop = (): void => undefined;
const NOTHING_SUGGESTED: ReadonlySet<string> = new Set();

void run<GridModel>({
  prepare: (_tasks, people) => bookingPageData(people).model,
  // BookingRoot starts this when it mounts, while the plan loads from SharePoint.
  warmUp: () => preloadIconFonts(BOOKING_GRID_ICONS),
  mount: (root, model) => {
    const ready = whenPresent(root, '[role="grid"] [role="gridcell"]');
    ReactDOM.render(
      <BookingGrid model={model} state={initialBookingState} dispatch={noop} suggested={NOTHING_SUGGESTED} canEdit={true} locale="da-DK" onToggle={noop} onSuggest={noop} />,
      root
    );
    addEventListener("pagehide", () => ReactDOM.unmountComponentAtNode(root), { once: true });
    return ready;
  },
  inspect: (root, model) => ({
    "grid elements": root.querySelectorAll('[role="grid"] *').length + 1,
    "week columns in data": model.columns.length,
    "rendered week headers": root.querySelectorAll('[role="grid"] [role="columnheader"]').length - 2,
    "grid rows in data": model.rows.length,
    "rendered rows": root.querySelectorAll('[role="grid"] [role="row"]').length - 1
  })
});
