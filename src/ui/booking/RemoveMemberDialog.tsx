/**
 * "Fjern … fra arbejdsgruppen?": says how many hours the person has booked, on which tasks and in
 * which weeks, and what happens to them (kept, shown under "Tidligere medlemmer"; undo brings the
 * person back). Annullér has the focus first (removing is the destructive choice); Escape cancels.
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, Text } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { Stored } from "../../data/repositories";
import { formatHours, formatText, pluralText } from "../common/format";
import { weekRanges, type MemberBookings } from "./memberBookings";

/** At most this many tasks are listed; the rest is a count. */
const TASKS_SHOWN = 5;
const CANCEL_CLASS = "oir-remove-member-cancel";

export interface RemoveMemberDialogProps {
  member: Stored<WorkingGroupMember>;
  bookings: MemberBookings;
  /** The task's code (e.g. "PL 12") for an id. */
  taskCode: (taskId: number) => string;
  locale: string;
  /** True while the removal is being saved: the buttons wait. */
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

export function RemoveMemberDialog(props: RemoveMemberDialogProps): JSX.Element {
  const { member, bookings, taskCode, locale, busy } = props;
  const name = member.value.person.displayName;
  const shown = bookings.tasks.slice(0, TASKS_SHOWN);
  const more = bookings.tasks.length - shown.length;
  const modalProps = React.useMemo(() => ({ isBlocking: true, firstFocusableSelector: CANCEL_CLASS }), []);
  return (
    <Dialog
      hidden={false}
      onDismiss={busy ? undefined : props.onCancel}
      dialogContentProps={{
        type: DialogType.normal,
        closeButtonAriaLabel: strings.DialogClose,
        title: formatText(strings.RemoveDialogTitle, name),
        subText: bookings.hours > 0 ? formatText(strings.RemoveDialogBookings, name, formatHours(bookings.hours, locale)) : formatText(strings.RemoveDialogNoBookings, name)
      }}
      modalProps={modalProps}
      minWidth={360}
    >
      {shown.length > 0 && (
        <ul style={{ margin: "0 0 12px", paddingLeft: 20 }}>
          {shown.map((t) => (
            <li key={t.taskId}>
              {formatText(strings.RemoveDialogTask, taskCode(t.taskId), formatHours(t.hours, locale), formatText(strings.RemoveDialogWeeks, weekRanges(t.weeks)))}
            </li>
          ))}
          {more > 0 && <li>{formatText(pluralText(more, strings.RemoveDialogMoreTasksOne, strings.RemoveDialogMoreTasks), more)}</li>}
        </ul>
      )}
      {bookings.hours > 0 && (
        <Text block={true} style={{ marginBottom: 8 }}>
          {strings.RemoveDialogKept}
        </Text>
      )}
      <Text block={true}>{strings.RemoveDialogUndo}</Text>
      <DialogFooter>
        <PrimaryButton text={strings.RemoveConfirm} onClick={props.onConfirm} disabled={busy} allowDisabledFocus={true} />
        <DefaultButton className={CANCEL_CLASS} text={strings.RemoveCancel} onClick={props.onCancel} disabled={busy} allowDisabledFocus={true} />
      </DialogFooter>
    </Dialog>
  );
}
