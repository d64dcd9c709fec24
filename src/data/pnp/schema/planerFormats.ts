/**
 * How the municipality's Planer list shows status where the list itself is used:
 * - a view format for the default view: rows tinted by status, late rows (local end passed and
 *   not Fuldført) marked with the "blocked" tint;
 * - a column format for Udførelsesstatus: icon AND word, an accessible name, "Forsinket" with a
 *   warning icon on late rows (the Field Customizer, when deployed, draws the cell instead).
 * - the same status column in the basic syntax (PLANER_STATUS_FORMAT_BASIC) for farms without
 *   Excel-style expressions (SharePoint Server 2019, Subscription Edition before 23H1; farmVersion.ts).
 * The source of sharepoint/assets/planer-view-format.json, planer-status-format.json and
 * planer-status-format-v1.json (a unit test keeps them equal; OIR_WRITE_FORMATS=1 rewrites them).
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

/**
 * The basic syntax (v1 schema: operator/operands trees, no `=` strings) that SharePoint Server
 * 2019 evaluates: https://developer.microsoft.com/json-schemas/sp/v1/column-formatting.schema.json,
 * "To format columns in SharePoint 2019 or SharePoint Server Subscription Edition before the Version
 * 22H2 feature update, please use … v1/column-formatting.schema.json"
 * (https://learn.microsoft.com/sharepoint/dev/declarative-customization/column-formatting). Only v1
 * operators (?, ==, !=, &&, <, >, +, Number()) and style names of the syntax reference (no `gap`).
 * Shows the same as PLANER_STATUS_FORMAT: icon AND word, an accessible name, "Forsinket" on late rows.
 */
type Ast = string | number | { operator: string; operands: Ast[] };
const op = (operator: string, ...operands: Ast[]): Ast => ({ operator, operands });
const localEnd = op("Number()", "[$OirLocalEnd]");
const LATE_AST = op("&&", op("&&", op(">", localEnd, 0), op("<", op("+", localEnd, 86400000), op("Number()", "@now"))), op("!=", "[$OirStatus]", "Fuldført"));
const STATUS_AST = op("?", op("==", "[$OirStatus]", ""), "Ikke påbegyndt", "[$OirStatus]");
const LABEL_AST = op("+", op("+", "Udførelsesstatus: ", STATUS_AST), op("?", LATE_AST, ", forsinket", ""));

export const PLANER_STATUS_FORMAT_BASIC = {
  $schema: "https://developer.microsoft.com/json-schemas/sp/v1/column-formatting.schema.json",
  elmType: "div",
  attributes: { role: "img", "aria-label": LABEL_AST, title: LABEL_AST },
  style: { display: "flex", "align-items": "center" },
  children: [
    {
      elmType: "span",
      attributes: {
        iconName: op("?", op("==", "[$OirStatus]", "Fuldført"), "CompletedSolid", op("?", op("==", "[$OirStatus]", "Påbegyndt"), "CircleHalfFull", "CircleRing")),
        "aria-hidden": "true"
      },
      style: { "padding-right": "6px" }
    },
    { elmType: "span", txtContent: STATUS_AST },
    {
      elmType: "span",
      style: { display: op("?", LATE_AST, "inline-flex", "none"), "align-items": "center", "padding-left": "6px", "font-weight": "600" },
      children: [
        { elmType: "span", attributes: { iconName: "Warning", "aria-hidden": "true" }, style: { "padding-right": "4px" } },
        { elmType: "span", txtContent: "Forsinket" }
      ]
    }
  ]
} as const;
