/**
 * The timeline grid: a sticky header of months over ISO weeks (or days), a sticky task
 * column, and only the rows in view rendered (virtualized), with today and Go-Live lines,
 * days off shaded at day zoom, and dependency arrows between the rendered rows.
 */
import * as React from "react";
import { css, getTheme, Icon } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { compileCalendar } from "../../domain/calendar";
import { dependencyViolations } from "../../domain/dependencies";
import { toDayNumber, type DayNumber } from "../../domain/isoDate";
import type { ScheduledTask } from "../../domain/schedule";
import type { Wave } from "../../domain/model";
import { formatText } from "../common/format";
import { dayX, type TimeScale } from "./timeScale";
import type { TimelineRow } from "./timelineRows";
import { flagText, violationText } from "./taskFlags";
import { getTimelineGridClassNames, HEADER_HEIGHT, ROW_HEIGHT, TASK_COLUMN_WIDTH } from "./TimelineGrid.styles";
import { TaskBar } from "./TaskBar";
import { TaskRowHeader } from "./TaskRowHeader";
import { useVirtualRows } from "./useVirtualRows";

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
}

function Arrows(props: { rows: TimelineRow[]; first: number; last: number; scale: TimeScale; className: string }): JSX.Element | null {
  const { rows, first, last, scale } = props;
  const { palette } = getTheme();
  const indexById = new Map<number, number>();
  rows.forEach((row, i) => row.type === "task" && !indexById.has(row.task.id) && indexById.set(row.task.id, i));
  const paths: JSX.Element[] = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    if (row.type !== "task") continue;
    for (const predecessorId of row.task.predecessors) {
      const j = indexById.get(predecessorId);
      if (j === undefined) continue;
      const predecessor = rows[j];
      if (predecessor.type !== "task") continue;
      const x1 = TASK_COLUMN_WIDTH + dayX(scale, predecessor.task.endDay + 1);
      const y1 = j * ROW_HEIGHT + 19;
      const x2 = TASK_COLUMN_WIDTH + dayX(scale, row.task.startDay);
      const y2 = i * ROW_HEIGHT + 19;
      const violated = row.task.startDay <= predecessor.task.endDay;
      const bend = Math.max(x1 + 6, Math.min(x2 - 6, x1 + 12));
      paths.push(
        <path
          key={`${predecessorId}-${row.key}`}
          d={`M${x1},${y1} H${bend} V${y2} H${x2 - 2}`}
          fill="none"
          stroke={violated ? palette.redDark : palette.neutralTertiary}
          strokeWidth={violated ? 1.5 : 1}
          strokeDasharray={violated ? "4 2" : undefined}
          markerEnd="url(#oir-arrow)"
        />
      );
    }
  }
  if (paths.length === 0) return null;
  return (
    <svg className={props.className} width={TASK_COLUMN_WIDTH + scale.width} height={rows.length * ROW_HEIGHT} aria-hidden={true}>
      <defs>
        <marker id="oir-arrow" viewBox="0 0 6 6" refX="5" refY="3" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L6,3 L0,6 z" fill={palette.neutralSecondary} />
        </marker>
      </defs>
      {paths}
    </svg>
  );
}

