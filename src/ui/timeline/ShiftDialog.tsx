/** "Forskyd": how many working days to move the selected tasks (negative = earlier). */
import * as React from "react";
import { DefaultButton, Dialog, DialogFooter, DialogType, MessageBar, MessageBarType, PrimaryButton, SpinButton } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { formatText, pluralText } from "../common/format";

export interface ShiftDialogProps {
  count: number;
  onShift: (workingDays: number) => void;
  onDismiss: () => void;
  /** Why a shift by this many working days is refused (e.g. it leaves the plan's date window), or undefined. */
  refusal?: (workingDays: number) => string | undefined;
}

export function ShiftDialog({ count, onShift, onDismiss, refusal }: ShiftDialogProps): JSX.Element {
  const [days, setDays] = React.useState(5);
  const refused = days === 0 ? undefined : refusal?.(days);
  return (
    <Dialog
      hidden={false}
      onDismiss={onDismiss}
      dialogContentProps={{ type: DialogType.normal, title: formatText(pluralText(count, strings.ShiftTitleOne, strings.ShiftTitle), count), subText: strings.ShiftHint }}
    >
      <SpinButton
        label={strings.ShiftDays}
        value={String(days)}
        min={-260}
        max={260}
        step={1}
        incrementButtonAriaLabel={strings.ShiftDaysMore}
        decrementButtonAriaLabel={strings.ShiftDaysFewer}
        onChange={(_e, value) => {
          const n = Number(value);
          if (Number.isInteger(n)) setDays(n);
        }}
      />
      {refused && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true}>
          {refused}
        </MessageBar>
      )}
      <DialogFooter>
        <PrimaryButton text={strings.ShiftConfirm} disabled={days === 0 || refused !== undefined} onClick={() => onShift(days)} />
        <DefaultButton text={strings.Cancel} onClick={onDismiss} />
      </DialogFooter>
    </Dialog>
  );
}
