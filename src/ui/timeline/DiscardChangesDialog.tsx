/**
 * Asks before the task panel closes with changes that are not saved. "Fortsæt med at redigere"
 * has the focus, so Enter or Escape at once keeps the draft; closing without saving is a choice.
 */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, PrimaryButton } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";

export interface DiscardChangesDialogProps {
  onDiscard: () => void;
  onKeepEditing: () => void;
}

const KEEP_EDITING_CLASS = "oir-keep-editing";

export function DiscardChangesDialog({ onDiscard, onKeepEditing }: DiscardChangesDialogProps): JSX.Element {
  return (
    <Dialog
      hidden={false}
      onDismiss={onKeepEditing}
      dialogContentProps={{ type: DialogType.normal, title: strings.DiscardTitle, subText: strings.DiscardText }}
      modalProps={{ isBlocking: true, isAlert: true, focusTrapZoneProps: { firstFocusableSelector: KEEP_EDITING_CLASS } }}
    >
      <DialogFooter>
        <PrimaryButton className={KEEP_EDITING_CLASS} text={strings.DiscardKeepEditing} onClick={onKeepEditing} />
        <DefaultButton text={strings.DiscardConfirm} onClick={onDiscard} />
      </DialogFooter>
    </Dialog>
  );
}
