/** State of the "Opdatér fra KOMBIT" dialog: read → choose → apply → result. */
import type { SyncChoices, SyncPreview, SyncResult } from "../../data/sync";
import { defaultChoices } from "../../data/sync";

export type SyncDialogState =
  | { phase: "reading" }
  | { phase: "readFailed"; error: unknown }
  | { phase: "choosing"; preview: SyncPreview; choices: SyncChoices }
  | { phase: "applying"; preview: SyncPreview; choices: SyncChoices }
  | { phase: "applyFailed"; preview: SyncPreview; choices: SyncChoices; error: unknown }
  | { phase: "applied"; preview: SyncPreview; result: SyncResult };

export type SyncDialogAction =
  | { type: "readStarted" }
  | { type: "previewRead"; preview: SyncPreview }
  | { type: "readFailed"; error: unknown }
  | { type: "newRowToggled"; taskId: number; checked: boolean }
  | { type: "changedRowToggled"; taskId: number; checked: boolean }
  | { type: "withdrawnMarkToggled"; taskId: number; checked: boolean }
  | { type: "applyStarted" }
  | { type: "applied"; result: SyncResult }
  | { type: "applyFailed"; error: unknown };

function toggle(ids: readonly number[], id: number, checked: boolean): number[] {
  const rest = ids.filter((x) => x !== id);
  return checked ? [...rest, id] : rest;
}

export function syncDialogReducer(state: SyncDialogState, action: SyncDialogAction): SyncDialogState {
  switch (action.type) {
    case "readStarted":
      return { phase: "reading" };
    case "previewRead":
      return { phase: "choosing", preview: action.preview, choices: defaultChoices(action.preview) };
    case "readFailed":
      return { phase: "readFailed", error: action.error };
    case "newRowToggled":
    case "changedRowToggled":
    case "withdrawnMarkToggled": {
      if (state.phase !== "choosing" && state.phase !== "applyFailed") return state;
      const c = state.choices;
      const choices: SyncChoices =
        action.type === "newRowToggled"
          ? { ...c, added: toggle(c.added, action.taskId, action.checked) }
          : action.type === "changedRowToggled"
            ? { ...c, changed: toggle(c.changed, action.taskId, action.checked) }
            : { ...c, markWithdrawn: toggle(c.markWithdrawn, action.taskId, action.checked) };
      return { phase: "choosing", preview: state.preview, choices };
    }
    case "applyStarted":
      return state.phase === "choosing" || state.phase === "applyFailed" ? { phase: "applying", preview: state.preview, choices: state.choices } : state;
    case "applied":
      return state.phase === "applying" ? { phase: "applied", preview: state.preview, result: action.result } : state;
    case "applyFailed":
      return state.phase === "applying" ? { phase: "applyFailed", preview: state.preview, choices: state.choices, error: action.error } : state;
  }
}

/** How many changes the chosen set would write. */
export function chosenCount(choices: SyncChoices): number {
  return choices.added.length + choices.changed.length + choices.markWithdrawn.length;
}
