/**
 * One task row of the timeline grid: task column and chart cell with its bar. Memoized, so a
 * scroll or a viewport measurement re-renders only the rows that enter the window; every prop
 * is stable between renders of the grid (the grid passes shared handlers and the row index).
 */
import * as React from "react";
import type { DayNumber } from "../../domain/isoDate";
import type { ScheduledTask } from "../../domain/schedule";
import { datesSetByKombit } from "../../domain/kombitFields";
import type { getTimelineGridClassNames } from "./TimelineGrid.styles";
import { ROW_HEIGHT } from "./TimelineGrid.styles";
import type { TimeScale } from "./timeScale";
import { TaskBar } from "./TaskBar";
import { TaskRowHeader } from "./TaskRowHeader";

export interface TimelineTaskRowProps {
  task: ScheduledTask;
  index: number;
  fullWidth: number;
  scale: TimeScale;
  critical: boolean;
  computedCritical: boolean;
  flags: string[];
  canEdit: boolean;
  locale: string;
  classNames: ReturnType<typeof getTimelineGridClassNames>;
  helpId: string;
  /** The help of a bar that cannot be moved (a reader's, or a webinar KOMBIT dates). */
  readOnlyHelpId: string;
  selected?: boolean;
  onSelect?: (taskId: number, selected: boolean) => void;
  onReschedule: (task: ScheduledTask, startDay: DayNumber, endDay: DayNumber, delayMs: number) => void;
  onOpen: (task: ScheduledTask) => void;
  onNavigate: (fromIndex: number, direction: -1 | 1) => void;
  /** Whether this row's controls are in the tab order: the grid is one stop, not four per row. */
  tabbable: boolean;
  /** The row's key (a task grouped by integration has a row in each of its groups). */
  rowKey: string;
  /** The focus entered this row (it becomes the row that Tab reaches). */
  onRowFocus: (rowKey: string) => void;
}

function TimelineTaskRowImpl(props: TimelineTaskRowProps): JSX.Element {
  const { task, index, scale, classNames, onNavigate, onRowFocus, rowKey } = props;
  const navigateFromHere = React.useCallback((direction: -1 | 1) => onNavigate(index, direction), [onNavigate, index]);
  const onFocus = React.useCallback(() => onRowFocus(rowKey), [onRowFocus, rowKey]);
  // KOMBIT sets a webinar's dates: its bar does not move and it is not shifted with the others.
  const fixed = datesSetByKombit(task.task);
  const canMove = props.canEdit && !fixed;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={classNames.row}
      style={{ top: index * ROW_HEIGHT, width: props.fullWidth }}
      data-task-id={task.id}
      data-row-index={index}
      onFocus={onFocus}
    >
      <TaskRowHeader
        task={task}
        computedCritical={props.computedCritical}
        flags={props.flags}
        locale={props.locale}
        classNames={classNames}
        selected={props.selected}
        onSelect={fixed ? undefined : props.onSelect}
        selectSpacer={fixed && props.onSelect !== undefined}
        tabbable={props.tabbable}
        onOpen={props.onOpen}
        onNavigate={navigateFromHere}
      />
      <div role="gridcell" className={classNames.chartCell} style={{ width: scale.width }}>
        <TaskBar
          task={task}
          scale={scale}
          critical={props.critical}
          canEdit={canMove}
          locale={props.locale}
          classNames={classNames}
          helpId={canMove ? props.helpId : props.readOnlyHelpId}
          onReschedule={props.onReschedule}
          onOpen={props.onOpen}
          onNavigate={navigateFromHere}
          tabbable={props.tabbable}
        />
      </div>
    </div>
  );
}

export const TimelineTaskRow: React.NamedExoticComponent<TimelineTaskRowProps> = React.memo(TimelineTaskRowImpl);
