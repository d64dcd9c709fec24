/**
 * The working group's table: name, roles, weekly hours and the row's actions, with changes
 * waiting for SharePoint in words and an icon. A large group (a municipality may list 200+
 * people) renders only the rows in view, in a scroller of its own with a sticky header
 * (useVirtualWindow, as the grids do); aria-rowcount and aria-rowindex give screen readers the
 * whole table. Keyboard: the scroller is focusable (arrow keys and Page Up/Down scroll it); Tab
 * moves through the rows' fields, and a field tabbed into just outside the view (the overscan
 * rows) is scrolled into view, which renders the rows after it. The focused row stays rendered
 * while the view scrolls away from it, so typing in it is never cut off.
 */
import * as React from "react";
import { DefaultButton, Icon, IconButton } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { Stored } from "../../data/repositories";
import { formatHours, formatText, isDanish } from "../common/format";
import { useVirtualWindow } from "../common/useVirtualWindow";
import { CapacityField } from "./CapacityField";
import { RolesField } from "./RolesField";
import type { PendingMemberChange } from "./pendingMembers";

export type MemberRow =
  | { kind: "saved"; stored: Stored<WorkingGroupMember>; member: WorkingGroupMember; removal?: PendingMemberChange }
  | { kind: "adding"; member: WorkingGroupMember; change: PendingMemberChange };

/** From this many rows the table renders only the rows in view. */
const VIRTUAL_FROM_ROWS = 40;
/** Every row's height (px): a name with a status line, or a text field, fit in it. */
const ROW_HEIGHT = 48;
const HEADER_HEIGHT = 32;
const VIRTUAL_WINDOW = { headerHeight: HEADER_HEIGHT, overscan: 4, fallbackHeight: 480, rowsBelowHeader: true };

export interface WorkingGroupTableProps {
  rows: MemberRow[];
  roles: string[];
  canEdit: boolean;
  locale: string;
  onUpdate: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
  onError: (e: unknown) => void;
  onAskRemove: (member: Stored<WorkingGroupMember>) => void;
  onDiscardPending: (writeId: string) => void;
}

/** A queued change SharePoint refused (not sent again): the user discards it. */
function refused(change: PendingMemberChange): boolean {
  return change.status === "failed" || change.status === "conflict";
}

/** The row's state in words and an icon (never by colour alone). */
function PendingState({ change, adding }: { change: PendingMemberChange; adding: boolean }): JSX.Element {
  const text = refused(change) ? (adding ? strings.WorkingGroupAddRefused : strings.WorkingGroupRemoveRefused) : adding ? strings.WorkingGroupPendingAdd : strings.WorkingGroupPendingRemoval;
  return (
    <div style={{ fontWeight: 400, fontSize: 12, display: "flex", alignItems: "center", gap: 4 }}>
      <Icon iconName={refused(change) ? "Warning" : "Clock"} aria-hidden={true} />
      <span>{text}</span>
    </div>
  );
}

function rowKey(row: MemberRow): string {
  return row.kind === "saved" ? String(row.stored.itemId) : `adding-${row.change.writeId}`;
}

/** The rows to render: the window, and the focused row beside it when it is outside. */
function renderedIndexes(first: number, last: number, focused: number | undefined): number[] {
  const indexes: number[] = [];
  if (focused !== undefined && focused < first) indexes.push(focused);
  for (let i = first; i < last; i++) indexes.push(i);
  if (focused !== undefined && focused >= last) indexes.push(focused);
  return indexes;
}

