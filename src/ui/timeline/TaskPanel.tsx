/**
 * The task panel: KLIK's content (goal, sanitized description, method, result, roles) and
 * the municipality's local fields (dates, responsible, performer, status, note, predecessors,
 * webinar attendees). Readers see the same panel read-only.
 *
 * One rule for the whole panel: every change is a draft (./taskPanelDraft) until Gem, which
 * hands the changed fields of the row to the hook in one save (with the row's ETag, so a
 * concurrent edit opens the conflict dialog) and the attendance changes to the attendance
 * repository. Annullér, Escape, the X and a click outside discard the draft, asking first when
 * it holds changes (DiscardChangesDialog).
 */
import * as React from "react";
import {
  DefaultButton,
  Dropdown,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  TextField,
  Text,
  mergeStyleSets
} from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { PLAN_WINDOW_YEARS, planDateProblem } from "../../domain/dateWindow";
import type { LocalTaskState, TaskStatus } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { datesSetByKombit } from "../../domain/kombitFields";
import { followUpOf } from "../../domain/followUp";
import type { PeopleDirectory } from "../../data/repositories";
import { DateField } from "../common/DateField";
import { PersonField } from "../common/PersonField";
import { statusOptions } from "../common/StatusBadge";
import { describeError } from "../common/errorMessage";
import { formatDate, formatText, pluralText } from "../common/format";
import type { StateChanges } from "./timelineReducer";
import { attendanceChanges, changedFields, initialDraft, type TaskDraft } from "./taskPanelDraft";
import { TaskPredecessors } from "./TaskPredecessors";
import { DiscardChangesDialog } from "./DiscardChangesDialog";
import { flagText } from "./taskFlags";
import { WebinarAttendance, type WebinarAttendanceProps } from "./WebinarAttendance";
import { sanitizeRichText } from "../common/richText";

export interface TaskPanelProps {
  task: ScheduledTask;
  state: LocalTaskState;
  /** Every scheduled task of the wave, for predecessors and the cycle check. */
  scheduled: ScheduledTask[];
  canEdit: boolean;
  locale: string;
  people: PeopleDirectory;
  onSave: (changes: StateChanges) => void;
  onDismiss: () => void;
  /** Today's date: a task behind it says so at the top of the panel (Opfølgning). */
  today?: string;
  /** For webinars: the working group and who attends. */
  attendance?: Omit<WebinarAttendanceProps, "webinar" | "canEdit">;
}

/** SharePoint's limit for a multiple lines of text column (OirNote): a longer note would be refused on save. */
const NOTE_MAX_LENGTH = 63999;

const classes = mergeStyleSets({
  section: { marginTop: 16 },
  heading: { fontSize: 16, fontWeight: 600, margin: "16px 0 4px" },
  description: { selectors: { "p, ul, ol": { margin: "4px 0" } } },
  footer: { alignItems: "center" }
});

function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

const NO_ATTENDEES: ReadonlySet<string> = new Set();

