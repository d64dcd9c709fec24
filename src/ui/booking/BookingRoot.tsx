/**
 * Ressourcebooking: the local working group and the people × weeks booking grid (demand vs.
 * booked, over-allocation, spreadsheet editing, suggestions), with filters in the URL and a CSV
 * export. Gets repositories and plain values as props (no SPFx).
 */
import * as React from "react";
import { MessageBar, MessageBarType, useTheme } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import * as common from "OirCommonStrings";
import type { PlanRepositories } from "../../data/repositories";
import { EmptyState, ErrorState, LoadingState } from "../common/LoadStates";
import { preloadIconFonts } from "../common/iconFonts";
import { downloadFile } from "../common/downloadFile";
import { formatText } from "../common/format";
import { BOOKING_GRID_ICONS } from "./BookingGridRow";
import { getBookingRootClassNames } from "./BookingRoot.styles";
import { useBookingPlan, type BookingPlanView } from "./useBookingPlan";
import { BookingGrid } from "./BookingGrid";
import { BookingCommandBar } from "./BookingCommandBar";
import { WorkingGroupPanel } from "./WorkingGroupPanel";
import { loadAddMemberForm } from "./LazyAddMemberForm";
import { ConflictDialog, namesOf, NoticeBar, OverBookedList, SaveStatus, SuggestionBar, UnderBookedList } from "./BookingMessages";
import { overBookedTasks } from "../../domain/followUp";
import { planWeeks, underBookedCritical } from "./bookingGridModel";
import { bookingsToCsv } from "./bookingCsv";
import { personKey } from "./cellKey";
import { bookingsOfPerson } from "./memberBookings";

export interface BookingRootProps {
  repositories: PlanRepositories;
  municipalityName: string;
  defaultWave?: string;
  locale: string;
}

function downloadCsv(view: BookingPlanView): void {
  const shownPeople = new Set(view.model.rows.flatMap((r) => (r.kind === "person" ? [personKey(r.member.person.email)] : [])));
  const shownTasks = new Set(view.tasks.map((t) => t.id));
  const weeks = new Set(view.model.columns.map((c) => c.weekStart));
  const bookings = view.bookings.filter((b) => shownPeople.has(personKey(b.personEmail)) && shownTasks.has(b.taskId) && weeks.has(b.weekStart));
  const csv = bookingsToCsv(
    bookings,
    [...view.state.data.members.map((m) => m.value), ...view.formerMembers],
    view.state.data.rows.map((r) => r.task),
    {
      name: strings.CsvName,
      email: strings.CsvEmail,
      role: strings.CsvRole,
      taskCode: strings.CsvTaskCode,
      taskTitle: strings.CsvTaskTitle,
      week: strings.CsvWeek,
      monday: strings.CsvMonday,
      hours: strings.CsvHours
    }
  );
  downloadFile(`${strings.CsvFileName}-${view.wave?.title.replace(/[^\wæøåÆØÅ]+/g, "-") ?? "plan"}.csv`, "text/csv;charset=utf-8", csv);
}

