/**
 * Row virtualization shared by the timeline and the booking grid: only the rows in (and just
 * around) the viewport are rendered, so thousands of rows keep the DOM small. Fixed row height
 * keeps the arithmetic exact.
 */
import * as React from "react";
import { followScroller } from "./followScroller";

export interface RowWindow {
  /** First rendered row index. */
  first: number;
  /** One past the last rendered row index. */
  last: number;
}

export interface ViewWindow extends RowWindow {
  /** First row in view (the rendered rows above it are overscan). */
  firstVisible: number;
}

/** The rows to render for a scroll position and viewport height (pure). */
export function rowWindow(count: number, rowHeight: number, scrollTop: number, viewportHeight: number, overscan: number): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

export interface VirtualWindowOptions {
  /** Pixels above the first row inside the scroller (the grid's header). */
  headerHeight: number;
  /** Rows rendered beyond each edge of the viewport. */
  overscan: number;
  /** Viewport height assumed when the scroller cannot be measured (first paint, jsdom). */
  fallbackHeight: number;
  /**
   * The rows start below the header in the scrolled content, so their scroll position is the
   * scroller's less the header (the booking grid); otherwise the scroller's as it is (the timeline).
   */
  rowsBelowHeader?: boolean;
  /**
   * Measure in a layout effect: the first measurement re-renders before the browser paints,
   * instead of a second render and paint one frame later.
   */
  measureBeforePaint?: boolean;
  /**
   * The first paint renders only the rows in view; the overscan rows (there for smooth
   * scrolling) follow when the browser is next idle, so they do not delay the first paint.
   */
  overscanAfterFirstPaint?: boolean;
  /**
   * The viewport height for the first render, computed without reading layout (e.g. from the
   * scroller's max-height in vh). With it and a ResizeObserver, the measurement before paint
   * waits for the browser's own layout instead of forcing one in the middle of the first render.
   */
  estimateHeight?: () => number;
}

function roundUp(value: number, step: number): number {
  return Math.ceil(value / step) * step;
}

/**
 * Runs `action` once the browser has painted the next frame and is idle; returns the cancel
 * function. An idle callback asked for straight away may run before that frame is drawn, so
 * it is asked for after the frame: a task queued from the frame's animation callback runs
 * after that frame's layout and paint.
 */
function afterNextPaint(action: () => void): () => void {
  let idle = 0;
  let timer = 0;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      timer = 0;
      if (typeof window.requestIdleCallback === "function") idle = window.requestIdleCallback(action, { timeout: 250 });
      else action();
    }, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    if (timer !== 0) window.clearTimeout(timer);
    if (idle !== 0) window.cancelIdleCallback(idle);
  };
}

interface Viewport {
  top: number;
  height: number;
}

/**
 * Follows the scroller's scroll position and size; returns the stop function. `readNow` reads
 * the size at once (which lays the page out if it is not); otherwise the first reading comes
 * from the ResizeObserver, which the browser calls after its layout and before it paints.
 */
function trackViewport(
  element: HTMLElement,
  options: Pick<VirtualWindowOptions, "headerHeight" | "fallbackHeight" | "rowsBelowHeader">,
  setViewport: React.Dispatch<React.SetStateAction<Viewport>>,
  readNow: boolean,
  rowHeight: number
): () => void {
  return followScroller(
    element,
    () => {
      // Whole rows: a few pixels' difference (a scrollbar) shows the same rows and needs no render.
      const height = roundUp(element.clientHeight > 0 ? element.clientHeight - options.headerHeight : options.fallbackHeight, rowHeight);
      const top = options.rowsBelowHeader ? Math.max(0, element.scrollTop - options.headerHeight) : element.scrollTop;
      setViewport((old) => (old.top === top && old.height === height ? old : { top, height }));
    },
    readNow
  );
}

