/**
 * One task on the timeline: its effective bar (or a diamond for webinars and milestones), the
 * thin KOMBIT baseline under it and the variance in days. Editors move the bar by dragging or
 * with the arrow keys (Shift = a week) and resize it with the start/end handles the same way.
 */
import * as React from "react";
import { css } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import { fromDayNumber, toDayNumber, type DayNumber } from "../../domain/isoDate";
import type { ScheduledTask } from "../../domain/schedule";
import { formatDate, formatText, pluralText } from "../common/format";
import { dayX, type TimeScale } from "./timeScale";
import type { getTimelineGridClassNames } from "./TimelineGrid.styles";

export type DragMode = "move" | "start" | "end";

export interface TaskBarProps {
  task: ScheduledTask;
  scale: TimeScale;
  critical: boolean;
  canEdit: boolean;
  locale: string;
  classNames: ReturnType<typeof getTimelineGridClassNames>;
  helpId: string;
  /** New effective dates (day numbers); `delayMs` lets keyboard bursts save once. */
  onReschedule: (task: ScheduledTask, startDay: DayNumber, endDay: DayNumber, delayMs: number) => void;
  onOpen: (task: ScheduledTask) => void;
  /** Up/Down arrow on a bar: focus the bar in the previous/next task row. */
  onNavigate?: (direction: -1 | 1) => void;
  /** Whether the bar and its handles are in the tab order (one row of the grid at a time). */
  tabbable?: boolean;
}

/** The dates a drag or key press leads to; a resize never puts the end before the start. */
function nudge(startDay: DayNumber, endDay: DayNumber, mode: DragMode, days: number): [DayNumber, DayNumber] {
  if (mode === "move") return [startDay + days, endDay + days];
  if (mode === "start") return [Math.min(startDay + days, endDay), endDay];
  return [startDay, Math.max(endDay + days, startDay)];
}

/** Keyboard step for an arrow key: a day, or a week with Shift; 0 for other keys. */
function arrowStep(event: React.KeyboardEvent): number {
  const size = event.shiftKey ? 7 : 1;
  if (event.key === "ArrowRight") return size;
  if (event.key === "ArrowLeft") return -size;
  return 0;
}

/** How long keyboard nudges wait for the next one before saving (one write per burst). */
const KEY_SAVE_DELAY_MS = 400;