function ReadyView({ view, repositories, locale, classNames }: { view: BookingPlanView; repositories: PlanRepositories; locale: string; classNames: ReturnType<typeof getBookingRootClassNames> }): JSX.Element {
  const { state, dispatch } = view;
  const { data } = state;
  // Former members (removed, hours kept) are named too: in the conflict dialog and the suggestion bar.
  const names = React.useMemo(() => namesOf([...data.members.map((m) => m.value), ...view.formerMembers], data.rows.map((r) => r.task)), [data.members, view.formerMembers, data.rows]);
  const underBooked = React.useMemo(() => underBookedCritical(view.tasks, view.bookings, view.critical), [view.tasks, view.bookings, view.critical]);
  const overBooked = React.useMemo(() => overBookedTasks(view.tasks, view.bookings), [view.tasks, view.bookings]);
  const allWeeks = React.useMemo(() => planWeeks(view.waveTasks), [view.waveTasks]);
  const canEdit = data.canEditBookings;
  const conflict = state.conflicts[0];
  const memberValues = React.useMemo(() => data.members.map((m) => m.value), [data.members]);
  // The export reads the view as it is when clicked; a stable callback keeps the command bar memoized.
  const latest = React.useRef(view);
  latest.current = view;
  const onExport = React.useCallback(() => downloadCsv(latest.current), []);
  // Asked when a member is about to be removed: what they have booked, as shown now.
  const bookingsOf = React.useCallback((email: string) => bookingsOfPerson(latest.current.bookings, email), []);
  const taskCode = React.useCallback((taskId: number) => latest.current.state.data.rows.find((r) => r.task.id === taskId)?.task.code ?? formatText(strings.UnknownTask, taskId), []);
  // Editors get the add form's chunk as soon as the plan shows. A failure here is not lost:
  // LazyAddMemberForm loads again when it renders and offers a retry.
  React.useEffect(() => {
    if (data.canEditGroup) loadAddMemberForm().catch(() => undefined);
  }, [data.canEditGroup]);

  return (
    <>
      {!canEdit && !data.canEditGroup && <MessageBar messageBarType={MessageBarType.info}>{strings.ReadOnlyNote}</MessageBar>}
      <h3 className={classNames.subtitle}>{strings.WorkingGroupHeading}</h3>
      <WorkingGroupPanel
        members={data.members}
        roles={view.roles}
        people={repositories.people}
        canEdit={data.canEditGroup}
        locale={locale}
        pending={view.pendingMembers}
        onDiscardPending={view.discardPending}
        loadError={view.membersError}
        onAdd={view.addMember}
        onRemove={view.removeMember}
        onUpdate={view.updateMember}
        bookingsOf={bookingsOf}
        taskCode={taskCode}
      />
      <h3 className={classNames.subtitle}>{strings.BookingsHeading}</h3>
      <BookingCommandBar
        filters={view.filters}
        onChange={view.setFilters}
        waves={data.waves}
        wave={view.wave}
        roles={view.roles}
        members={memberValues}
        tasks={view.waveTasks}
        weeks={allWeeks}
        locale={locale}
        onExport={onExport}
      />
      <SaveStatus state={state} pendingWrites={view.pendingWrites} onRetry={view.retrySaves} />
      {state.notice && <NoticeBar notice={state.notice} locale={locale} dispatch={dispatch} />}
      {state.suggestion && <SuggestionBar suggestion={state.suggestion} names={names} locale={locale} dispatch={dispatch} />}
      <UnderBookedList items={underBooked} locale={locale} />
      <OverBookedList items={overBooked} names={names} locale={locale} />
      {view.model.rows.length === 0 ? null : view.model.columns.length === 0 ? (
        <EmptyState message={strings.NoWeeks} />
      ) : (
        <BookingGrid
          model={view.model}
          state={state}
          dispatch={dispatch}
          suggested={view.suggested}
          canEdit={canEdit}
          locale={locale}
          onToggle={view.toggleExpanded}
          onSuggest={view.suggest}
        />
      )}
      {conflict && <ConflictDialog conflict={conflict} names={names} locale={locale} dispatch={dispatch} />}
    </>
  );
}

export function BookingRoot(props: BookingRootProps): JSX.Element {
  const { repositories, municipalityName, locale, defaultWave } = props;
  const view = useBookingPlan(repositories, defaultWave);
  const classNames = getBookingRootClassNames(useTheme());
  const headingId = React.useMemo(() => `oir-booking-${Math.random().toString(36).slice(2)}`, []);
  // The grid's icon fonts load while the plan does, so its first paint draws the glyphs at once.
  React.useEffect(() => {
    void preloadIconFonts(BOOKING_GRID_ICONS);
  }, []);

  let body: JSX.Element;
  if (view.state.phase === "loading") body = <LoadingState lines={4} />;
  else if (view.state.phase === "failed") body = <ErrorState title={common.ErrorTitle} error={view.state.error} onRetry={view.reload} />;
  else body = <ReadyView view={view} repositories={repositories} locale={locale} classNames={classNames} />;

  return (
    <section className={classNames.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={classNames.title}>
        {strings.Title} · {municipalityName}
      </h2>
      {body}
    </section>
  );
}
