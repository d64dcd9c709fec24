/**
 * The task panel: KLIK's content (goal, sanitized description, method, result, roles) and
 * the municipality's local fields (dates, responsible, performer, status, note, predecessors).
 * Readers see the same panel read-only. Saving hands only the changed fields to the hook.
 */
import * as React from "react";
import {
  DefaultButton,
  Dropdown,
  IconButton,
  MessageBar,
  MessageBarType,
  Panel,
  PanelType,
  PrimaryButton,
  Stack,
  TextField,
  mergeStyleSets,
  type IDropdownOption
} from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { canLink } from "../../domain/dependencies";
import { PLAN_WINDOW_YEARS, planDateProblem } from "../../domain/dateWindow";
import type { LocalTaskState, TaskStatus } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import type { PeopleDirectory } from "../../data/repositories";
import { DateField } from "../common/DateField";
import { PersonField } from "../common/PersonField";
import { statusOptions } from "../common/StatusBadge";
import { describeError } from "../common/errorMessage";
import { formatDate, formatText } from "../common/format";
import type { StateChanges } from "./timelineReducer";
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
  /** For webinars: the working group and who attends. */
  attendance?: Omit<WebinarAttendanceProps, "webinar" | "canEdit">;
}

/** SharePoint's limit for a multiple lines of text column (OirNote): a longer note would be refused on save. */
export const NOTE_MAX_LENGTH = 63999;

const classes = mergeStyleSets({
  section: { marginTop: 16 },
  heading: { fontSize: 16, fontWeight: 600, margin: "16px 0 4px" },
  description: { selectors: { "p, ul, ol": { margin: "4px 0" } } },
  predecessor: { display: "flex", alignItems: "center", justifyContent: "space-between" }
});

interface Form {
  start: string;
  end: string;
  responsible: LocalTaskState["responsible"];
  performer: LocalTaskState["performer"];
  status: TaskStatus;
  note: string;
  /** Whether the dates are KOMBIT's (no local override). */
  kombitDates: boolean;
}

function initialForm(task: ScheduledTask, state: LocalTaskState): Form {
  return {
    start: task.effective.start,
    end: task.effective.end,
    responsible: state.responsible,
    performer: state.performer,
    status: state.status,
    note: state.note,
    kombitDates: !state.localStart && !state.localEnd
  };
}

function formatCount(count: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(count);
}

/** Whether a stored local date is one the schedule does not use (outside the plan's window). */
function unusable(task: ScheduledTask, stored: string | undefined): boolean {
  return stored !== undefined && stored !== "" && planDateProblem(stored, task.dateWindow) !== undefined;
}

/**
 * What a date field saves: the date shown when it differs from the effective one; when the
 * stored local date is unusable (the KOMBIT date shown in its place), saving replaces it with
 * what is shown (nothing, when that is KOMBIT's date).
 */
function dateChange(shown: string, effective: string, baseline: string, storedUnusable: boolean): { value: string | undefined } | undefined {
  if (shown !== effective) return { value: shown };
  if (storedUnusable) return { value: shown === baseline ? undefined : shown };
  return undefined;
}

/** Only the fields that differ from what is stored. */
function changedFields(task: ScheduledTask, state: LocalTaskState, form: Form): StateChanges {
  const changes: StateChanges = {};
  if (form.kombitDates) {
    if (state.localStart) changes.localStart = undefined;
    if (state.localEnd) changes.localEnd = undefined;
  } else {
    const start = dateChange(form.start, task.effective.start, task.baseline.start, unusable(task, state.localStart));
    const end = dateChange(form.end, task.effective.end, task.baseline.end, unusable(task, state.localEnd));
    if (start) changes.localStart = start.value;
    if (end) changes.localEnd = end.value;
  }
  if (form.responsible?.email !== state.responsible?.email) changes.responsible = form.responsible;
  if (form.performer?.email !== state.performer?.email) changes.performer = form.performer;
  if (form.status !== state.status) changes.status = form.status;
  if (form.note !== state.note) changes.note = form.note;
  return changes;
}

