/**
 * What the booking view tells the user about their work: the suggestion to accept or discard,
 * notices about the last action, saves in flight, failed or waiting (with a retry), the
 * read-only note, critical tasks under-booked, and the conflict dialog (mine and theirs).
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarButton, MessageBarType, PrimaryButton, Text } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import { isoWeek } from "../../domain/isoWeek";
import type { KlikTask, WorkingGroupMember } from "../../domain/model";
import type { PendingWrite } from "../../data/repositories";
import { describeError } from "../common/errorMessage";
import { formatHours, formatText, pluralText } from "../common/format";
import type { BookingAction, BookingConflict, BookingNotice, BookingState, Suggestion } from "./bookingReducer";
import type { TaskCoverage } from "../../domain/bookings";
import type { OverBooking } from "../../domain/followUp";
import type { ScheduledTask } from "../../domain/schedule";
import { personKey } from "./cellKey";

export interface Names {
  person: (email: string) => string;
  task: (id: number) => string;
  /** "PL 12 Planlæg kommunens ØiR implementering". */
  taskLabel: (id: number) => string;
}

export function namesOf(members: readonly WorkingGroupMember[], tasks: readonly KlikTask[]): Names {
  const people = new Map(members.map((m) => [personKey(m.person.email), m.person.displayName]));
  const byId = new Map(tasks.map((t) => [t.id, t]));
  return {
    person: (email) => people.get(personKey(email)) ?? email,
    task: (id) => byId.get(id)?.code ?? formatText(strings.UnknownTask, id),
    taskLabel: (id) => {
      const task = byId.get(id);
      return task ? `${task.code} ${task.title}` : formatText(strings.UnknownTask, id);
    }
  };
}

export function SuggestionBar({ suggestion, names, locale, dispatch }: { suggestion: Suggestion; names: Names; locale: string; dispatch: React.Dispatch<BookingAction> }): JSX.Element {
  return (
    <MessageBar
      messageBarType={MessageBarType.info}
      isMultiline={true}
      actions={
        <div>
          <MessageBarButton onClick={() => dispatch({ type: "suggestionAccepted" })}>{strings.SuggestionAccept}</MessageBarButton>
          <MessageBarButton onClick={() => dispatch({ type: "suggestionDiscarded" })}>{strings.SuggestionDiscard}</MessageBarButton>
        </div>
      }
    >
      <div role="status">
        {formatText(
          pluralText(suggestion.cells.length, strings.SuggestionTextOne, strings.SuggestionText),
          names.person(suggestion.personEmail),
          names.task(suggestion.taskId),
          formatHours(suggestion.addedHours, locale),
          suggestion.cells.length
        )}
        {suggestion.uncoveredHours > 0 && <> {formatText(strings.SuggestionUncovered, formatHours(suggestion.uncoveredHours, locale))}</>}
      </div>
    </MessageBar>
  );
}

function noticeText(notice: BookingNotice, locale: string): string {
  switch (notice.kind) {
    case "pasteRejected":
      return formatText(strings.PasteRejected, notice.invalid);
    case "pasteClipped":
      return formatText(pluralText(notice.dropped, strings.PasteClippedOne, strings.PasteClipped), notice.dropped);
    case "needTask":
      return strings.NeedTask;
    case "suggestionEmpty":
      return strings.SuggestionEmpty;
    case "bookedOnRemovedMember":
      return formatText(strings.BookedOnRemovedMember, notice.people.map((p) => p.displayName || p.email).join(", "), formatHours(notice.hours, locale));
  }
}

export function NoticeBar({ notice, locale, dispatch }: { notice: BookingNotice; locale: string; dispatch: React.Dispatch<BookingAction> }): JSX.Element {
  const type = notice.kind === "pasteRejected" ? MessageBarType.error : MessageBarType.warning;
  // Hours saved on a person removed meanwhile: kept unless the user discards them.
  const actions =
    notice.kind === "bookedOnRemovedMember" ? (
      <div>
        <MessageBarButton onClick={() => dispatch({ type: "noticeDismissed" })}>{strings.BookedOnRemovedMemberKeep}</MessageBarButton>
        <MessageBarButton onClick={() => dispatch({ type: "removedMemberHoursDiscarded" })}>{strings.BookedOnRemovedMemberDiscard}</MessageBarButton>
      </div>
    ) : undefined;
  return (
    <MessageBar
      messageBarType={type}
      isMultiline={true}
      actions={actions}
      onDismiss={() => dispatch({ type: "noticeDismissed" })}
      dismissButtonAriaLabel={strings.DialogClose}
    >
      <span role="alert">{noticeText(notice, locale)}</span>
    </MessageBar>
  );
}

