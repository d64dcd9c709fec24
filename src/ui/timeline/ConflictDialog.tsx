/**
 * A save met a newer version (412): shows, per field, what the user wrote and what is in
 * SharePoint now, and lets them keep theirs or take the other. Never a silent overwrite.
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, mergeStyleSets } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { ConflictError } from "../../data/errors";
import { statusLabel } from "../common/StatusBadge";
import { formatDate, formatText } from "../common/format";
import type { StateChanges } from "./timelineReducer";

export interface ConflictDialogProps {
  taskLabel: string;
  error: ConflictError<StateChanges, StateChanges>;
  locale: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

const classes = mergeStyleSets({
  table: { borderCollapse: "collapse", width: "100%", marginTop: 8 },
  cell: { textAlign: "left", padding: "4px 8px", borderBottom: "1px solid #edebe9", verticalAlign: "top" }
});

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
  const keys = Object.keys(error.mine) as (keyof StateChanges)[];
  const theirs = error.theirs?.value;
  return (
    <Dialog
      hidden={false}
      onDismiss={onTakeTheirs}
      dialogContentProps={{
        type: DialogType.normal,
        title: strings.ConflictTitle,
        subText: theirs ? formatText(strings.ConflictText, taskLabel) : strings.ConflictDeleted
      }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
    >
      {theirs && (
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col" className={classes.cell}>{strings.ConflictField}</th>
              <th scope="col" className={classes.cell}>{strings.ConflictMine}</th>
              <th scope="col" className={classes.cell}>{strings.ConflictTheirs}</th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row" className={classes.cell}>{FIELD_LABELS[key]()}</th>
                <td className={classes.cell}>{fieldText(key, error.mine, locale)}</td>
                <td className={classes.cell}>{fieldText(key, theirs, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogFooter>
        {theirs && <PrimaryButton text={strings.KeepMine} onClick={onKeepMine} />}
        <DefaultButton text={theirs ? strings.TakeTheirs : strings.PanelClose} onClick={onTakeTheirs} />
      </DialogFooter>
    </Dialog>
  );
}
