/**
 * The local working group (PL 12 step 6): who takes part, in which KLIK roles, with how many
 * hours a week. Editors add people (AddMemberForm, loaded on demand) and remove them, after a
 * confirmation that says what the person has booked; the status line then offers "Fortryd", which
 * adds them again with the same roles and capacity. Their bookings are kept (the grid shows them
 * under "Tidligere medlemmer"). Readers see the list only. Saved through WorkingGroupRepository.
 * A change SharePoint did not answer is queued: the person is listed at once as "venter på
 * SharePoint" (being added or removed, in words and an icon) and becomes an ordinary row when the
 * queue sends it; one SharePoint refuses says so and can be discarded.
 */
import * as React from "react";
import { MessageBar, MessageBarButton, MessageBarType, Stack } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { PeopleDirectory, Stored } from "../../data/repositories";
import { PendingWriteError } from "../../data/errors";
import { ErrorState } from "../common/LoadStates";
import { formatHours, formatText, pluralText } from "../common/format";
import { LazyAddMemberForm } from "./LazyAddMemberForm";
import { RemoveMemberDialog } from "./RemoveMemberDialog";
import type { MemberBookings } from "./memberBookings";
import { personKey } from "./cellKey";
import type { PendingMembers } from "./pendingMembers";
import { WorkingGroupTable, type MemberRow } from "./WorkingGroupTable";

export interface WorkingGroupPanelProps {
  members: Stored<WorkingGroupMember>[];
  roles: string[];
  people: PeopleDirectory;
  canEdit: boolean;
  locale: string;
  /** Adds and removals waiting for SharePoint. */
  pending: PendingMembers;
  /** Drops a queued change (offered when SharePoint refused it). */
  onDiscardPending: (writeId: string) => void;
  /** The working group could not be read again after a queued change landed. */
  loadError?: unknown;
  /** "pending": SharePoint did not answer; the change is queued and shown as waiting. */
  onAdd: (member: WorkingGroupMember) => Promise<"saved" | "pending">;
  onRemove: (member: Stored<WorkingGroupMember>) => Promise<"saved" | "pending">;
  onUpdate: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
  /** What a person has booked (asked when removing them); stable, reads the latest bookings. */
  bookingsOf: (email: string) => MemberBookings;
  /** The code of a task (e.g. "PL 12"). */
  taskCode: (taskId: number) => string;
}

interface Status {
  text: string;
  /** The change waits for SharePoint (a warning, not a success). */
  pending?: boolean;
  /** The member just removed: "Fortryd" adds them again. */
  undo?: Stored<WorkingGroupMember>;
}

interface Removal {
  member: Stored<WorkingGroupMember>;
  bookings: MemberBookings;
  busy: boolean;
}

