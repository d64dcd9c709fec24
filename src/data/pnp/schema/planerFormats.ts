/**
 * How the municipality's Planer list shows status where the list itself is used:
 * - a view format for the default view: rows tinted by status, late rows (local end passed and
 *   not Fuldført) marked with the "blocked" tint;
 * - a column format for Udførelsesstatus: icon AND word, an accessible name, "Forsinket" with a
 *   warning icon on late rows (the Field Customizer, when deployed, draws the cell instead).
 * The source of sharepoint/assets/planer-view-format.json and planer-status-format.json (a unit
 * test keeps them equal; OIR_WRITE_FORMATS=1 rewrites them).
 */

/** The computed KOMBIT dates are not columns: "late" uses the local end the municipality set. */
const LATE = "Number([$OirLocalEnd]) > 0 && Number([$OirLocalEnd]) + 86400000 < Number(@now) && [$OirStatus] != 'Fuldført'";
const STATUS = "if([$OirStatus] == '', 'Ikke påbegyndt', [$OirStatus])";

export const PLANER_VIEW_FORMAT = {
  $schema: "https://developer.microsoft.com/json-schemas/sp/v2/row-formatting.schema.json",
  additionalRowClass: `=if(${LATE}, 'sp-field-severity--blocked', if([$OirStatus] == 'Fuldført', 'sp-field-severity--good', if([$OirStatus] == 'Påbegyndt', 'sp-field-severity--low', '')))`
} as const;

export const PLANER_STATUS_FORMAT = {
  $schema: "https://developer.microsoft.com/json-schemas/sp/v2/column-formatting.schema.json",
  elmType: "div",
  attributes: {
    role: "img",
    "aria-label": `='Udførelsesstatus: ' + ${STATUS} + if(${LATE}, ', forsinket', '')`,
    title: `='Udførelsesstatus: ' + ${STATUS} + if(${LATE}, ', forsinket', '')`
  },
  style: { display: "flex", "align-items": "center", gap: "6px" },
  children: [
    {
      elmType: "span",
      attributes: {
        iconName: "=if([$OirStatus] == 'Fuldført', 'CompletedSolid', if([$OirStatus] == 'Påbegyndt', 'CircleHalfFull', 'CircleRing'))",
        "aria-hidden": "true"
      }
    },
    { elmType: "span", txtContent: `=${STATUS}` },
    {
      elmType: "span",
      style: { display: `=if(${LATE}, 'inline-flex', 'none')`, "align-items": "center", gap: "4px", "font-weight": "600" },
      children: [
        { elmType: "span", attributes: { iconName: "Warning", "aria-hidden": "true" } },
        { elmType: "span", txtContent: "Forsinket" }
      ]
    }
  ]
} as const;