export function WorkingGroupTable(props: WorkingGroupTableProps): JSX.Element {
  const { rows, canEdit, locale, onUpdate, onError } = props;
  const virtual = rows.length >= VIRTUAL_FROM_ROWS;
  const scroller = React.useRef<HTMLDivElement>(null);
  const window_ = useVirtualWindow(scroller, virtual ? rows.length : 0, ROW_HEIGHT, VIRTUAL_WINDOW);
  // The row holding the focus, by key (its index moves when rows are added or removed).
  const [focusedKey, setFocusedKey] = React.useState<string>();
  const focusedIndex = focusedKey === undefined ? -1 : rows.findIndex((r) => rowKey(r) === focusedKey);
  const first = virtual ? window_.first : 0;
  const last = virtual ? window_.last : rows.length;
  const indexes = renderedIndexes(first, last, focusedIndex >= 0 && virtual ? focusedIndex : undefined);
  // The spacers keep the scroll height: a focused row shown beside the window takes a row's place.
  const outsideAbove = indexes.length > 0 && indexes[0] < first ? 1 : 0;
  const outsideBelow = indexes.length > 0 && indexes[indexes.length - 1] >= last ? 1 : 0;
  const topSpace = (first - outsideAbove) * ROW_HEIGHT;
  const bottomSpace = (rows.length - last - outsideBelow) * ROW_HEIGHT;
  const columns = canEdit ? 4 : 3;
  const rowStyle = virtual ? { height: ROW_HEIGHT } : undefined;
  const headStyle: React.CSSProperties = virtual ? { position: "sticky", top: 0, background: "white", zIndex: 1, height: HEADER_HEIGHT } : {};

  return (
    // Reflow (WCAG 1.4.10): at 200 % zoom or on a phone the table is wider than the web part;
    // it scrolls in its own labelled, focusable region instead of scrolling the page sideways.
    <div
      ref={scroller}
      role="region"
      aria-label={strings.WorkingGroupHeading}
      tabIndex={0}
      style={{ overflowX: "auto", maxWidth: "100%", ...(virtual ? { overflowY: "auto", maxHeight: "60vh" } : {}) }}
    >
      <table aria-label={strings.WorkingGroupHeading} aria-rowcount={virtual ? rows.length + 1 : undefined} style={{ borderCollapse: "collapse" }}>
        <thead>
          <tr aria-rowindex={virtual ? 1 : undefined}>
            <th scope="col" style={{ textAlign: "left", padding: "4px 8px", ...headStyle }}>{strings.ColumnName}</th>
            <th scope="col" style={{ textAlign: "left", padding: "4px 8px", ...headStyle }}>{strings.ColumnRoles}</th>
            <th scope="col" style={{ textAlign: "right", padding: "4px 8px", ...headStyle }}>{strings.ColumnCapacity}</th>
            {canEdit && <th scope="col" style={{ padding: "4px 8px", ...headStyle }}>{strings.WorkingGroupActions}</th>}
          </tr>
        </thead>
        <tbody>
          {topSpace > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: topSpace, padding: 0 }} />
            </tr>
          )}
          {indexes.map((index) => {
            const row = rows[index];
            const m = row.member;
            const change = row.kind === "adding" ? row.change : row.removal;
            // Editable only as a saved row with nothing queued on it.
            const editable = canEdit && row.kind === "saved" && !row.removal;
            const key = rowKey(row);
            return (
              <tr
                key={key}
                aria-rowindex={virtual ? index + 2 : undefined}
                style={{ ...rowStyle, ...(change ? { fontStyle: "italic" } : {}) }}
                onFocus={() => setFocusedKey(key)}
                onBlur={(e) => {
                  if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocusedKey((k) => (k === key ? undefined : k));
                }}
              >
                <th scope="row" style={{ textAlign: "left", padding: "4px 8px", fontWeight: 600 }}>
                  {m.person.displayName}
                  {change && <PendingState change={change} adding={row.kind === "adding"} />}
                </th>
                <td style={{ padding: "4px 8px" }}>
                  {editable && row.kind === "saved" ? <RolesField member={row.stored} roles={props.roles} onSave={onUpdate} onError={onError} /> : m.roles.join(", ")}
                </td>
                <td style={{ padding: "4px 8px", textAlign: "right" }}>
                  {editable && row.kind === "saved" ? (
                    <CapacityField member={row.stored} danish={isDanish(locale)} onSave={onUpdate} onError={onError} />
                  ) : (
                    formatText(strings.HoursValue, formatHours(m.weeklyCapacityHours, locale))
                  )}
                </td>
                {canEdit && (
                  <td style={{ padding: "0 8px" }}>
                    {editable && row.kind === "saved" && (
                      <IconButton
                        iconProps={{ iconName: "Delete" }}
                        ariaLabel={formatText(strings.WorkingGroupRemove, m.person.displayName)}
                        title={formatText(strings.WorkingGroupRemove, m.person.displayName)}
                        onClick={() => props.onAskRemove(row.stored)}
                      />
                    )}
                    {change && refused(change) && (
                      <DefaultButton
                        text={strings.WorkingGroupDiscard}
                        ariaLabel={formatText(strings.WorkingGroupDiscardLabel, m.person.displayName)}
                        onClick={() => props.onDiscardPending(change.writeId)}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
          {bottomSpace > 0 && (
            <tr aria-hidden="true">
              <td colSpan={columns} style={{ height: bottomSpace, padding: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