export function TaskPanel(props: TaskPanelProps): JSX.Element {
  const { task, state, scheduled, canEdit, locale, people, onSave, onDismiss } = props;
  const [form, setForm] = React.useState<Form>(() => initialForm(task, state));
  const [message, setMessage] = React.useState<string | undefined>();
  const update = (changes: Partial<Form>): void => setForm((old) => ({ ...old, ...changes }));
  // What the ansvarlig and udfører pickers share.
  const personField = {
    people,
    disabled: !canEdit,
    searchPlaceholder: strings.PersonSearch,
    noResultsText: strings.NoSuggestions,
    removeLabel: strings.RemovePerson,
    onError: (e: unknown) => setMessage(describeError(e).message)
  };
  const codeOf = React.useMemo(() => {
    const byId = new Map(scheduled.map((t) => [t.id, t.task.code]));
    return (id: number): string => byId.get(id) ?? String(id);
  }, [scheduled]);

  const description = React.useMemo(() => sanitizeRichText(task.task.descriptionHtml), [task.task.descriptionHtml]);
  const endBeforeStart = form.end < form.start;
  // The plan's date window (domain/dateWindow.ts): a typo like 01.01.1900 is refused here.
  const { first, last } = task.dateWindow;
  const outsideText = formatText(strings.DateOutsideWindow, formatDate(first, locale), formatDate(last, locale), PLAN_WINDOW_YEARS);
  const startError = planDateProblem(form.start, task.dateWindow) === undefined ? undefined : outsideText;
  const endError = planDateProblem(form.end, task.dateWindow) === undefined ? undefined : outsideText;
  const storedDateProblems = task.flags.filter((f) => f.kind === "dateOutsideWindow").map((f) => flagText(f, locale));
  const noteTooLong = form.note.length > NOTE_MAX_LENGTH;
  const changes = changedFields(task, state, form);
  const dirty = Object.keys(changes).length > 0;

  const localPredecessors = state.localPredecessors ?? [];
  // Every task of the wave: made once per task and plan, not on each keystroke in the form.
  const addOptions = React.useMemo(
    (): IDropdownOption[] =>
      scheduled.filter((t) => t.id !== task.id && !task.predecessors.includes(t.id)).map((t) => ({ key: t.id, text: `${t.task.code} ${t.task.title}` })),
    [scheduled, task]
  );

  const addPredecessor = (id: number): void => {
    const check = canLink(scheduled.map((t) => ({ id: t.id, predecessors: t.predecessors })), id, task.id);
    if (!check.ok) {
      if (check.refusal.kind === "wouldCloseCycle") {
        const cycle = [...check.refusal.cycle, check.refusal.cycle[0]].map(codeOf).join(" → ");
        setMessage(formatText(strings.CycleRefused, cycle));
      }
      return;
    }
    setMessage(undefined);
    onSave({ localPredecessors: [...localPredecessors, id] });
  };

  const footer = (): JSX.Element => (
    <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
      {canEdit && (
        <PrimaryButton
          text={strings.Save}
          disabled={!dirty || endBeforeStart || noteTooLong || startError !== undefined || endError !== undefined}
          onClick={() => {
            onSave(changes);
            onDismiss();
          }}
        />
      )}
      <DefaultButton text={canEdit ? strings.Cancel : strings.PanelClose} onClick={onDismiss} />
    </Stack>
  );


  return (
    <Panel
      isOpen={true}
      type={PanelType.medium}
      headerText={`${task.task.code} ${task.task.title}`}
      closeButtonAriaLabel={strings.PanelClose}
      onDismiss={onDismiss}
      onRenderFooterContent={footer}
      isFooterAtBottom={true}
    >
      <h3 className={classes.heading}>{strings.PanelLocalHeading}</h3>
      <Stack tokens={{ childrenGap: 8 }}>
        <div>{formatText(strings.PanelBaseline, formatDate(task.baseline.start, locale), formatDate(task.baseline.end, locale))}</div>
        {storedDateProblems.map((text) => (
          <MessageBar key={text} messageBarType={MessageBarType.warning} isMultiline={true}>{text}</MessageBar>
        ))}
        <Stack horizontal={true} tokens={{ childrenGap: 12 }} wrap={true}>
          <DateField
            label={strings.FieldStart}
            value={form.start}
            locale={locale}
            disabled={!canEdit}
            errorMessage={strings.InvalidDate}
            min={first}
            max={last}
            fieldError={startError}
            onChange={(start) => update({ start, kombitDates: false })}
          />
          <DateField
            label={strings.FieldEnd}
            value={form.end}
            locale={locale}
            disabled={!canEdit}
            errorMessage={strings.InvalidDate}
            min={first}
            max={last}
            fieldError={endError}
            onChange={(end) => update({ end, kombitDates: false })}
          />
        </Stack>
        {endBeforeStart && <MessageBar messageBarType={MessageBarType.error}>{strings.EndBeforeStart}</MessageBar>}
        {canEdit && !form.kombitDates && (
          <DefaultButton
            iconProps={{ iconName: "Reset" }}
            text={strings.ResetDates}
            onClick={() => update({ kombitDates: true, start: task.baseline.start, end: task.baseline.end })}
          />
        )}
        <PersonField {...personField} label={strings.FieldResponsible} value={form.responsible} onChange={(responsible) => update({ responsible })} />
        <PersonField {...personField} label={strings.FieldPerformer} value={form.performer} onChange={(performer) => update({ performer })} />
        <Dropdown
          label={strings.FieldStatus}
          options={statusOptions()}
          selectedKey={form.status}
          disabled={!canEdit}
          onChange={(_e, o) => o && update({ status: o.key as TaskStatus })}
        />
        <TextField
          label={strings.FieldNote}
          multiline={true}
          rows={3}
          value={form.note}
          readOnly={!canEdit}
          errorMessage={noteTooLong ? formatText(strings.NoteTooLong, formatCount(NOTE_MAX_LENGTH, locale), formatCount(form.note.length, locale)) : undefined}
          onChange={(_e, note) => update({ note: note ?? "" })}
        />
      </Stack>

      {task.task.kind === "webinar" && props.attendance && (
        <>
          <h3 className={classes.heading}>{strings.WebinarAttendees}</h3>
          <WebinarAttendance webinar={task.task} canEdit={canEdit} {...props.attendance} />
        </>
      )}

      <h3 className={classes.heading}>{strings.Predecessors}</h3>
      {message && (
        <MessageBar messageBarType={MessageBarType.warning} isMultiline={true} onDismiss={() => setMessage(undefined)} dismissButtonAriaLabel={strings.Dismiss}>
          {message}
        </MessageBar>
      )}
      <ul>
        {task.predecessors.map((id) => {
          const local = localPredecessors.includes(id) && !task.task.predecessors.includes(id);
          const text = local ? codeOf(id) : formatText(strings.KombitPredecessor, codeOf(id));
          return (
            <li key={id} className={classes.predecessor}>
              <span>{text}</span>
              {local && canEdit && (
                <IconButton
                  iconProps={{ iconName: "Cancel" }}
                  ariaLabel={formatText(strings.RemovePredecessor, codeOf(id))}
                  onClick={() => onSave({ localPredecessors: localPredecessors.filter((p) => p !== id) })}
                />
              )}
            </li>
          );
        })}
      </ul>
      {canEdit && (
        <Dropdown
          label={strings.AddPredecessor}
          options={addOptions}
          selectedKey={null}
          onChange={(_e, o) => o && addPredecessor(Number(o.key))}
        />
      )}

      <h3 className={classes.heading}>{strings.PanelKlikHeading}</h3>
      <div>{formatText(strings.PanelEffort, task.task.effortDays)}</div>
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
  );
}
