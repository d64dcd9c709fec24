/**
 * The benchmark pages. One line per page:
 *   name     page name (folder under the build dir, column in the table)
 *   entry    file under tools/bench-ui/entries
 *   kind     "timeline" (N tasks) or "booking" (people × weeks, BOOKING_SIZES)
 *   role     how the budgets read it: ours | oursRoot | svar | lowerBound | peer | reference |
 *            oursBooking | bookingAnchor | bookingLowerBound
 *   packages npm packages whose versions are reported
 *   alias    esbuild aliases for this page only (SVAR needs React 18; the project is on React 17)
 *   coldFonts the page's web fonts are not loaded before the timed span (see page/runner.ts)
 */
export const ENTRIES = [
  { name: "frappe-gantt", entry: "frappe-gantt.js", kind: "timeline", role: "peer", packages: ["frappe-gantt"] },
  {
    name: "svar-react-gantt",
    entry: "svar-react-gantt.jsx",
    kind: "timeline",
    role: "svar",
    packages: ["@svar-ui/react-gantt", "react18"],
    alias: { react: "react18", "react-dom": "react-dom18" }
  },
  { name: "lower-bound-visible", entry: "plain-visible-rows.ts", kind: "timeline", role: "lowerBound", packages: [] },
  { name: "lower-bound-all-rows", entry: "plain-all-rows.ts", kind: "timeline", role: "reference", packages: [] },
  { name: "ours-timeline", entry: "ours-timeline.tsx", kind: "timeline", role: "ours", packages: ["react", "@fluentui/react"] },
  {
    name: "ours-timeline-cold-fonts",
    entry: "ours-timeline.tsx",
    kind: "timeline",
    role: "reference",
    packages: ["react", "@fluentui/react"],
    coldFonts: true
  },
  { name: "ours-timeline-root", entry: "ours-timeline-root.tsx", kind: "timeline", role: "oursRoot", packages: ["react", "@fluentui/react"] },
  // The booking grid's anchor: a data grid a planner might pick instead (React 17 as ours, row
  // and column virtualization on, as AG Grid does by default).
  { name: "ag-grid-booking", entry: "ag-grid-booking.tsx", kind: "booking", role: "bookingAnchor", packages: ["ag-grid-community", "ag-grid-react", "react"] },
  { name: "lower-bound-booking", entry: "plain-booking-visible.ts", kind: "booking", role: "bookingLowerBound", packages: [] },
  { name: "ours-booking-grid", entry: "ours-booking-grid.tsx", kind: "booking", role: "oursBooking", packages: ["react", "@fluentui/react"] },
  { name: "ours-booking-root", entry: "ours-booking-root.tsx", kind: "booking", role: "oursBookingRoot", packages: ["react", "@fluentui/react"] }
];

/** The booking pages' sizes: people × weeks (the page reads the weeks from the URL). */
export const BOOKING_SIZES = [
  { people: 200, weeks: 52 },
  { people: 1000, weeks: 104 }
];

/** The weeks measured with this many people. */
export function bookingWeeks(people) {
  const size = BOOKING_SIZES.find((s) => s.people === people);
  if (!size) throw new Error(`no booking size with ${people} people`);
  return size.weeks;
}
