/**
 * The dialog both views open when a save met a newer version in SharePoint (412): what the user
 * wrote beside what is there now, and the choice between keeping theirs or the other. Never a
 * silent overwrite. The view brings the words (each web part has its own loc module) and the
 * rows; when the item was deleted there is nothing to keep, and the only button closes.
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton, mergeStyleSets } from "@fluentui/react";

/** One compared value: a field of a task, or a booking's hours. */
export interface ConflictRow {
  key: string;
  label: string;
  mine: string;
  theirs: string;
}

export interface ConflictDialogShellProps {
  title: string;
  /** What happened, naming the item (or that it was deleted when `rows` is undefined). */
  text: string;
  /** The compared values; undefined when the item no longer exists. */
  rows?: readonly ConflictRow[];
  headers: { field: string; mine: string; theirs: string };
  keepMineText: string;
  takeTheirsText: string;
  /** The only button when the item was deleted. */
  closeText: string;
  onKeepMine: () => void;
  /** Also when the dialog is dismissed: taking theirs loses nothing of SharePoint's. */
  onTakeTheirs: () => void;
}

const classes = mergeStyleSets({
  table: { borderCollapse: "collapse", width: "100%", marginTop: 8 },
  cell: { textAlign: "left", padding: "4px 8px", borderBottom: "1px solid #edebe9", verticalAlign: "top" }
});

export function ConflictDialogShell(props: ConflictDialogShellProps): JSX.Element {
  const { rows, headers } = props;
  return (
    <Dialog
      hidden={false}
      onDismiss={props.onTakeTheirs}
      dialogContentProps={{ type: DialogType.normal, title: props.title, subText: props.text }}
      modalProps={{ isBlocking: true }}
      minWidth={480}
    >
      {rows && (
        <table className={classes.table}>
          <thead>
            <tr>
              <th scope="col" className={classes.cell}>{headers.field}</th>
              <th scope="col" className={classes.cell}>{headers.mine}</th>
              <th scope="col" className={classes.cell}>{headers.theirs}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className={classes.cell}>{row.label}</th>
                <td className={classes.cell}>{row.mine}</td>
                <td className={classes.cell}>{row.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <DialogFooter>
        {rows && <PrimaryButton text={props.keepMineText} onClick={props.onKeepMine} />}
        <DefaultButton text={rows ? props.takeTheirsText : props.closeText} onClick={props.onTakeTheirs} />
      </DialogFooter>
    </Dialog>
  );
}
