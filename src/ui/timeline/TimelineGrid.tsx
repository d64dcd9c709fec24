/**
 * The timeline grid: a sticky header of months over ISO weeks (or days), a sticky task
 * column, and only the rows in view rendered (virtualized), with today and Go-Live lines,
 * days off shaded at day zoom, and dependency arrows between the rendered rows.
 */
import * as React from "react";
import { css, FontIcon, useTheme } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { compileCalendar } from "../../domain/calendar";
import { toDayNumber, type DayNumber } from "../../domain/isoDate";
import type { ScheduledTask } from "../../domain/schedule";
import type { Wave } from "../../domain/model";
import { formatText } from "../common/format";
import { STATUS_ICONS } from "../common/StatusBadge";
import { dayX, type TimeScale } from "./timeScale";
import type { TimelineRow } from "./timelineRows";
import { rowFlagsLookup } from "./rowFlags";
import { estimatedRowsViewport, HEADER_HEIGHT, ROW_HEIGHT, TASK_COLUMN_WIDTH, getTimelineGridClassNames } from "./TimelineGrid.styles";
import { DependencyArrows, dependencyLinks, rowLinks } from "./DependencyArrows";
import { TimelineTaskRow } from "./TimelineTaskRow";
import { ROW_HEADER_ICONS } from "./TaskRowHeader";
import { useVirtualRows } from "./useVirtualRows";
import { inXRange, useHorizontalWindow } from "./useHorizontalWindow";
import { useStickyColumn } from "./useStickyColumn";

export interface TimelineGridProps {
  label: string;
  rows: TimelineRow[];
  /** All scheduled tasks of the wave (for flags and arrows), not only the shown ones. */
  scheduled: ScheduledTask[];
  scale: TimeScale;
  wave: Wave;
  today: string;
  computedCritical: ReadonlySet<number>;
  canEdit: boolean;
  locale: string;
  onToggleGroup: (key: string) => void;
  onReschedule: (task: ScheduledTask, startDay: DayNumber, endDay: DayNumber, delayMs: number) => void;
  onOpen: (task: ScheduledTask) => void;
  /** Render every row and let the grid grow (print view). */
  printing?: boolean;
  /** Tasks selected for "Forskyd" (editors only). */
  selected?: ReadonlySet<number>;
  onSelect?: (taskId: number, selected: boolean) => void;
  /** Webinars nobody from the municipality attends (a reminder on the row). */
  webinarsWithoutAttendees?: ReadonlySet<number>;
  /** Tasks showing a change SharePoint has not received yet (marked on the row). */
  pendingTasks?: ReadonlySet<number>;
}

/** Every icon the grid's rows draw: their fonts are loaded while the plan loads (preloadIconFonts). */
export const TIMELINE_GRID_ICONS: readonly string[] = [...STATUS_ICONS, ...ROW_HEADER_ICONS, "ChevronRight", "ChevronDown"];

