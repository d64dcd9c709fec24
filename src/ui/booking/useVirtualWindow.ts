/**
 * Row virtualization for the booking grid: only the rows in (and just around) the viewport are
 * in the DOM, so 200 people × 52 weeks stay light. Fixed row height keeps the arithmetic exact.
 */
import * as React from "react";

export interface RowWindow {
  first: number;
  /** One past the last rendered row. */
  last: number;
}

/** The rows to render for a scroll position (pure, for tests and benchmarks). */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan: number): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

/** When the scroller cannot be measured (first paint, jsdom), assume this many pixels. */
const FALLBACK_HEIGHT = 600;

export function useVirtualWindow(scroller: React.RefObject<HTMLElement>, count: number, rowHeight: number, headerHeight: number, overscan = 6): RowWindow {
  const [viewport, setViewport] = React.useState({ top: 0, height: FALLBACK_HEIGHT });
  React.useEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    let frame = 0;
    const measure = (): void => {
      frame = 0;
      const height = element.clientHeight > 0 ? element.clientHeight - headerHeight : FALLBACK_HEIGHT;
      const top = Math.max(0, element.scrollTop - headerHeight);
      setViewport((old) => (old.top === top && old.height === height ? old : { top, height }));
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
  return rowWindow(count, rowHeight, viewport.top, viewport.height, overscan);
}
