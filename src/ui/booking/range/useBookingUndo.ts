/**
 * Ctrl+Z / Ctrl+Y for the booking grid: wraps the grid's dispatch so each edit it sends is
 * remembered with the hours before and after (bookingUndo.ts); undo and redo dispatch one
 * bookingsEdited, which the save loop sends as one batch like any other edit.
 */
import * as React from "react";
import * as strings from "ResourceBookingWebPartStrings";
import type { BookingAction, BookingState } from "../bookingReducer";
import { formatText, pluralText } from "../../common/format";
import { editOf, editRecorded, editRedone, editUndone, emptyHistory, type UndoHistory } from "./bookingUndo";

export interface BookingUndo {
  /** The grid's dispatch: edits go through it to be remembered. */
  dispatch: React.Dispatch<BookingAction>;
  /** Takes back the last edit; returns what to announce. */
  undo: () => string;
  redo: () => string;
}

export function useBookingUndo(state: BookingState, dispatch: React.Dispatch<BookingAction>): BookingUndo {
  const history = React.useRef<UndoHistory>(emptyHistory);
  // Read at dispatch time: the handlers that dispatch may belong to an earlier render.
  const latest = React.useRef(state);
  latest.current = state;

  const recording = React.useCallback(
    (action: BookingAction) => {
      const edit = editOf(latest.current, action);
      if (edit) history.current = editRecorded(history.current, edit);
      dispatch(action);
    },
    [dispatch]
  );

  const undo = React.useCallback((): string => {
    const result = editUndone(history.current);
    history.current = result.history;
    if (!result.action) return strings.NothingToUndo;
    dispatch(result.action);
    return formatText(pluralText(result.cells, strings.EditUndoneOne, strings.EditUndone), result.cells);
  }, [dispatch]);

  const redo = React.useCallback((): string => {
    const result = editRedone(history.current);
    history.current = result.history;
    if (!result.action) return strings.NothingToRedo;
    dispatch(result.action);
    return formatText(pluralText(result.cells, strings.EditRedoneOne, strings.EditRedone), result.cells);
  }, [dispatch]);

  return { dispatch: recording, undo, redo };
}
