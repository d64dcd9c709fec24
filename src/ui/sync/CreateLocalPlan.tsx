/**
 * "Opret lokal tidsplan": shown where the municipality has no local rows yet. Copies the wave's
 * master rows into its Planer; missing lists are created first through `ensureLists` (the web
 * part passes ensureLocalLists for a site owner).
 */
import * as React from "react";
import { MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, Text } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { LocalPlanRepository, MasterPlanRepository } from "../../data/repositories";
import { createLocalPlan, type CreateLocalPlanResult, type EnsureListsReport } from "../../data/sync";
import { ErrorState } from "../common/LoadStates";
import { formatText } from "../common/format";
import { farmNoteText, failureText } from "./syncText";

export interface CreateLocalPlanProps {
  repositories: { master: MasterPlanRepository; local: LocalPlanRepository };
  waveTitle: string;
  ensureLists?: () => Promise<EnsureListsReport>;
  onCreated?: (result: CreateLocalPlanResult) => void;
}

type State = { phase: "idle" } | { phase: "working" } | { phase: "done"; result: CreateLocalPlanResult } | { phase: "failed"; error: unknown };

export function CreateLocalPlan({ repositories, waveTitle, ensureLists, onCreated }: CreateLocalPlanProps): JSX.Element {
  const [state, setState] = React.useState<State>({ phase: "idle" });
  const create = (): void => {
    setState({ phase: "working" });
    createLocalPlan(repositories, waveTitle, ensureLists).then(
      (result) => {
        setState({ phase: "done", result });
        onCreated?.(result);
      },
      (error: unknown) => setState({ phase: "failed", error })
    );
  };
  return (
    <Stack tokens={{ childrenGap: 8 }}>
      <Text block={true}>{formatText(strings.CreateLocalPlanIntro, waveTitle)}</Text>
      <div>
        <PrimaryButton text={strings.CreateLocalPlanButton} onClick={create} disabled={state.phase === "working"} />
      </div>
      {state.phase === "working" && <Spinner label={strings.CreateLocalPlanWorking} labelPosition="right" role="status" aria-live="polite" />}
      {state.phase === "failed" && <ErrorState title={strings.CreateLocalPlanFailed} error={state.error} onRetry={create} />}
      {state.phase === "done" && (
        <MessageBar messageBarType={state.result.failed.length ? MessageBarType.warning : MessageBarType.success} isMultiline={true} role="status">
          <div>{formatText(strings.CreateLocalPlanDone, state.result.added.length)}</div>
          {state.result.createdLists.length > 0 && <div>{formatText(strings.CreateLocalPlanListsCreated, state.result.createdLists.join(", "))}</div>}
          {state.result.presentationNotes.map((note) => (
            <div key={note.kind}>{farmNoteText(note, state.result.farm)}</div>
          ))}
          {state.result.failed.map((f) => (
            <div key={f.taskId}>
              {f.taskId}: {failureText(f.error, String)}
            </div>
          ))}
        </MessageBar>
      )}
    </Stack>
  );
}
