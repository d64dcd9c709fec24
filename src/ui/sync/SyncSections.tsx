/** The three parts of the "Opdatér fra KOMBIT" preview: new, changed (field by field) and withdrawn rows. */
import * as React from "react";
import { Checkbox, mergeStyleSets, Stack, Text } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { ChangedRow } from "../../domain/sync";
import type { KlikTask } from "../../domain/model";
import type { SyncChoices, SyncPreview } from "../../data/sync";
import { formatText } from "../common/format";
import { fieldLabel, taskName, valueText } from "./syncText";

const classes = mergeStyleSets({
  section: { marginTop: 12 },
  heading: { fontSize: 16, fontWeight: 600, margin: "8px 0" },
  table: { borderCollapse: "collapse", margin: "4px 0 12px 28px", fontSize: 13 },
  cell: { border: "1px solid #c8c6c4", padding: "2px 6px", textAlign: "left", verticalAlign: "top", maxWidth: 260, overflowWrap: "anywhere" },
  caption: { position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }
});

export interface SyncSectionsProps {
  preview: SyncPreview;
  choices: SyncChoices;
  disabled: boolean;
  onToggleNew: (taskId: number, checked: boolean) => void;
  onToggleChanged: (taskId: number, checked: boolean) => void;
  onToggleWithdrawnMark: (taskId: number, checked: boolean) => void;
}

function ChangeTable({ row, name }: { row: ChangedRow; name: string }): JSX.Element {
  if (row.changes.length === 0) {
    return <Text block={true} styles={{ root: { marginLeft: 28 } }}>{formatText(strings.SyncVersionOnly, row.fromVersion, row.toVersion)}</Text>;
  }
  return (
    <table className={classes.table}>
      <caption className={classes.caption}>{formatText(strings.SyncChangesCaption, name)}</caption>
      <thead>
        <tr>
          <th scope="col" className={classes.cell}>{strings.SyncColumnField}</th>
          <th scope="col" className={classes.cell}>{strings.SyncColumnOld}</th>
          <th scope="col" className={classes.cell}>{strings.SyncColumnNew}</th>
        </tr>
      </thead>
      <tbody>
        {row.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row" className={classes.cell}>{fieldLabel(c.field)}</th>
            <td className={classes.cell}>{valueText(c.field, c.oldValue)}</td>
            <td className={classes.cell}>{valueText(c.field, c.newValue)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SyncSections(props: SyncSectionsProps): JSX.Element {
  const { preview, choices, disabled } = props;
  const { added, changed, withdrawn } = preview.diff;
  const localTask = (id: number): KlikTask | undefined => preview.localById.get(id)?.task;
  const masterTask = (id: number): KlikTask | undefined => preview.masterById.get(id)?.value;
  return (
    <Stack>
      {added.length > 0 && (
        <section className={classes.section} aria-labelledby="oir-sync-new">
          <h3 id="oir-sync-new" className={classes.heading}>{formatText(strings.SyncNewHeading, added.length)}</h3>
          <Stack tokens={{ childrenGap: 6 }}>
            {added.map((t) => (
              <Checkbox
                key={t.id}
                label={taskName(t)}
                checked={choices.added.includes(t.id)}
                disabled={disabled}
                onChange={(_e, checked) => props.onToggleNew(t.id, checked === true)}
              />
            ))}
          </Stack>
        </section>
      )}
      {changed.length > 0 && (
        <section className={classes.section} aria-labelledby="oir-sync-changed">
          <h3 id="oir-sync-changed" className={classes.heading}>{formatText(strings.SyncChangedHeading, changed.length)}</h3>
          {changed.map((row) => {
            const task = masterTask(row.taskId) ?? localTask(row.taskId);
            const name = task ? taskName(task) : String(row.taskId);
            return (
              <div key={row.taskId}>
                <Checkbox
                  label={name}
                  checked={choices.changed.includes(row.taskId)}
                  disabled={disabled}
                  onChange={(_e, checked) => props.onToggleChanged(row.taskId, checked === true)}
                />
                <ChangeTable row={row} name={name} />
              </div>
            );
          })}
        </section>
      )}
      {withdrawn.length > 0 && (
        <section className={classes.section} aria-labelledby="oir-sync-withdrawn">
          <h3 id="oir-sync-withdrawn" className={classes.heading}>{formatText(strings.SyncWithdrawnHeading, withdrawn.length)}</h3>
          <Text block={true}>{strings.SyncWithdrawnHint}</Text>
          <Stack tokens={{ childrenGap: 6 }} styles={{ root: { marginTop: 6 } }}>
            {withdrawn.map((w) => {
              const task = localTask(w.taskId);
              const name = task ? taskName(task) : String(w.taskId);
              return (
                <Checkbox
                  key={w.taskId}
                  label={formatText(strings.SyncMarkWithdrawn, name)}
                  checked={choices.markWithdrawn.includes(w.taskId)}
                  disabled={disabled}
                  onChange={(_e, checked) => props.onToggleWithdrawnMark(w.taskId, checked === true)}
                />
              );
            })}
          </Stack>
        </section>
      )}
    </Stack>
  );
}
