/**
 * A task's save met a newer version (412): the task's fields in words, in the conflict dialog
 * both views share (common/ConflictDialogShell), with keep mine / take theirs.
 */
import * as React from "react";
import * as strings from "OirTimelineWebPartStrings";
import type { ConflictError } from "../../data/errors";
import { statusLabel } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import { ConflictDialogShell } from "../common/ConflictDialogShell";
import type { StateChanges } from "./timelineReducer";

export interface ConflictDialogProps {
  taskLabel: string;
  error: ConflictError<StateChanges, StateChanges>;
  locale: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

const FIELD_LABELS: Record<keyof StateChanges, () => string> = {
  localStart: () => strings.FieldStart,
  localEnd: () => strings.FieldEnd,
  responsible: () => strings.FieldResponsible,
  performer: () => strings.FieldPerformer,
  status: () => strings.FieldStatus,
  note: () => strings.FieldNote,
  localPredecessors: () => strings.Predecessors
};

/** A field's value in words. */
function fieldText(key: keyof StateChanges, changes: StateChanges, locale: string): string {
  switch (key) {
    case "localStart":
    case "localEnd": {
      const date = changes[key];
      return date ? formatDate(date, locale) : strings.Empty;
    }
    case "responsible":
    case "performer":
      return changes[key]?.displayName ?? strings.Empty;
    case "status":
      return changes.status ? statusLabel(changes.status) : strings.Empty;
    case "note":
      return changes.note || strings.Empty;
    case "localPredecessors":
      return (changes.localPredecessors ?? []).join(", ") || strings.Empty;
  }
}

export function ConflictDialog({ taskLabel, error, locale, onKeepMine, onTakeTheirs }: ConflictDialogProps): JSX.Element {
  const theirs = error.theirs?.value;
  const rows = theirs
    ? (Object.keys(error.mine) as (keyof StateChanges)[]).map((key) => ({
        key,
        label: FIELD_LABELS[key](),
        mine: fieldText(key, error.mine, locale),
        theirs: fieldText(key, theirs, locale)
      }))
    : undefined;
  return (
    <ConflictDialogShell
      title={strings.ConflictTitle}
      text={theirs ? formatText(strings.ConflictText, taskLabel) : strings.ConflictDeleted}
      rows={rows}
      headers={{ field: strings.ConflictField, mine: strings.ConflictMine, theirs: strings.ConflictTheirs }}
      keepMineText={strings.KeepMine}
      takeTheirsText={strings.TakeTheirs}
      closeText={strings.PanelClose}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
