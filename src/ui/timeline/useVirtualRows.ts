/**
 * Row virtualization for the timeline: only the rows in (and just around) the viewport are
 * rendered, so 5,000 tasks keep the DOM small. Fixed row height keeps the arithmetic exact.
 */
import * as React from "react";

export interface VirtualWindow {
  /** First rendered row index. */
  first: number;
  /** One past the last rendered row index. */
  last: number;
  /** Height of all rows together (px). */
  totalHeight: number;
}

/** The window of rows to render for a scroll position and viewport height. */
export function visibleWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan: number): VirtualWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last), totalHeight: count * rowHeight };
}

/** When the viewport cannot be measured (first paint, jsdom), assume this height. */
const FALLBACK_VIEWPORT = 640;

/** Tracks the scroller's scroll position and size and returns the window to render. */
export function useVirtualRows(
  scroller: React.RefObject<HTMLElement>,
  count: number,
  rowHeight: number,
  /** Pixels above the first row inside the scroller (sticky header). */
  headerHeight: number,
  overscan: number = 8,
  /** Render every row (printing). */
  all: boolean = false
): VirtualWindow {
  const [viewport, setViewport] = React.useState({ scrollTop: 0, height: FALLBACK_VIEWPORT });

  // A layout effect: the first measurement re-renders before the browser paints, instead of
  // a second render and paint one frame later.
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const height = element.clientHeight > 0 ? element.clientHeight - headerHeight : FALLBACK_VIEWPORT;
      setViewport((old) =>
        old.scrollTop === element.scrollTop && old.height === height ? old : { scrollTop: element.scrollTop, height }
      );
    };
    const schedule = (): void => {
      if (frame === 0) frame = window.requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener("scroll", schedule, { passive: true });
    window.addEventListener("resize", schedule);
    return () => {
      element.removeEventListener("scroll", schedule);
      window.removeEventListener("resize", schedule);
      if (frame !== 0) window.cancelAnimationFrame(frame);
    };
  }, [scroller, headerHeight]);

  if (all) return { first: 0, last: count, totalHeight: count * rowHeight };
  return visibleWindow(count, rowHeight, viewport.scrollTop, viewport.height, overscan);
}
