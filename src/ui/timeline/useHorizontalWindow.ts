/**
 * The part of the chart worth drawing across: what the scroller shows plus a margin each side.
 * A year of weeks is ~4,000 px wide and the viewport a quarter of that, so the header's week and
 * month labels (and the shaded days off at day zoom) outside it are left out of the DOM; they
 * are drawn as the user scrolls sideways. The range moves in steps, so a sideways scroll
 * re-renders the grid only each STEP px, not on every scroll event.
 */
import * as React from "react";
import { followScroller } from "../common/followScroller";

/** A horizontal range in chart px (0 = the chart's left edge, right of the task column). */
export interface XRange {
  from: number;
  to: number;
}

const STEP = 256;
/** Extra px drawn beyond each side of the viewport, so a short scroll shows no gap. */
const MARGIN = 512;

/** The range to draw for a scroll position and viewport width (pure). */
export function xRange(scrollLeft: number, viewportWidth: number, columnWidth: number): XRange {
  const left = Math.floor(scrollLeft / STEP) * STEP;
  return { from: Math.max(0, left - MARGIN), to: left + viewportWidth - columnWidth + STEP + MARGIN };
}

/** Whether a band [x, x + width) reaches into the range. */
export function inXRange(range: XRange, x: number, width: number): boolean {
  return x + width >= range.from && x <= range.to;
}

/** Everything, for the print view. */
export const ALL_X: XRange = { from: -Infinity, to: Infinity };

export function useHorizontalWindow(scroller: React.RefObject<HTMLElement>, columnWidth: number, all: boolean): XRange {
  // Until measured (first render, jsdom): the window's width, which reads no layout.
  const [viewport, setViewport] = React.useState(() => ({ left: 0, width: Math.ceil((typeof window === "undefined" ? 1024 : window.innerWidth) / STEP) * STEP }));
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    // The first reading comes after the browser's own layout (see followScroller): reading the
    // size here would force a layout in the middle of the first render.
    return followScroller(
      element,
      () => {
        const left = Math.floor(element.scrollLeft / STEP) * STEP;
        // In steps too: a scrollbar's width more or less draws the same labels and needs no render.
        const width = Math.ceil((element.clientWidth > 0 ? element.clientWidth : window.innerWidth) / STEP) * STEP;
        setViewport((old) => (old.left === left && old.width === width ? old : { left, width }));
      },
      false
    );
  }, [scroller]);
  return React.useMemo(() => (all ? ALL_X : xRange(viewport.left, viewport.width, columnWidth)), [all, viewport, columnWidth]);
}