function WorkingGroupPanelView(props: WorkingGroupPanelProps): JSX.Element {
  const { members, canEdit, locale, onRemove, onUpdate, onAdd } = props;
  const [status, setStatusValue] = React.useState<Status | undefined>();
  const setStatus = React.useCallback((text: string, pending?: boolean) => setStatusValue({ text, pending }), []);
  const [error, setError] = React.useState<unknown>();
  const [removal, setRemoval] = React.useState<Removal | undefined>();
  const [undoing, setUndoing] = React.useState(false);
  // After a removal or an undo the button that had the focus is gone: the status line takes it.
  const statusRef = React.useRef<HTMLDivElement>(null);
  const [focusStatus, setFocusStatus] = React.useState(0);
  React.useEffect(() => {
    if (focusStatus > 0) statusRef.current?.focus();
  }, [focusStatus]);
  const { pending } = props;
  const rows: MemberRow[] = [
    ...members.map((m): MemberRow => ({ kind: "saved", stored: m, member: m.value, removal: pending.removals.get(m.itemId) })),
    ...pending.adds.map((change): MemberRow => ({ kind: "adding", member: change.member, change }))
  ].sort((a, b) => a.member.person.displayName.localeCompare(b.member.person.displayName, "da"));
  const allMembers = React.useMemo(() => [...members.map((m) => m.value), ...pending.adds.map((a) => a.member)], [members, pending.adds]);
  const askRemove = (member: Stored<WorkingGroupMember>): void => {
    setError(undefined);
    setRemoval({ member, bookings: props.bookingsOf(member.value.person.email), busy: false });
  };
  const confirmRemove = (): void => {
    if (!removal || removal.busy) return;
    const { member, bookings } = removal;
    setRemoval({ ...removal, busy: true });
    onRemove(member).then(
      (outcome) => {
        setRemoval(undefined);
        const name = member.value.person.displayName;
        if (outcome === "pending") setStatusValue({ text: formatText(strings.WorkingGroupRemovedPending, name), pending: true });
        else {
          const text = bookings.hours > 0 ? formatText(strings.WorkingGroupRemovedKept, name, formatHours(bookings.hours, locale)) : formatText(strings.WorkingGroupRemoved, name);
          setStatusValue({ text, undo: member });
        }
        setFocusStatus((n) => n + 1);
      },
      (e: unknown) => {
        setRemoval(undefined);
        setError(e);
      }
    );
  };
  const undo = (member: Stored<WorkingGroupMember>): void => {
    setError(undefined);
    setUndoing(true);
    onAdd(member.value).then(
      (outcome) => {
        setUndoing(false);
        const name = member.value.person.displayName;
        if (outcome === "pending") setStatusValue({ text: formatText(strings.WorkingGroupAddedPending, name), pending: true });
        else setStatusValue({ text: formatText(strings.WorkingGroupRestored, name, formatHours(member.value.weeklyCapacityHours, locale)) });
        setFocusStatus((n) => n + 1);
      },
      (e: unknown) => {
        setUndoing(false);
        setError(e);
      }
    );
  };
  // Someone added the person again meanwhile (the form, another user): nothing to undo.
  const undoable = status?.undo && !members.some((m) => personKey(m.value.person.email) === personKey(status.undo?.value.person.email ?? "")) ? status.undo : undefined;
  const onError = React.useCallback((e: unknown) => setError(e), []);
  const update = React.useCallback(
    (member: Stored<WorkingGroupMember>, value: WorkingGroupMember): Promise<void> => {
      setError(undefined);
      return onUpdate(member, value).then(() =>
        setStatus(
          value.weeklyCapacityHours !== member.value.weeklyCapacityHours
            ? formatText(
                pluralText(value.weeklyCapacityHours, strings.WorkingGroupUpdatedOne, strings.WorkingGroupUpdated),
                value.person.displayName,
                formatHours(value.weeklyCapacityHours, locale)
              )
            : formatText(strings.WorkingGroupRolesUpdated, value.person.displayName, value.roles.join(", "))
        )
      );
    },
    [onUpdate, locale, setStatus]
  );

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      {canEdit && (
        <LazyAddMemberForm members={allMembers} roles={props.roles} people={props.people} onAdd={props.onAdd} onStatus={setStatus} onError={onError} />
      )}
      {error !== undefined && (
        // A write without an answer is queued and sent again (src/data/pending): say it waits, not that it failed.
        <ErrorState title={error instanceof PendingWriteError ? strings.WorkingGroupSavePending : strings.WorkingGroupSaveFailed} error={error} />
      )}
      {props.loadError !== undefined && <ErrorState title={strings.WorkingGroupReadFailed} error={props.loadError} />}
      <div role="status" aria-live="polite" ref={statusRef} tabIndex={-1} style={{ outline: "none" }}>
        {status && (
          <MessageBar
            messageBarType={status.pending ? MessageBarType.warning : MessageBarType.success}
            isMultiline={true}
            actions={
              undoable && (
                <div>
                  <MessageBarButton
                    text={strings.Undo}
                    ariaLabel={formatText(strings.UndoRemoveLabel, undoable.value.person.displayName)}
                    disabled={undoing}
                    onClick={() => undo(undoable)}
                  />
                </div>
              )
            }
          >
            {status.text}
          </MessageBar>
        )}
      </div>
      {rows.length === 0 ? (
        <MessageBar messageBarType={MessageBarType.info}>{canEdit ? strings.WorkingGroupEmptyEditor : strings.EmptyWorkingGroup}</MessageBar>
      ) : (
        <WorkingGroupTable
          rows={rows}
          roles={props.roles}
          canEdit={canEdit}
          locale={locale}
          onUpdate={update}
          onError={onError}
          onAskRemove={askRemove}
          onDiscardPending={props.onDiscardPending}
        />
      )}
      {removal && (
        <RemoveMemberDialog
          member={removal.member}
          bookings={removal.bookings}
          taskCode={props.taskCode}
          locale={locale}
          busy={removal.busy}
          onConfirm={confirmRemove}
          onCancel={() => setRemoval(undefined)}
        />
      )}
    </Stack>
  );
}

/** Memoized: grid edits re-render the root, and the working group (200 fields) need not follow. */
export const WorkingGroupPanel = React.memo(WorkingGroupPanelView);
