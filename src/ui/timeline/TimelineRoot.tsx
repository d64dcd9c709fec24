/**
 * ØiR-tidsplan: the municipality's timeline for a wave — dates computed from the wave's
 * Go-Live with the municipality's own overrides, KOMBIT's baseline, critical path, filters in
 * the URL, editing in a panel or on the bars, conflicts and pending saves shown.
 * Gets repositories and plain values as props (no SPFx).
 */
import * as React from "react";
import { MessageBar, MessageBarType, useTheme } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import * as common from "OirCommonStrings";
import { isInPlanWindow } from "../../domain/dateWindow";
import { fromDayNumber, type DayNumber } from "../../domain/isoDate";
import { tasksShiftedOutsideWindow, type ScheduledTask } from "../../domain/schedule";
import type { MasterPlanWriter, PlanRepositories } from "../../data/repositories";
import { EmptyState, ErrorState, LoadingState } from "../common/LoadStates";
import { formatDate, formatText, pluralText } from "../common/format";
import { getTimelineRootClassNames } from "./TimelineRoot.styles";
import { ConflictDialog } from "./ConflictDialog";
import { DateWindowNotice } from "./DateWindowNotice";
import { SaveStatusBar } from "./SaveStatusBar";
import { ReadinessSummary } from "./ReadinessSummary";
import { FollowUpList } from "./FollowUpList";
import { followUp as followUpOf, overBookedTasks } from "../../domain/followUp";
import { ShiftDialog } from "./ShiftDialog";
import { describeError } from "../common/errorMessage";
import { preloadIconFonts } from "../common/iconFonts";
import { LazyTaskPanel, loadTaskPanel } from "./LazyTaskPanel";
import { TimelineCommandBar } from "./TimelineCommandBar";
import { TIMELINE_GRID_ICONS, TimelineGrid } from "./TimelineGrid";
import { forgetTaskRequest, forgetUpdateRequest, taskHref, taskRequestedInUrl, updateRequestedInUrl } from "./timelineQuery";
import { scaleLabels, timeScaleFor } from "./timeScaleFor";
import { fitTimeScale } from "./timeScale";
import { PRINT_CHART_WIDTH, PRINT_CSS, PrintHeader } from "./TimelinePrint";
import { usePrintMedia } from "./usePrintMedia";
import { isFiltered } from "./filterUrl";
import { rowOf, type StateChanges } from "./timelineReducer";
import { useTimelineState } from "./useTimelineState";
import { tasksToCsv, tasksToIcs, type ExportRow } from "./exportFiles";
import { downloadFile } from "../common/downloadFile";
import { LazyCreateLocalPlan, LazySyncDialog, loadSync } from "./LazySync";
import type { EnsureListsReport } from "../../data/sync";
import { PendingWriteError } from "../../data/errors";
import { useKlikImport } from "../klikImport/useKlikImport";

export interface TimelineRootProps {
  repositories: PlanRepositories;
  municipalityName: string;
  defaultWave?: string;
  locale: string;
  /** Creates the municipality's missing lists for a site owner ("Opret lokal tidsplan"); the web part passes ensureLocalLists. */
  ensureLocalLists?: () => Promise<EnsureListsReport>;
  /** Writes KOMBIT's Planer ("Importér KLIK-opgaver", offered only to who may edit that list); the web part passes it. */
  masterWriter?: MasterPlanWriter;
}

/** Why "Forskyd" by `days` is refused: it would move tasks outside the plan's date window. */
function shiftRefusal(tasks: readonly ScheduledTask[], days: number, locale: string): string | undefined {
  const outside = tasksShiftedOutsideWindow(tasks, days);
  if (outside.length === 0) return undefined;
  const { first, last } = outside[0].dateWindow;
  return formatText(strings.ShiftOutsideWindow, outside.map((t) => t.task.code).join(", "), formatDate(first, locale), formatDate(last, locale));
}

