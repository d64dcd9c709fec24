/** Who from the working group attends a webinar, with the roles KOMBIT invites. */
import * as React from "react";
import { Checkbox, MessageBar, MessageBarType, Stack } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import type { KlikTask, WorkingGroupMember } from "../../domain/model";

export interface WebinarAttendanceProps {
  webinar: KlikTask;
  members: WorkingGroupMember[];
  /** E-mails (lower case) of the members signed up. */
  attending: ReadonlySet<string>;
  canEdit: boolean;
  onChange: (personEmail: string, attending: boolean) => void;
}

export function WebinarAttendance({ webinar, members, attending, canEdit, onChange }: WebinarAttendanceProps): JSX.Element {
  const invited = [...webinar.recommendedRoles, ...webinar.involvedRoles];
  return (
    <Stack tokens={{ childrenGap: 6 }}>
      <div>
        <strong>{strings.WebinarInvited}:</strong> {invited.join(", ")}
      </div>
      {attending.size === 0 && <MessageBar messageBarType={MessageBarType.warning}>{strings.WebinarNoAttendees}</MessageBar>}
      {members.length === 0 && <MessageBar messageBarType={MessageBarType.info}>{strings.WebinarNoWorkingGroup}</MessageBar>}
      <div role="group" aria-label={strings.WebinarAttendees}>
        <Stack tokens={{ childrenGap: 6 }}>
          {members.map((m) => (
            <Checkbox
              key={m.person.email}
              label={`${m.person.displayName} (${m.roles.join(", ")})`}
              checked={attending.has(m.person.email.toLowerCase())}
              disabled={!canEdit}
              onChange={(_e, checked) => onChange(m.person.email, Boolean(checked))}
            />
          ))}
        </Stack>
      </div>
    </Stack>
  );
}
