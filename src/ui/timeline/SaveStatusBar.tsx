/**
 * Saves the user should know about: writes waiting in the pending queue (throttled or
 * offline, with a retry), and edits SharePoint refused (rolled back, with the reason).
 */
import * as React from "react";
import { MessageBar, MessageBarButton, MessageBarType, Stack } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { PendingWrite } from "../../data/repositories";
import { describeError } from "../common/errorMessage";
import { formatText } from "../common/format";
import type { SaveState } from "./timelineReducer";

export interface SaveStatusBarProps {
  pendingWrites: PendingWrite[];
  saves: ReadonlyMap<number, SaveState>;
  codeOf: (taskId: number) => string;
  /** Task code of a local Planer item (pending writes name items, not tasks). */
  codeOfItem: (itemId: number | undefined) => string;
  onRetry: () => void;
  onDiscard: (pendingId: string) => void;
}

export function SaveStatusBar({ pendingWrites, saves, codeOf, codeOfItem, onRetry, onDiscard }: SaveStatusBarProps): JSX.Element | null {
  const queuedHere = [...saves.values()].filter((s) => s.kind === "pending").length;
  const waiting = Math.max(pendingWrites.filter((w) => w.status === "waiting" || w.status === "retrying").length, queuedHere);
  // Found on a retry: the queue keeps them until the user has seen them and discards them.
  const stuck = pendingWrites.filter((w) => w.status === "conflict" || w.status === "failed");
  const refused = [...saves.entries()].filter((entry): entry is [number, Extract<SaveState, { kind: "failed" }>] => entry[1].kind === "failed");
  const saving = [...saves.values()].some((s) => s.kind === "saving");
  if (waiting === 0 && refused.length === 0 && stuck.length === 0 && !saving) return null;
  return (
    <Stack tokens={{ childrenGap: 4 }} data-oir-noprint="">
      {saving && <span role="status">{strings.Saving}</span>}
      {waiting > 0 && (
        <MessageBar
          messageBarType={MessageBarType.warning}
          actions={<MessageBarButton onClick={onRetry}>{strings.RetryNow}</MessageBarButton>}
          isMultiline={false}
        >
          {waiting === 1 ? strings.PendingSavesOne : formatText(strings.PendingSaves, waiting)}
        </MessageBar>
      )}
      {stuck.map((write) => (
        <MessageBar
          key={write.id}
          messageBarType={MessageBarType.error}
          isMultiline={true}
          actions={<MessageBarButton onClick={() => onDiscard(write.id)}>{strings.Discard}</MessageBarButton>}
        >
          {write.status === "conflict"
            ? formatText(strings.PendingConflict, codeOfItem(write.itemId))
            : formatText(strings.PendingRefused, codeOfItem(write.itemId), write.error ? describeError(write.error).message : write.lastError)}
        </MessageBar>
      ))}
      {refused.map(([taskId, save]) => (
        <MessageBar key={taskId} messageBarType={MessageBarType.error} isMultiline={true}>
          {formatText(strings.SaveFailed, codeOf(taskId), describeError(save.error).message)}
        </MessageBar>
      ))}
    </Stack>
  );
}