function isTyping(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

export function TimelineRoot(props: TimelineRootProps): JSX.Element {
  const { repositories, municipalityName, defaultWave, locale } = props;
  const model = useTimelineState(repositories, defaultWave, strings.NoIntegration);
  const classNames = getTimelineRootClassNames(useTheme());
  const headingId = React.useMemo(() => `oir-timeline-${Math.random().toString(36).slice(2)}`, []);
  const labels = React.useMemo(() => scaleLabels(locale), [locale]);
  const [openTaskId, setOpenTaskId] = React.useState<number | undefined>(taskRequestedInUrl);
  // "Udskriv" asks for the print view itself (then prints); the browser's own print gets it from usePrintMedia.
  const [printRequested, setPrintRequested] = React.useState(false);
  const printMedia = usePrintMedia();
  const printing = printRequested || printMedia;
  const [selected, setSelected] = React.useState<ReadonlySet<number>>(new Set());
  const [shifting, setShifting] = React.useState(false);
  const [syncing, setSyncing] = React.useState(updateRequestedInUrl);
  // Reload after the update dialog closes (reloading under it would unmount its result).
  const syncApplied = React.useRef(false);
  // Imported tasks are KOMBIT's rows: the plan is read again to show them (and "Opdatér fra KOMBIT").
  const klikImport = useKlikImport(repositories.master, props.masterWriter, model.reload);
  const onSelect = React.useCallback((taskId: number, isSelected: boolean) => {
    setSelected((old) => {
      const next = new Set(old);
      if (isSelected) next.add(taskId);
      else next.delete(taskId);
      return next;
    });
  }, []);

  const { state, wave, scheduled, view } = model;
  const ready = state.phase === "ready" ? state : undefined;
  const plan = ready?.plan;
  const canEdit = plan?.canEdit ?? false;
  // Lists not made yet (tenant-wide install): whoever may create them is offered Opret lokal tidsplan.
  const missingLists = plan?.missingLists ?? [];

  // Fetch the task panel's chunk once the timeline has painted. A failure here is not lost:
  // LazyTaskPanel loads again when a task is opened and shows the error then.
  React.useEffect(() => {
    loadTaskPanel().catch(() => undefined);
  }, []);
  // The same for the editors' sync chunk, once we know the user is one; LazySync* load again on use.
  React.useEffect(() => {
    if (canEdit) loadSync().catch(() => undefined);
  }, [canEdit]);
  // The grid's icon fonts load while the plan does, so its first paint draws the glyphs at once.
  React.useEffect(() => {
    void preloadIconFonts(TIMELINE_GRID_ICONS);
  }, []);

  const screenScale = React.useMemo(
    () => (wave ? timeScaleFor(scheduled, wave.goLive, view.zoom, labels) : undefined),
    [scheduled, wave, view.zoom, labels]
  );
  // In print the whole period fits the page's width (Go-Live included).
  const scale = React.useMemo(
    () => (screenScale && printing ? fitTimeScale(screenScale, PRINT_CHART_WIDTH, labels) : screenScale),
    [screenScale, printing, labels]
  );
  const codeOf = React.useCallback(
    (taskId: number): string => (plan && rowOf(plan, taskId)?.task.code) ?? String(taskId),
    [plan]
  );

  const { editTask, undo, redo } = model;
  const onReschedule = React.useCallback(
    (task: ScheduledTask, startDay: DayNumber, endDay: DayNumber, delayMs: number): void => {
      // A drag or nudge never leaves the plan's date window: the bar stays where it was.
      if (!isInPlanWindow(fromDayNumber(startDay), task.dateWindow) || !isInPlanWindow(fromDayNumber(endDay), task.dateWindow)) return;
      const changes: StateChanges = {};
      if (startDay !== task.startDay) changes.localStart = fromDayNumber(startDay);
      if (endDay !== task.endDay) changes.localEnd = fromDayNumber(endDay);
      editTask(task.id, changes, delayMs);
    },
    [editTask]
  );
  const onOpen = React.useCallback((task: ScheduledTask) => setOpenTaskId(task.id), []);

  const exportRows = (): ExportRow[] => {
    const states = new Map((plan?.rows ?? []).map((r) => [r.task.id, r.state]));
    return model.shown.map((task) => ({
      task,
      state: states.get(task.id),
      critical: task.task.declaredCritical || model.computedCritical.has(task.id)
    }));
  };
  const fileBase = `${strings.FileName}-${(wave?.title ?? "").toLowerCase().replace(/[^a-z0-9æøå]+/g, "-")}`;
  const exportCsv = (): void => downloadFile(`${fileBase}.csv`, "text/csv;charset=utf-8", tasksToCsv(exportRows(), locale));
  const exportIcs = (): void =>
    downloadFile(
      `${fileBase}.ics`,
      "text/calendar;charset=utf-8",
      tasksToIcs(exportRows(), wave?.title ?? "", new Date(), { locale, linkOf: (taskId) => new URL(taskHref(taskId), window.location.href).toString() })
    );

  React.useEffect(() => {
    if (!printRequested) return undefined;
    // Print after the browser has drawn every row; window.print() returns when the dialog closes.
    const frame = window.requestAnimationFrame(() => {
      window.print();
      setPrintRequested(false);
    });
    return () => window.cancelAnimationFrame(frame);
  }, [printRequested]);

  const onKeyDown = (event: React.KeyboardEvent): void => {
    if (!canEdit || !(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) {
      event.preventDefault();
      undo();
    } else if (key === "y" || (key === "z" && event.shiftKey)) {
      event.preventDefault();
      redo();
    }
  };

  // Opfølgning: the whole wave's tasks behind today (not only the filtered ones).
  const followUp = React.useMemo(() => followUpOf(scheduled, model.today), [scheduled, model.today]);
  const overBooked = React.useMemo(() => overBookedTasks(scheduled, plan?.bookings ?? []), [scheduled, plan]);
  const followUpId = `${headingId}-follow-up`;

  const webinarsWithoutAttendees = React.useMemo(() => {
    const attended = new Set((plan?.attendance ?? []).map((a) => a.value.taskId));
    return new Set(scheduled.filter((t) => t.task.kind === "webinar" && !attended.has(t.id)).map((t) => t.id));
  }, [plan, scheduled]);

  let body: JSX.Element;
  if (state.phase === "loading") body = <LoadingState />;
  else if (state.phase === "failed") body = <ErrorState title={common.ErrorTitle} error={state.error} onRetry={model.reload} />;
  else if (!wave || !scale) body = <EmptyState message={strings.EmptyNoWaves} />;
  else if (scheduled.length === 0) {
    body = (
      <>
        <EmptyState message={formatText(strings.EmptyNoRows, wave.title)} hint={strings.EmptyNoRowsHint} />
        {missingLists.length > 0 && (
          <MessageBar messageBarType={MessageBarType.info}>{formatText(strings.LocalListsMissing, missingLists.join(", "))}</MessageBar>
        )}
        {(canEdit || missingLists.length > 0) && (plan?.rows.length ?? 0) === 0 && (
          <LazyCreateLocalPlan repositories={repositories} waveTitle={wave.title} ensureLists={props.ensureLocalLists} onCreated={model.reload} />
        )}
      </>
    );
  }
  else if (model.rows.length === 0) body = <EmptyState message={strings.NoMatches} hint={strings.NoMatchesHint} />;
  else {
    body = (
      <TimelineGrid
        label={formatText(strings.GridLabel, wave.title)}
        rows={model.rows}
        scheduled={scheduled}
        scale={scale}
        wave={wave}
        today={model.today}
        computedCritical={model.computedCritical}
        canEdit={canEdit}
        locale={locale}
        onToggleGroup={model.toggleGroup}
        onReschedule={onReschedule}
        onOpen={onOpen}
        printing={printing}
        webinarsWithoutAttendees={webinarsWithoutAttendees}
        pendingTasks={model.pendingTasks}
        selected={selected}
        onSelect={onSelect}
      />
    );
  }

  const openTask = openTaskId === undefined ? undefined : scheduled.find((t) => t.id === openTaskId);
  const openRow = openTask && plan ? rowOf(plan, openTask.id) : undefined;
  const conflict = ready?.conflict;

  return (
    <section className={classNames.root} aria-labelledby={headingId} onKeyDown={onKeyDown} data-oir-print-root="">
      <style>{PRINT_CSS}</style>
      {wave && (
        <PrintHeader
          municipalityName={municipalityName}
          wave={wave}
          locale={locale}
          shownCount={isFiltered(view) ? formatText(pluralText(scheduled.length, strings.ShownCountOne, strings.ShownCount), model.shownCount, scheduled.length) : undefined}
        />
      )}
      <div className={classNames.header} data-oir-noprint="">
        <h2 id={headingId} className={classNames.title}>
          {strings.Title} · {municipalityName}
        </h2>
        {wave && <span className={classNames.meta}>{formatText(strings.GoLive, formatDate(wave.goLive, locale))}</span>}
      </div>
      {model.readiness && (
        <ReadinessSummary
          readiness={model.readiness}
          followUp={{
            overdue: followUp.overdue.length,
            lateStart: followUp.lateStart.length,
            overBooked: overBooked.length,
            expanded: view.followUp === true,
            controls: followUpId,
            onToggle: () => model.setView({ followUp: !view.followUp })
          }}
        />
      )}
      {model.readiness && view.followUp && <FollowUpList id={followUpId} followUp={followUp} overBooked={overBooked} scheduled={scheduled} locale={locale} onOpen={onOpen} />}
      {plan && (
        <div data-oir-noprint="">
        <TimelineCommandBar
          view={view}
          setView={model.setView}
          waves={plan.waves}
          selectedWave={wave?.title}
          scheduled={scheduled}
          shownCount={model.shownCount}
          canEdit={canEdit}
          canUndo={(ready?.undo.length ?? 0) > 0}
          canRedo={(ready?.redo.length ?? 0) > 0}
          onUndo={undo}
          onRedo={redo}
          onExportCsv={exportCsv}
          onExportIcs={exportIcs}
          onPrint={() => setPrintRequested(true)}
          selectedCount={selected.size}
          onShift={() => setShifting(true)}
          onClearSelection={() => setSelected(new Set())}
          onUpdateFromKombit={canEdit && wave ? () => setSyncing(true) : undefined}
          onImportKlik={klikImport.open}
        />
        </div>
      )}
      {plan && !canEdit && missingLists.length === 0 && <MessageBar messageBarType={MessageBarType.info} data-oir-noprint="">{strings.ReadOnlyNotice}</MessageBar>}
      {ready?.notice && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline={true} onDismiss={model.dismissNotice} dismissButtonAriaLabel={strings.Dismiss} data-oir-noprint="">
          {formatText(ready.notice.error instanceof PendingWriteError ? strings.AttendancePending : strings.AttendanceFailed, describeError(ready.notice.error).message)}
        </MessageBar>
      )}
      {ready && (
        <SaveStatusBar
          pendingWrites={model.pendingWrites}
          saves={ready.saves}
          codeOf={codeOf}
          codeOfItem={(itemId) => plan?.rows.find((r) => r.itemId === itemId)?.task.code ?? String(itemId ?? "")}
          onRetry={model.retryPending}
          onDiscard={model.discardPending}
        />
      )}
      {ready && <DateWindowNotice scheduled={scheduled} locale={locale} onOpen={onOpen} />}
      {body}
      {openTask && openRow && (
        <LazyTaskPanel
          key={`${openTask.id}:${openRow.etag}`}
          task={openTask}
          state={openRow.state}
          scheduled={scheduled}
          canEdit={canEdit}
          locale={locale}
          today={model.today}
          people={repositories.people}
          onSave={(changes) => editTask(openTask.id, changes)}
          onDismiss={() => {
            setOpenTaskId(undefined);
            forgetTaskRequest();
          }}
          attendance={{
            members: plan?.workingGroup ?? [],
            attending: new Set(
              (plan?.attendance ?? []).filter((a) => a.value.taskId === openTask.id).map((a) => a.value.personEmail.toLowerCase())
            ),
            onChange: (email, attending) => model.setAttendance(openTask.id, email, attending)
          }}
        />
      )}
      {shifting && (
        <ShiftDialog
          count={selected.size}
          refusal={(days) => shiftRefusal(scheduled.filter((t) => selected.has(t.id)), days, locale)}
          onDismiss={() => setShifting(false)}
          onShift={(days) => {
            model.shiftTasks(scheduled.filter((t) => selected.has(t.id)), days);
            setShifting(false);
            setSelected(new Set());
          }}
        />
      )}
      {syncing && canEdit && wave && (
        <LazySyncDialog
          repositories={repositories}
          waveTitle={wave.title}
          onApplied={() => {
            syncApplied.current = true;
          }}
          onDismiss={() => {
            setSyncing(false);
            forgetUpdateRequest();
            if (syncApplied.current) model.reload();
            syncApplied.current = false;
          }}
        />
      )}
      {klikImport.drawer}
      {conflict && (
        <ConflictDialog
          taskLabel={codeOf(conflict.taskId)}
          error={conflict.error}
          locale={locale}
          onKeepMine={model.keepMine}
          onTakeTheirs={model.takeTheirs}
        />
      )}
    </section>
  );
}
