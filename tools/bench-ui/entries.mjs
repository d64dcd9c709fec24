/**
 * The benchmark pages. One line per page:
 *   name     page name (folder under the build dir, column in the table)
 *   entry    file under tools/bench-ui/entries
 *   kind     "timeline" (N tasks) or "booking" (fixed 200 people × 52 weeks)
 *   role     how the budgets read it: ours | svar | lowerBound | peer | reference
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
  { name: "ours-timeline-root", entry: "ours-timeline-root.tsx", kind: "timeline", role: "reference", packages: ["react", "@fluentui/react"] },
  { name: "ours-booking-grid", entry: "ours-booking-grid.tsx", kind: "booking", role: "oursBooking", packages: ["react", "@fluentui/react"] }
];

/** The booking grid is measured at one fixed size: people × weeks. */
export const BOOKING_PEOPLE = 200;
export const BOOKING_WEEKS = 52;
