/**
 * Anchor for the booking grid: AG Grid Community (ag-grid-react, React 17 as ours) showing the
 * same rows our grid shows (bookingPage.ts: demand per role, each person's hours per week with
 * over-capacity weeks marked, the total row pinned at the bottom), person column pinned left,
 * total column pinned right, 44 px rows and a 56 px header in a 600 px high viewport, as ours.
 * Row and column virtualization are AG Grid's defaults (on; rowBuffer 10). Only the modules the
 * page uses are registered, as AG Grid recommends for a small bundle. Timed: first paint, then a
 * cell edit as a keyboard user makes it (editor open on a person's first week with "7", untimed;
 * the Enter that commits it, with the total row recomputed, timed).
 */
import * as React from "react";
import * as ReactDOM from "react-dom";
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ModuleRegistry,
  NumberEditorModule,
  PinnedRowModule,
  RowApiModule,
  RowStyleModule,
  type ColDef,
  type GridApi,
  type RowStyle,
  type ValueGetterParams
} from "ag-grid-community";
import { AgGridReact } from "ag-grid-react";
import type { GridModel } from "../../../src/ui/booking/bookingGridModel";
import { bookingPageData, hoursLabel } from "../page/bookingPage";
import { run, whenPresent } from "../page/runner";

ModuleRegistry.registerModules([ClientSideRowModelModule, NumberEditorModule, PinnedRowModule, CellStyleModule, RowStyleModule, RowApiModule]);

interface Row {
  key: string;
  kind: "demand" | "person" | "total";
  name: string;
  hours: number[];
  /** Capacity per week (person rows). */
  capacity?: number[];
}

interface Input {
  rows: Row[];
  total: Row;
  columns: ColDef<Row>[];
}

function toRows(model: GridModel): { rows: Row[]; total: Row } {
  const rows: Row[] = [];
  let total: Row = { key: "total", kind: "total", name: "I alt", hours: model.columns.map(() => 0) };
  for (const r of model.rows) {
    if (r.kind === "demand") rows.push({ key: r.key, kind: "demand", name: `Behov: ${r.role}`, hours: r.hours.slice() });
    else if (r.kind === "person") rows.push({ key: r.key, kind: "person", name: `${r.member.person.displayName} · ${r.member.roles.join(", ")}`, hours: r.hours.slice(), capacity: r.capacity });
    else if (r.kind === "total") total = { key: r.key, kind: "total", name: "Arbejdsgruppen i alt", hours: r.hours.slice() };
  }
  return { rows, total };
}

function totalOf(rows: readonly Row[], weeks: number): Row {
  const hours = new Array<number>(weeks).fill(0);
  for (const r of rows) if (r.kind === "person") r.hours.forEach((h, i) => (hours[i] += h));
  return { key: "total", kind: "total", name: "Arbejdsgruppen i alt", hours };
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function columnsOf(model: GridModel): ColDef<Row>[] {
  const weeks: ColDef<Row>[] = model.columns.map((c, i) => ({
    colId: `w${i}`,
    headerName: `Uge ${c.week}`,
    width: 80,
    type: "rightAligned",
    editable: (p) => p.data?.kind === "person",
    cellEditor: "agNumberCellEditor",
    valueGetter: (p: ValueGetterParams<Row>) => p.data?.hours[i] ?? 0,
    valueSetter: (p) => {
      if (!p.data) return false;
      p.data.hours[i] = Number(p.newValue) || 0;
      return true;
    },
    valueFormatter: (p) => hoursLabel(Number(p.value)),
    cellClassRules: { "bench-over": (p) => p.data?.kind === "person" && p.data.capacity !== undefined && p.data.hours[i] > p.data.capacity[i] }
  }));
  return [
    { colId: "name", headerName: "Person", width: 320, pinned: "left", valueGetter: (p: ValueGetterParams<Row>) => p.data?.name },
    ...weeks,
    { colId: "total", headerName: "I alt", width: 96, pinned: "right", type: "rightAligned", valueGetter: (p: ValueGetterParams<Row>) => sum(p.data?.hours ?? []), valueFormatter: (p) => hoursLabel(Number(p.value)) }
  ];
}

const DEMAND_STYLE: RowStyle = { fontStyle: "italic", background: "#faf9f8" };
const TOTAL_STYLE: RowStyle = { fontWeight: "600" };

let api: GridApi<Row> | undefined;
let resolveApi: () => void = () => undefined;
const apiReady = new Promise<void>((resolve) => (resolveApi = resolve));

function required<T extends Element>(root: HTMLElement, selector: string, what: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`ag-grid page: no ${what} (${selector})`);
  return element;
}

void run<Input>({
  prepare: (_tasks, people) => {
    const { model } = bookingPageData(people);
    return { ...toRows(model), columns: columnsOf(model) };
  },
  mount: (root, input) => {
    const css = document.createElement("style");
    css.textContent = ".bench-over { background: #fde7e9; color: #a4262c; font-weight: 600; }";
    document.head.appendChild(css);
    const ready = whenPresent(root, '.ag-cell[col-id="w0"]');
    const weeks = input.rows[0]?.hours.length ?? 0;
    ReactDOM.render(
      <div style={{ height: 600, width: "100%" }}>
        <AgGridReact<Row>
          rowData={input.rows}
          pinnedBottomRowData={[input.total]}
          columnDefs={input.columns}
          getRowId={(p) => p.data.key}
          rowHeight={44}
          headerHeight={56}
          getRowStyle={(p) => (p.data?.kind === "demand" ? DEMAND_STYLE : p.data?.kind === "total" ? TOTAL_STYLE : undefined)}
          onGridReady={(e) => {
            api = e.api;
            resolveApi();
          }}
          onCellValueChanged={(e) => {
            const rows: Row[] = [];
            e.api.forEachNode((node) => node.data && rows.push(node.data));
            e.api.setGridOption("pinnedBottomRowData", [totalOf(rows, weeks)]);
          }}
        />
      </div>,
      root
    );
    addEventListener("pagehide", () => ReactDOM.unmountComponentAtNode(root), { once: true });
    return ready;
  },
  beforeEdit: async (root, input) => {
    await apiReady;
    const person = input.rows.findIndex((r) => r.kind === "person");
    api?.setFocusedCell(person, "w0");
    api?.startEditingCell({ rowIndex: person, colKey: "w0" });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const editor = required<HTMLInputElement>(root, ".ag-cell-inline-editing input", "cell editor");
    editor.focus();
    editor.value = "7";
    editor.dispatchEvent(new Event("input", { bubbles: true }));
  },
  edit: (root) => {
    const editor = required<HTMLInputElement>(root, ".ag-cell-inline-editing input", "cell editor");
    editor.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true }));
  },
  inspect: (root, input) => ({
    "grid elements": root.querySelectorAll(".ag-root-wrapper *").length + 1,
    "rows in data": input.rows.length + 1,
    "rendered rows": root.querySelectorAll('.ag-row:not(.ag-row-pinned) .ag-cell[col-id="name"]').length,
    "rendered week cells in first row": root.querySelectorAll('.ag-row[row-index="0"]:not(.ag-row-pinned) .ag-cell[col-id^="w"]').length
  })
});