/** Tracks the scroller's scroll position and size and returns the window of rows to render. */
export function useVirtualWindow(scroller: React.RefObject<HTMLElement>, count: number, rowHeight: number, options: VirtualWindowOptions): ViewWindow {
  const { headerHeight, overscan, fallbackHeight, rowsBelowHeader = false, measureBeforePaint = false, overscanAfterFirstPaint = false, estimateHeight } = options;
  const [viewport, setViewport] = React.useState<Viewport>(() => ({ top: 0, height: roundUp(estimateHeight ? estimateHeight() : fallbackHeight, rowHeight) }));
  const estimated = estimateHeight !== undefined;
  const [overscanReady, setOverscanReady] = React.useState(!overscanAfterFirstPaint);
  React.useEffect(() => (overscanReady ? undefined : afterNextPaint(() => setOverscanReady(true))), [overscanReady]);
  // Both effects are always declared (rules of hooks); the option decides which one measures.
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!measureBeforePaint || !element) return undefined;
    return trackViewport(element, { headerHeight, fallbackHeight, rowsBelowHeader }, setViewport, !estimated, rowHeight);
  }, [scroller, headerHeight, fallbackHeight, rowsBelowHeader, measureBeforePaint, estimated, rowHeight]);
  React.useEffect(() => {
    const element = scroller.current;
    if (measureBeforePaint || !element) return undefined;
    return trackViewport(element, { headerHeight, fallbackHeight, rowsBelowHeader }, setViewport, true, rowHeight);
  }, [scroller, headerHeight, fallbackHeight, rowsBelowHeader, measureBeforePaint, rowHeight]);
  const window_ = rowWindow(count, rowHeight, viewport.top, viewport.height, overscanReady ? overscan : 0);
  return { ...window_, firstVisible: Math.min(count, Math.floor(viewport.top / rowHeight)) };
}

/**
 * The columns to render for a scroll position and viewport width (pure): those in view right of
 * a sticky leading column (`leadingWidth` px, e.g. the grid's name column) plus `overscan` each side.
 */
export function columnWindow(count: number, columnWidth: number, scrollLeft: number, viewportWidth: number, leadingWidth: number, overscan: number): RowWindow {
  const first = Math.max(0, Math.floor(scrollLeft / columnWidth) - overscan);
  const last = Math.min(count, Math.ceil((scrollLeft + viewportWidth - leadingWidth) / columnWidth) + overscan);
  return { first: Math.min(first, count), last: Math.max(Math.min(first, count), last) };
}

export interface ColumnWindowOptions {
  /** Width of the sticky column left of the first column (px). */
  leadingWidth: number;
  /** Columns rendered beyond each edge of the viewport, after the first paint. */
  overscan: number;
}

/**
 * Column virtualization for a grid of fixed-width columns: the window of columns to render. The
 * first render reads no layout (it assumes the window's width, which is at least the scroller's)
 * and renders no overscan; the scroller's real width comes from its ResizeObserver after the
 * browser's own layout, and the overscan columns (for smooth sideways scrolling) follow when the
 * browser is idle after the first paint, as the rows' window does.
 */
export function useColumnWindow(scroller: React.RefObject<HTMLElement>, count: number, columnWidth: number, options: ColumnWindowOptions): RowWindow {
  const { leadingWidth, overscan } = options;
  const [viewport, setViewport] = React.useState(() => ({ left: 0, width: typeof window === "undefined" ? 1024 : window.innerWidth }));
  const [overscanReady, setOverscanReady] = React.useState(false);
  React.useEffect(() => (overscanReady ? undefined : afterNextPaint(() => setOverscanReady(true))), [overscanReady]);
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    return followScroller(
      element,
      () => {
        // Whole columns: a scrollbar's width more or less shows the same columns and needs no render.
        // A scroller with no width has no layout (hidden, or no layout engine as in jsdom): what is
        // in view is unknown, so every column is rendered.
        const left = Math.floor(element.scrollLeft / columnWidth) * columnWidth;
        const width = element.clientWidth > 0 ? Math.ceil(element.clientWidth / columnWidth) * columnWidth : Infinity;
        setViewport((old) => (old.left === left && old.width === width ? old : { left, width }));
      },
      false
    );
  }, [scroller, columnWidth]);
  return columnWindow(count, columnWidth, viewport.left, viewport.width, leadingWidth, overscanReady ? overscan : 0);
}