export function TaskPanel(props: TaskPanelProps): JSX.Element {
  const { task, state, scheduled, canEdit, locale, people, onSave, onDismiss, attendance } = props;
  const savedAttending = attendance?.attending ?? NO_ATTENDEES;
  const [draft, setDraft] = React.useState<TaskDraft>(() => initialDraft(task, state, savedAttending));
  const [message, setMessage] = React.useState<string | undefined>();
  const [confirming, setConfirming] = React.useState(false);
  // Read by the Panel's dismiss handler, which Escape can reach while the confirm dialog is open.
  const confirmingRef = React.useRef(false);
  confirmingRef.current = confirming;
  const update = (changes: Partial<TaskDraft>): void => setDraft((old) => ({ ...old, ...changes }));
  // What the ansvarlig and udfører pickers share.
  const personField = {
    people,
    disabled: !canEdit,
    searchPlaceholder: strings.PersonSearch,
    noResultsText: strings.NoSuggestions,
    removeLabel: strings.RemovePerson,
    onError: (e: unknown) => setMessage(describeError(e).message)
  };

  const description = React.useMemo(() => sanitizeRichText(task.task.descriptionHtml), [task.task.descriptionHtml]);
  const endBeforeStart = draft.end < draft.start;
  // The plan's date window (domain/dateWindow.ts): a typo like 01.01.1900 is refused here.
  const { first, last } = task.dateWindow;
  const outsideText = formatText(strings.DateOutsideWindow, formatDate(first, locale), formatDate(last, locale), PLAN_WINDOW_YEARS);
  const startError = planDateProblem(draft.start, task.dateWindow) === undefined ? undefined : outsideText;
  const endError = planDateProblem(draft.end, task.dateWindow) === undefined ? undefined : outsideText;
  // KOMBIT sets a webinar's dates (domain/kombitFields.ts): shown, not editable.
  const datesFixed = datesSetByKombit(task.task);
  const canEditDates = canEdit && !datesFixed;
  // Opfølgning: the stored task behind today (domain/followUp.ts), said where the user acts on it.
  const behind = props.today === undefined ? undefined : followUpOf(task, props.today);
  const behindText = behind
    ? formatText(
        behind.kind === "overdue"
          ? pluralText(behind.daysLate, strings.PanelOverdueOne, strings.PanelOverdue)
          : pluralText(behind.daysLate, strings.PanelLateStartOne, strings.PanelLateStart),
        formatDate(behind.date, locale),
        behind.daysLate
      )
    : undefined;
  const storedDateProblems = task.flags.filter((f) => f.kind === "dateOutsideWindow").map((f) => flagText(f, locale));
  const noteTooLong = draft.note.length > NOTE_MAX_LENGTH;
  const changes = changedFields(task, state, draft);
  const signUps = canEdit && attendance ? attendanceChanges(savedAttending, draft) : [];
  const dirty = canEdit && (Object.keys(changes).length > 0 || signUps.length > 0);

  const save = (): void => {
    if (Object.keys(changes).length > 0) onSave(changes);
    if (attendance) {
      // The repository wants the member's e-mail as the working group spells it.
      const spelled = new Map(attendance.members.map((m) => [m.person.email.toLowerCase(), m.person.email]));
      for (const s of signUps) attendance.onChange(spelled.get(s.email) ?? s.email, s.attending);
    }
    onDismiss();
  };

  // Escape, the X, a click outside and Annullér: close at once when nothing is changed, else ask.
  const requestClose = (ev?: React.SyntheticEvent<HTMLElement> | KeyboardEvent): void => {
    if (confirmingRef.current) {
      ev?.preventDefault();
      return;
    }
    if (dirty) {
      // Keeps the Panel open (Fluent's Panel closes itself unless the dismiss event is prevented).
      ev?.preventDefault();
      setConfirming(true);
      return;
    }
    onDismiss();
  };

  const footer = (): JSX.Element => (
    <Stack horizontal={true} tokens={{ childrenGap: 8 }} wrap={true} className={classes.footer}>
      {canEdit && (
        <PrimaryButton
          text={strings.Save}
          disabled={!dirty || endBeforeStart || noteTooLong || startError !== undefined || endError !== undefined}
          onClick={save}
        />
      )}
      <DefaultButton text={dirty ? strings.Cancel : strings.PanelClose} onClick={() => requestClose()} />
      {dirty && <Text variant="small">{strings.UnsavedHint}</Text>}
    </Stack>
  );

  return (
    <>
      <Panel
        isOpen={true}
        type={PanelType.medium}
        headerText={`${task.task.code} ${task.task.title}`}
        closeButtonAriaLabel={strings.PanelClose}
        onDismiss={requestClose}
        isLightDismiss={true}
        onRenderFooterContent={footer}
        isFooterAtBottom={true}
      >
        <h3 className={classes.heading}>{strings.PanelLocalHeading}</h3>
        <Stack tokens={{ childrenGap: 8 }}>
          {behindText && <MessageBar messageBarType={MessageBarType.warning} isMultiline={true}>{behindText}</MessageBar>}
          <div>{formatText(strings.PanelBaseline, formatDate(task.baseline.start, locale), formatDate(task.baseline.end, locale))}</div>
          {storedDateProblems.map((text) => (
            <MessageBar key={text} messageBarType={MessageBarType.warning} isMultiline={true}>{text}</MessageBar>
          ))}
          <Stack horizontal={true} tokens={{ childrenGap: 12 }} wrap={true}>
            <DateField
              label={strings.FieldStart}
              value={draft.start}
              locale={locale}
              disabled={!canEditDates}
              errorMessage={strings.InvalidDate}
              min={first}
              max={last}
              fieldError={startError}
              onChange={(start) => update({ start, kombitDates: false })}
            />
            <DateField
              label={strings.FieldEnd}
              value={draft.end}
              locale={locale}
              disabled={!canEditDates}
              errorMessage={strings.InvalidDate}
              min={first}
              max={last}
              fieldError={endError}
              onChange={(end) => update({ end, kombitDates: false })}
            />
          </Stack>
          {datesFixed && <Text>{strings.WebinarDatesFixed}</Text>}
          {endBeforeStart && <MessageBar messageBarType={MessageBarType.error}>{strings.EndBeforeStart}</MessageBar>}
          {canEdit && !draft.kombitDates && (
            <DefaultButton
              iconProps={{ iconName: "Reset" }}
              text={strings.ResetDates}
              onClick={() => update({ kombitDates: true, start: task.baseline.start, end: task.baseline.end })}
            />
          )}
          <PersonField {...personField} label={strings.FieldResponsible} value={draft.responsible} onChange={(responsible) => update({ responsible })} />
          <PersonField {...personField} label={strings.FieldPerformer} value={draft.performer} onChange={(performer) => update({ performer })} />
          <Dropdown
            label={strings.FieldStatus}
            options={statusOptions()}
            selectedKey={draft.status}
            disabled={!canEdit}
            onChange={(_e, o) => o && update({ status: o.key as TaskStatus })}
          />
          <TextField
            label={strings.FieldNote}
            multiline={true}
            rows={3}
            value={draft.note}
            readOnly={!canEdit}
            errorMessage={noteTooLong ? formatText(strings.NoteTooLong, formatCount(NOTE_MAX_LENGTH, locale), formatCount(draft.note.length, locale)) : undefined}
            onChange={(_e, note) => update({ note: note ?? "" })}
          />
        </Stack>

        {message && (
          <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={strings.Dismiss}>
            {message}
          </MessageBar>
        )}

        {task.task.kind === "webinar" && attendance && (
          <>
            <h3 className={classes.heading}>{strings.WebinarAttendees}</h3>
            <WebinarAttendance
              webinar={task.task}
              canEdit={canEdit}
              members={attendance.members}
              attending={draft.attending}
              onChange={(email, attending) =>
                setDraft((old) => {
                  const next = new Set(old.attending);
                  if (attending) next.add(email.toLowerCase());
                  else next.delete(email.toLowerCase());
                  return { ...old, attending: next };
                })
              }
            />
          </>
        )}

        <TaskPredecessors
          task={task}
          scheduled={scheduled}
          canEdit={canEdit}
          localPredecessors={draft.localPredecessors}
          onChange={(localPredecessors) => update({ localPredecessors })}
        />

        <h3 className={classes.heading}>{strings.PanelKlikHeading}</h3>
        <div>{formatText(pluralText(task.task.effortDays, strings.PanelEffortOne, strings.PanelEffort), formatCount(task.task.effortDays, locale))}</div>
        <h4>{strings.PanelGoal}</h4>
        <p>{task.task.goal}</p>
        <h4>{strings.PanelDescription}</h4>
        <div className={classes.description} dangerouslySetInnerHTML={{ __html: description }} />
        {task.task.methodSteps.length > 0 && (
          <>
            <h4>{strings.PanelMethod}</h4>
            <ol>
              {/* A step keeps its sub-bullets on lines of their own (src/data/mappers/fieldValues.ts). */}
              {task.task.methodSteps.map((step, i) => (
                <li key={i} style={{ whiteSpace: "pre-line" }}>{step}</li>
              ))}
            </ol>
          </>
        )}
        <h4>{strings.PanelResult}</h4>
        <p>{task.task.result}</p>
        <h4>{strings.PanelRecommended}</h4>
        <p>{task.task.recommendedRoles.join(", ")}</p>
        <h4>{strings.PanelInvolved}</h4>
        <p>{task.task.involvedRoles.join(", ")}</p>
      </Panel>
      {confirming && <DiscardChangesDialog onDiscard={onDismiss} onKeepEditing={() => setConfirming(false)} />}
    </>
  );
}
