/**
 * "Opdatér fra KOMBIT": reads KOMBIT's rows for the wave and the local plan, shows new, changed
 * (field by field, old → new) and withdrawn rows with checkboxes, applies the chosen ones and
 * shows what was written and what was not (and why). Local fields are never written.
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, Spinner, Text } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { LocalPlanRepository, MasterPlanRepository } from "../../data/repositories";
import { applySyncChoices, isInSync, previewSync, type SyncPreview, type SyncResult } from "../../data/sync";
import { ErrorState } from "../common/LoadStates";
import { formatText } from "../common/format";
import { chosenCount, syncDialogReducer } from "./syncDialogReducer";
import { SyncSections } from "./SyncSections";
import { failureText, taskName } from "./syncText";

export interface SyncDialogProps {
  repositories: { master: MasterPlanRepository; local: LocalPlanRepository };
  /** The municipality's wave, e.g. "KY - Bølge 5". */
  waveTitle: string;
  onDismiss: () => void;
  /** Called after an apply that wrote something (the caller reloads its plan). */
  onApplied?: (result: SyncResult) => void;
}

function nameOf(preview: SyncPreview): (taskId: number) => string {
  return (taskId) => {
    const task = preview.masterById.get(taskId)?.value ?? preview.localById.get(taskId)?.task;
    return task ? taskName(task) : String(taskId);
  };
}

function ResultView({ preview, result }: { preview: SyncPreview; result: SyncResult }): JSX.Element {
  const name = nameOf(preview);
  const failed = result.failed.length > 0;
  return (
    <div>
      <MessageBar messageBarType={failed ? MessageBarType.warning : MessageBarType.success} isMultiline={true} role="status">
        {formatText(strings.SyncResultSummary, result.added.length, result.changed.length, result.markedWithdrawn.length)}
        {result.pulledIn.length > 0 && <div>{formatText(strings.SyncPulledIn, result.pulledIn.map(name).join(", "))}</div>}
      </MessageBar>
      {failed && (
        <>
          <h3>{formatText(strings.SyncFailedHeading, result.failed.length)}</h3>
          <ul>
            {result.failed.map((f) => (
              <li key={`${f.action}-${f.taskId}`}>
                {name(f.taskId)}: {failureText(f.error, name)}
              </li>
            ))}
          </ul>
          <Text block={true}>{strings.SyncFailedHint}</Text>
        </>
      )}
    </div>
  );
}

export function SyncDialog({ repositories, waveTitle, onDismiss, onApplied }: SyncDialogProps): JSX.Element {
  const [state, dispatch] = React.useReducer(syncDialogReducer, { phase: "reading" });
  const [readCount, setReadCount] = React.useState(0);

  React.useEffect(() => {
    let live = true;
    dispatch({ type: "readStarted" });
    previewSync(repositories, waveTitle).then(
      (preview) => live && dispatch({ type: "previewRead", preview }),
      (error: unknown) => live && dispatch({ type: "readFailed", error })
    );
    return () => {
      live = false;
    };
  }, [repositories, waveTitle, readCount]);

  const apply = (): void => {
    if (state.phase !== "choosing" && state.phase !== "applyFailed") return;
    dispatch({ type: "applyStarted" });
    applySyncChoices(repositories.local, state.preview, state.choices).then(
      (result) => {
        dispatch({ type: "applied", result });
        if (result.added.length + result.changed.length + result.markedWithdrawn.length > 0) onApplied?.(result);
      },
      (error: unknown) => dispatch({ type: "applyFailed", error })
    );
  };

  let body: JSX.Element;
  let primary: JSX.Element | undefined;
  switch (state.phase) {
    case "reading":
      body = <Spinner label={strings.SyncReading} labelPosition="right" role="status" aria-live="polite" />;
      break;
    case "readFailed":
      body = <ErrorState title={strings.SyncReadFailed} error={state.error} onRetry={() => setReadCount((n) => n + 1)} />;
      break;
    case "applied":
      body = <ResultView preview={state.preview} result={state.result} />;
      break;
    default: {
      const busy = state.phase === "applying";
      const count = chosenCount(state.choices);
      const inSync = isInSync(state.preview);
      body = inSync ? (
        <MessageBar messageBarType={MessageBarType.success} role="status">{strings.SyncNothingToDo}</MessageBar>
      ) : (
        <>
          {state.phase === "applyFailed" && <ErrorState title={strings.SyncApplyFailed} error={state.error} />}
          <SyncSections
            preview={state.preview}
            choices={state.choices}
            disabled={busy}
            onToggleNew={(taskId, checked) => dispatch({ type: "newRowToggled", taskId, checked })}
            onToggleChanged={(taskId, checked) => dispatch({ type: "changedRowToggled", taskId, checked })}
            onToggleWithdrawnMark={(taskId, checked) => dispatch({ type: "withdrawnMarkToggled", taskId, checked })}
          />
          {busy && <Spinner label={strings.SyncApplying} labelPosition="right" role="status" aria-live="polite" />}
        </>
      );
      primary = inSync ? undefined : <PrimaryButton text={formatText(strings.SyncApply, count)} disabled={busy || count === 0} onClick={apply} />;
    }
  }

  // Nothing to choose (read failed, applied, or the plan is already in sync): the button only closes.
  const onlyCloses =
    state.phase === "applied" || state.phase === "readFailed" || ((state.phase === "choosing" || state.phase === "applyFailed") && isInSync(state.preview));
  return (
    <Dialog
      hidden={false}
      onDismiss={onDismiss}
      minWidth={560}
      maxWidth={860}
      dialogContentProps={{ type: DialogType.largeHeader, title: strings.SyncTitle, subText: formatText(strings.SyncSubText, waveTitle) }}
      modalProps={{ isBlocking: state.phase === "applying" }}
    >
      {body}
      <DialogFooter>
        {primary}
        <DefaultButton text={onlyCloses ? strings.SyncClose : strings.SyncCancel} onClick={onDismiss} disabled={state.phase === "applying"} />
      </DialogFooter>
    </Dialog>
  );
}