export function SaveStatus({ state, pendingWrites, onRetry }: { state: BookingState; pendingWrites: PendingWrite[]; onRetry: () => void }): JSX.Element | null {
  const saves = Object.values(state.saves);
  const saving = saves.filter((s) => s.status === "saving" || s.status === "unsent").length;
  const failed = saves.filter((s) => s.status === "failed");
  const pending = Math.max(saves.filter((s) => s.status === "pending").length, pendingWrites.length);
  const firstError = failed[0]?.error;
  return (
    <div role="status" aria-live="polite">
      {saving > 0 && <Text>{formatText(strings.SavingCount, saving)}</Text>}
      {(failed.length > 0 || pending > 0) && (
        <MessageBar
          messageBarType={failed.length > 0 ? MessageBarType.error : MessageBarType.warning}
          isMultiline={true}
          actions={<MessageBarButton onClick={onRetry}>{strings.RetrySaves}</MessageBarButton>}
        >
          {failed.length > 0 && <div>{formatText(strings.SaveFailedCount, failed.length)}</div>}
          {firstError && <div>{describeError(firstError).message}</div>}
          {pending > 0 && <div>{formatText(strings.PendingCount, pending)}</div>}
        </MessageBar>
      )}
    </div>
  );
}

const UNDER_BOOKED_SHOWN = 5;

export function UnderBookedList({ items, locale }: { items: { task: ScheduledTask; coverage: TaskCoverage }[]; locale: string }): JSX.Element | null {
  if (items.length === 0) return null;
  // The most missing first; a long list would bury the grid, so the rest is a count.
  const shown = [...items].sort((a, b) => b.coverage.missingHours - a.coverage.missingHours).slice(0, UNDER_BOOKED_SHOWN);
  const more = items.length - shown.length;
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
      <strong>{formatText(strings.UnderBookedHeading, items.length)}</strong>
      <ul style={{ margin: "4px 0", paddingLeft: 20 }}>
        {shown.map(({ task, coverage }) => (
          <li key={task.id}>
            {formatText(strings.UnderBookedItem, task.task.code, task.task.title, formatHours(coverage.bookedHours, locale), formatHours(Math.round(coverage.neededHours * 10) / 10, locale))}
          </li>
        ))}
        {more > 0 && <li>{formatText(pluralText(more, strings.UnderBookedMoreOne, strings.UnderBookedMore), more)}</li>}
      </ul>
    </MessageBar>
  );
}

const OVER_BOOKED_SHOWN = 5;

/** Tasks booked beyond their demand (PL 12 at 64 of 37 t), the most over first. */
export function OverBookedList({ items, names, locale }: { items: readonly OverBooking[]; names: Names; locale: string }): JSX.Element | null {
  if (items.length === 0) return null;
  const shown = [...items].sort((a, b) => b.excessHours - a.excessHours).slice(0, OVER_BOOKED_SHOWN);
  const more = items.length - shown.length;
  const hours = (h: number): string => formatHours(Math.round(h * 10) / 10, locale);
  return (
    <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>
      <strong>{formatText(strings.OverBookedHeading, items.length)}</strong>
      <ul style={{ margin: "4px 0", paddingLeft: 20 }}>
        {shown.map((o) => (
          <li key={o.taskId}>{formatText(strings.OverBookedItem, names.taskLabel(o.taskId), hours(o.bookedHours), hours(o.neededHours), hours(o.excessHours))}</li>
        ))}
        {more > 0 && <li>{formatText(pluralText(more, strings.UnderBookedMoreOne, strings.UnderBookedMore), more)}</li>}
      </ul>
    </MessageBar>
  );
}

export function ConflictDialog({ conflict, names, locale, dispatch }: { conflict: BookingConflict; names: Names; locale: string; dispatch: React.Dispatch<BookingAction> }): JSX.Element {
  const { cell } = conflict;
  return (
    <Dialog
      hidden={false}
      onDismiss={() => dispatch({ type: "conflictResolved", key: conflict.key, keep: "theirs" })}
      dialogContentProps={{
        type: DialogType.normal,
        closeButtonAriaLabel: strings.DialogClose,
        title: strings.ConflictTitle,
        subText: formatText(strings.ConflictText, names.person(cell.personEmail), names.task(cell.taskId), isoWeek(cell.weekStart).week)
      }}
      modalProps={{ isBlocking: true }}
    >
      <ul>
        <li>{formatText(strings.ConflictMine, formatHours(conflict.mine, locale))}</li>
        <li>{conflict.theirs ? formatText(strings.ConflictTheirs, formatHours(conflict.theirs.value.hours, locale)) : strings.ConflictDeleted}</li>
      </ul>
      <DialogFooter>
        <PrimaryButton text={strings.ConflictKeepMine} onClick={() => dispatch({ type: "conflictResolved", key: conflict.key, keep: "mine" })} />
        <DefaultButton text={strings.ConflictTakeTheirs} onClick={() => dispatch({ type: "conflictResolved", key: conflict.key, keep: "theirs" })} />
      </DialogFooter>
    </Dialog>
  );
}