export function TimelineGrid(props: TimelineGridProps): JSX.Element {
  const { rows, scheduled, scale, wave, today, computedCritical, canEdit, locale } = props;
  const handlers = props;
  const theme = useTheme();
  const classNames = getTimelineGridClassNames(theme);
  const scroller = React.useRef<HTMLDivElement>(null);
  const window_ = useVirtualRows(scroller, rows.length, ROW_HEIGHT, HEADER_HEIGHT, 8, props.printing === true, () => estimatedRowsViewport(rows.length));
  const across = useHorizontalWindow(scroller, TASK_COLUMN_WIDTH, props.printing === true);
  const sticky = useStickyColumn(scroller, TASK_COLUMN_WIDTH);
  const helpId = React.useMemo(() => `oir-bar-help-${Math.random().toString(36).slice(2)}`, []);
  const readOnlyHelpId = `${helpId}-read-only`;
  const fullWidth = TASK_COLUMN_WIDTH + scale.width;
  const [focusIndex, setFocusIndex] = React.useState<number | undefined>();
  // One row's controls are in the tab order (the row last focused, else the first task row in
  // view), so Tab passes the grid in a few stops and Up/Down moves between the rows. Rows are
  // known by key: grouped by integration, one task has a row in each of its groups.
  const [activeRowKey, setActiveRowKey] = React.useState<string | undefined>();
  const activeIndex = React.useMemo(() => (activeRowKey === undefined ? -1 : rows.findIndex((r) => r.key === activeRowKey)), [rows, activeRowKey]);

  // Up/Down between task rows: scroll the target into view (it may not be rendered yet), then focus its bar.
  const navigate = React.useCallback((from: number, direction: -1 | 1): void => {
    let target = from + direction;
    while (target >= 0 && target < rows.length && rows[target].type !== "task") target += direction;
    if (target < 0 || target >= rows.length) return;
    const element = scroller.current;
    if (element) {
      const top = target * ROW_HEIGHT;
      const visibleHeight = element.clientHeight - HEADER_HEIGHT;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + ROW_HEIGHT > element.scrollTop + visibleHeight) element.scrollTop = top + ROW_HEIGHT - visibleHeight;
    }
    setFocusIndex(target);
  }, [rows]);

  React.useEffect(() => {
    if (focusIndex === undefined) return;
    const bar = scroller.current?.querySelector<HTMLElement>(`[data-row-index="${focusIndex}"] [data-task-bar]`);
    if (bar) {
      bar.focus({ preventScroll: false });
      setFocusIndex(undefined);
    }
    // Runs again when the rendered window moves, which brings the target row into the DOM.
  }, [focusIndex, window_.first, window_.last]);

  const rowLinkPairs = React.useMemo(() => rowLinks(rows), [rows]);
  const links = React.useMemo(
    () => dependencyLinks(rows, rowLinkPairs, scale, window_.first, window_.last),
    [rows, rowLinkPairs, scale, window_.first, window_.last]
  );
  // Flags in words for the rendered rows only (made as rows come into view).
  const flagsOf = React.useMemo(
    () => rowFlagsLookup(scheduled, locale, props.webinarsWithoutAttendees, props.pendingTasks),
    [scheduled, locale, props.webinarsWithoutAttendees, props.pendingTasks]
  );

  // Weekends and Danish public holidays, shaded at day zoom.
  const daysOff = React.useMemo((): DayNumber[] => {
    if (scale.zoom !== "day") return [];
    const calendar = compileCalendar();
    const days: DayNumber[] = [];
    for (let day = scale.startDay; day <= scale.endDay; day++) if (calendar.weight(day) === 0) days.push(day);
    return days;
  }, [scale]);

  const line = (day: DayNumber, className: string, text: string, color: string, labelLeft: boolean): JSX.Element | null =>
    day < scale.startDay || day > scale.endDay ? null : (
      <div className={css(classNames.line, className)} style={{ left: TASK_COLUMN_WIDTH + dayX(scale, day) }} title={text}>
        <span className={classNames.lineLabel} style={{ background: color, transform: labelLeft ? "translateX(-100%)" : undefined }}>{text}</span>
      </div>
    );

  // Not the overscan rows above the view: focusing one would scroll the grid up.
  let tabbableIndex = activeIndex >= window_.first && activeIndex < window_.last ? activeIndex : -1;
  for (let i = Math.max(window_.first, window_.firstVisible); tabbableIndex < 0 && i < window_.last; i++) if (rows[i].type === "task") tabbableIndex = i;
  for (let i = window_.first; tabbableIndex < 0 && i < window_.last; i++) if (rows[i].type === "task") tabbableIndex = i;

  const rendered: JSX.Element[] = [];
  for (let i = window_.first; i < window_.last; i++) {
    const row = rows[i];
    if (row.type === "group") {
      const style: React.CSSProperties = { top: i * ROW_HEIGHT, width: fullWidth };
      rendered.push(
        <div key={`g:${row.key}`} role="row" aria-rowindex={i + 2} className={css(classNames.row, classNames.groupRow)} style={style}>
          <div role="rowheader" className={css(classNames.taskCell, classNames.groupRow)}>
            <button type="button" className={classNames.groupButton} aria-expanded={!row.collapsed} onClick={() => handlers.onToggleGroup(row.key)}>
              <FontIcon iconName={row.collapsed ? "ChevronRight" : "ChevronDown"} aria-hidden={true} />
              {formatText(strings.GroupToggle, row.label, row.count)}
            </button>
          </div>
          <div role="gridcell" className={classNames.chartCell} style={{ width: scale.width }} />
        </div>
      );
      continue;
    }
    const computed = computedCritical.has(row.task.id);
    rendered.push(
      <TimelineTaskRow
        key={row.key}
        rowKey={row.key}
        task={row.task}
        index={i}
        fullWidth={fullWidth}
        scale={scale}
        critical={row.task.task.declaredCritical || computed}
        computedCritical={computed}
        flags={flagsOf(row.task.id)}
        canEdit={canEdit}
        locale={locale}
        classNames={classNames}
        helpId={helpId}
        readOnlyHelpId={readOnlyHelpId}
        selected={props.selected?.has(row.task.id)}
        onSelect={canEdit ? props.onSelect : undefined}
        onReschedule={handlers.onReschedule}
        onOpen={handlers.onOpen}
        onNavigate={navigate}
        tabbable={i === tabbableIndex}
        onRowFocus={setActiveRowKey}
      />
    );
  }

  return (
    <div ref={scroller} className={css(classNames.scroller, !sticky && classNames.unstuck, props.printing && classNames.printing)}>
      <span id={helpId} className={classNames.visuallyHidden}>{canEdit ? strings.BarHelp : strings.BarHelpReadOnly}</span>
      <span id={readOnlyHelpId} className={classNames.visuallyHidden}>{strings.BarHelpReadOnly}</span>
      <div role="grid" aria-label={props.label} aria-rowcount={rows.length + 1} aria-colcount={2} style={{ width: fullWidth }}>
        <div role="row" aria-rowindex={1} className={classNames.header} style={{ width: fullWidth }}>
          <div role="columnheader" className={classNames.corner}>{strings.ColumnTitle}</div>
          <div role="columnheader" className={classNames.bands} style={{ width: scale.width }}>
            {[scale.upper, scale.lower].map((bands, r) => (
              <div key={r} className={classNames.bandRow}>
                {bands.filter((b) => inXRange(across, b.x, b.width)).map((b) => (
                  <span key={b.key} className={classNames.band} style={{ left: b.x, width: b.width }} title={b.title}>
                    {b.label}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={classNames.body} style={{ height: window_.totalHeight, width: fullWidth }}>
          {daysOff.filter((day) => inXRange(across, dayX(scale, day), scale.dayWidth)).map((day) => (
            <div key={day} className={classNames.dayOff} style={{ left: TASK_COLUMN_WIDTH + dayX(scale, day), width: scale.dayWidth }} />
          ))}
          {line(toDayNumber(today), classNames.today, strings.TodayMarker, theme.palette.orange, false)}
          {/* Go-Live is at the right end of the scale: its label goes to the left of the line. */}
          {line(toDayNumber(wave.goLive), classNames.goLive, strings.GoLiveMarker, theme.palette.magenta, true)}
          <DependencyArrows links={links} first={window_.first} last={window_.last} width={fullWidth} className={classNames.arrows} />
          {rendered}
        </div>
      </div>
    </div>
  );
}