export function TimelineGrid(props: TimelineGridProps): JSX.Element {
  const { rows, scheduled, scale, wave, today, computedCritical, canEdit, locale } = props;
  const handlers = props;
  const classNames = React.useMemo(getTimelineGridClassNames, []);
  const scroller = React.useRef<HTMLDivElement>(null);
  const window_ = useVirtualRows(scroller, rows.length, ROW_HEIGHT, HEADER_HEIGHT, 8, props.printing === true);
  const helpId = React.useMemo(() => `oir-bar-help-${Math.random().toString(36).slice(2)}`, []);
  const fullWidth = TASK_COLUMN_WIDTH + scale.width;
  const [focusIndex, setFocusIndex] = React.useState<number | undefined>();

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

  const flagsById = React.useMemo(() => {
    const codeById = new Map(scheduled.map((t) => [t.id, t.task.code]));
    const codeOf = (id: number): string => codeById.get(id) ?? String(id);
    const map = new Map<number, string[]>();
    const add = (id: number, text: string): void => {
      const list = map.get(id);
      if (list) list.push(text);
      else map.set(id, [text]);
    };
    for (const t of scheduled) for (const flag of t.flags) add(t.id, flagText(flag, locale));
    for (const v of dependencyViolations(scheduled)) add(v.taskId, violationText(v, codeOf));
    for (const id of props.webinarsWithoutAttendees ?? []) add(id, strings.WebinarNoAttendees);
    return map;
  }, [scheduled, locale, props.webinarsWithoutAttendees]);

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

  const rendered: JSX.Element[] = [];
  for (let i = window_.first; i < window_.last; i++) {
    const row = rows[i];
    const style: React.CSSProperties = { top: i * ROW_HEIGHT, width: fullWidth };
    if (row.type === "group") {
      rendered.push(
        <div key={`g:${row.key}`} role="row" aria-rowindex={i + 2} className={css(classNames.row, classNames.groupRow)} style={style}>
          <div role="rowheader" className={css(classNames.taskCell, classNames.groupRow)}>
            <button type="button" className={classNames.groupButton} aria-expanded={!row.collapsed} onClick={() => handlers.onToggleGroup(row.key)}>
              <Icon iconName={row.collapsed ? "ChevronRight" : "ChevronDown"} aria-hidden={true} />
              {formatText(strings.GroupToggle, row.label, row.count)}
            </button>
          </div>
          <div role="gridcell" className={classNames.chartCell} style={{ width: scale.width }} />
        </div>
      );
      continue;
    }
    const critical = row.task.task.declaredCritical || computedCritical.has(row.task.id);
    rendered.push(
      <div key={row.key} role="row" aria-rowindex={i + 2} className={classNames.row} style={style} data-task-id={row.task.id} data-row-index={i}>
        <TaskRowHeader task={row.task} computedCritical={computedCritical.has(row.task.id)} flags={flagsById.get(row.task.id) ?? []} locale={locale} classNames={classNames} selected={props.selected?.has(row.task.id)} onSelect={canEdit ? props.onSelect : undefined} />
        <div role="gridcell" className={classNames.chartCell} style={{ width: scale.width }}>
          <TaskBar
            task={row.task}
            scale={scale}
            critical={critical}
            canEdit={canEdit}
            locale={locale}
            classNames={classNames}
            helpId={helpId}
            onReschedule={handlers.onReschedule}
            onOpen={handlers.onOpen}
            onNavigate={(direction) => navigate(i, direction)}
          />
        </div>
      </div>
    );
  }

  return (
    <div ref={scroller} className={css(classNames.scroller, props.printing && classNames.printing)}>
      <span id={helpId} className={classNames.visuallyHidden}>{canEdit ? strings.BarHelp : strings.BarHelpReadOnly}</span>
      <div role="grid" aria-label={props.label} aria-rowcount={rows.length + 1} aria-colcount={2} style={{ width: fullWidth }}>
        <div role="row" aria-rowindex={1} className={classNames.header} style={{ width: fullWidth }}>
          <div role="columnheader" className={classNames.corner}>{strings.ColumnTitle}</div>
          <div role="columnheader" className={classNames.bands} style={{ width: scale.width }}>
            {[scale.upper, scale.lower].map((bands, r) => (
              <div key={r} className={classNames.bandRow}>
                {bands.map((b) => (
                  <span key={b.key} className={classNames.band} style={{ left: b.x, width: b.width }} title={b.title}>
                    {b.label}
                  </span>
                ))}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className={classNames.body} style={{ height: window_.totalHeight, width: fullWidth }}>
          {daysOff.map((day) => (
            <div key={day} className={classNames.dayOff} style={{ left: TASK_COLUMN_WIDTH + dayX(scale, day), width: scale.dayWidth }} />
          ))}
          {line(toDayNumber(today), classNames.today, strings.TodayMarker, getTheme().palette.orange, false)}
          {/* Go-Live is at the right end of the scale: its label goes to the left of the line. */}
          {line(toDayNumber(wave.goLive), classNames.goLive, strings.GoLiveMarker, getTheme().palette.magenta, true)}
          <Arrows rows={rows} first={window_.first} last={window_.last} scale={scale} className={classNames.arrows} />
          {rendered}
        </div>
      </div>
    </div>
  );
}
