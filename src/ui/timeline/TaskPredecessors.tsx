/**
 * The task panel's predecessors: KOMBIT's (fixed) and the municipality's own, which the user
 * adds and removes in the panel's draft (saved with Gem, like the panel's other fields).
 * A link that would close a cycle is refused here, against the draft.
 */
import * as React from "react";
import { Dropdown, IconButton, MessageBar, MessageBarType, mergeStyleSets, type IDropdownOption } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { canLink } from "../../domain/dependencies";
import type { ScheduledTask } from "../../domain/schedule";
import { formatText } from "../common/format";

export interface TaskPredecessorsProps {
  task: ScheduledTask;
  /** Every scheduled task of the wave, for the choices and the cycle check. */
  scheduled: ScheduledTask[];
  canEdit: boolean;
  /** The municipality's own predecessors in the draft. */
  localPredecessors: readonly number[];
  onChange: (localPredecessors: number[]) => void;
}

const classes = mergeStyleSets({
  heading: { fontSize: 16, fontWeight: 600, margin: "16px 0 4px" },
  predecessor: { display: "flex", alignItems: "center", justifyContent: "space-between" }
});

export function TaskPredecessors({ task, scheduled, canEdit, localPredecessors, onChange }: TaskPredecessorsProps): JSX.Element {
  const [message, setMessage] = React.useState<string | undefined>();
  const codeOf = React.useMemo(() => {
    const byId = new Map(scheduled.map((t) => [t.id, t.task.code]));
    return (id: number): string => byId.get(id) ?? String(id);
  }, [scheduled]);
  const kombit = task.task.predecessors;
  // KOMBIT's predecessors followed by the draft's own, without duplicates (as the schedule merges them).
  const shown = React.useMemo(() => [...kombit, ...localPredecessors.filter((id) => !kombit.includes(id))], [kombit, localPredecessors]);
  const addOptions = React.useMemo(
    (): IDropdownOption[] =>
      scheduled.filter((t) => t.id !== task.id && !shown.includes(t.id)).map((t) => ({ key: t.id, text: `${t.task.code} ${t.task.title}` })),
    [scheduled, task.id, shown]
  );

  const add = (id: number): void => {
    // The graph as it would be saved: this task with the draft's predecessors.
    const nodes = scheduled.map((t) => ({ id: t.id, predecessors: t.id === task.id ? shown : t.predecessors }));
    const check = canLink(nodes, id, task.id);
    if (!check.ok) {
      if (check.refusal.kind === "wouldCloseCycle") {
        const cycle = [...check.refusal.cycle, check.refusal.cycle[0]].map(codeOf).join(" → ");
        setMessage(formatText(strings.CycleRefused, cycle));
      }
      return;
    }
    setMessage(undefined);
    onChange([...localPredecessors, id]);
  };

  return (
    <>
      <h3 className={classes.heading}>{strings.Predecessors}</h3>
      {message && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={strings.Dismiss}>
          {message}
        </MessageBar>
      )}
      <ul>
        {shown.map((id) => {
          const local = !kombit.includes(id);
          const text = local ? codeOf(id) : formatText(strings.KombitPredecessor, codeOf(id));
          return (
            <li key={id} className={classes.predecessor}>
              <span>{text}</span>
              {local && canEdit && (
                <IconButton
                  iconProps={{ iconName: "Cancel" }}
                  ariaLabel={formatText(strings.RemovePredecessor, codeOf(id))}
                  onClick={() => onChange(localPredecessors.filter((p) => p !== id))}
                />
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && <Dropdown label={strings.AddPredecessor} options={addOptions} selectedKey={null} onChange={(_e, o) => o && add(Number(o.key))} />}
    </>
  );
}