export function TaskBar(props: TaskBarProps): JSX.Element {
  const { task, scale, critical, canEdit, locale, classNames, helpId, onReschedule, onOpen } = props;
  const [drag, setDrag] = React.useState<{ mode: DragMode; originX: number; days: number } | undefined>();
  const moved = React.useRef(false);

  const [startDay, endDay] = drag ? nudge(task.startDay, task.endDay, drag.mode, drag.days) : [task.startDay, task.endDay];
  const left = dayX(scale, startDay);
  const width = Math.max(scale.dayWidth, dayX(scale, endDay + 1) - left);
  const baseStart = toDayNumber(task.baseline.start);
  const baseEnd = toDayNumber(task.baseline.end);
  const label = formatText(strings.BarLabel, task.task.code, task.task.title, formatDate(fromDayNumber(startDay), locale), formatDate(fromDayNumber(endDay), locale));

  const onPointerDown = (mode: DragMode) => (event: React.PointerEvent<HTMLElement>): void => {
    if (!canEdit || event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture?.(event.pointerId);
    moved.current = false;
    setDrag({ mode, originX: event.clientX, days: 0 });
  };
  const onPointerMove = (event: React.PointerEvent<HTMLElement>): void => {
    if (!drag) return;
    const days = Math.round((event.clientX - drag.originX) / scale.dayWidth);
    if (days !== drag.days) {
      moved.current = true;
      setDrag({ ...drag, days });
    }
  };
  const onPointerUp = (event: React.PointerEvent<HTMLElement>): void => {
    if (!drag) return;
    event.currentTarget.releasePointerCapture?.(event.pointerId);
    const [s, e] = nudge(task.startDay, task.endDay, drag.mode, drag.days);
    setDrag(undefined);
    if (s !== task.startDay || e !== task.endDay) onReschedule(task, s, e, 0);
  };
  const onKeyDown = (mode: DragMode) => (event: React.KeyboardEvent<HTMLElement>): void => {
    if ((event.key === "ArrowUp" || event.key === "ArrowDown") && mode === "move" && props.onNavigate) {
      event.preventDefault();
      props.onNavigate(event.key === "ArrowUp" ? -1 : 1);
      return;
    }
    const step = arrowStep(event);
    if (step === 0 || !canEdit) return;
    event.preventDefault();
    event.stopPropagation();
    const [s, e] = nudge(task.startDay, task.endDay, mode, step);
    if (s !== task.startDay || e !== task.endDay) onReschedule(task, s, e, KEY_SAVE_DELAY_MS);
  };
  const onClick = (): void => {
    // A drag ends with a click; only a click without movement opens the task.
    if (moved.current) {
      moved.current = false;
      return;
    }
    onOpen(task);
  };

  const isPoint = task.task.kind !== "task";
  const pointerHandlers = canEdit ? { onPointerMove, onPointerUp, onPointerCancel: () => setDrag(undefined) } : {};
  const variance = task.endVarianceDays;

  return (
    <>
      {isPoint ? (
        <span className={classNames.baselineMilestone} style={{ left: dayX(scale, baseEnd) + scale.dayWidth / 2 }} />
      ) : (
        <span
          className={classNames.baseline}
          style={{ left: dayX(scale, baseStart), width: Math.max(2, dayX(scale, baseEnd + 1) - dayX(scale, baseStart)) }}
          title={formatText(strings.BaselineHint, formatDate(task.baseline.start, locale), formatDate(task.baseline.end, locale))}
        />
      )}
      <button
        type="button"
        tabIndex={props.tabbable === false ? -1 : 0}
        className={css(
          isPoint ? classNames.milestone : classNames.bar,
          !isPoint && critical && classNames.barCritical,
          !isPoint && task.status === "completed" && classNames.barCompleted,
          drag && classNames.barDragging
        )}
        style={isPoint ? { left: dayX(scale, endDay) + scale.dayWidth / 2 } : { left, width }}
        aria-label={label}
        aria-describedby={helpId}
        aria-keyshortcuts={canEdit ? "ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight ArrowUp ArrowDown" : "ArrowUp ArrowDown"}
        data-task-bar={task.task.code}
        onClick={onClick}
        onKeyDown={onKeyDown("move")}
        onPointerDown={onPointerDown("move")}
        {...pointerHandlers}
      />
      {canEdit && !isPoint && (
        <>
          <span
            role="slider"
            tabIndex={props.tabbable === false ? -1 : 0}
            className={css(classNames.handle, classNames.handleStart)}
            style={{ left }}
            aria-label={formatText(strings.StartHandleLabel, task.task.code)}
            aria-valuemin={scale.startDay}
            aria-valuemax={endDay}
            aria-valuenow={startDay}
            aria-valuetext={formatDate(fromDayNumber(startDay), locale)}
            onKeyDown={onKeyDown("start")}
            onPointerDown={onPointerDown("start")}
            {...pointerHandlers}
          />
          <span
            role="slider"
            tabIndex={props.tabbable === false ? -1 : 0}
            className={css(classNames.handle, classNames.handleEnd)}
            style={{ left: left + width }}
            aria-label={formatText(strings.EndHandleLabel, task.task.code)}
            aria-valuemin={startDay}
            aria-valuemax={scale.endDay}
            aria-valuenow={endDay}
            aria-valuetext={formatDate(fromDayNumber(endDay), locale)}
            onKeyDown={onKeyDown("end")}
            onPointerDown={onPointerDown("end")}
            {...pointerHandlers}
          />
        </>
      )}
      {variance !== 0 && (
        <span
          className={classNames.variance}
          style={{ left: Math.max(left + width, dayX(scale, baseEnd + 1)) + (canEdit ? 4 : 0) }}
          title={formatText(pluralText(variance, strings.VarianceHintOne, strings.VarianceHint), variance > 0 ? `+${variance}` : String(variance), formatDate(task.baseline.end, locale))}
        >
          {formatText(strings.VarianceDays, variance > 0 ? `+${variance}` : `−${-variance}`)}
        </span>
      )}
    </>
  );
}
