/**
 * Row virtualization for the timeline (the shared window in ../common/useVirtualWindow), plus the
 * total height and a print mode that renders every row.
 */
import type * as React from "react";
import { useVirtualWindow, type ViewWindow } from "../common/useVirtualWindow";

export interface VirtualWindow extends ViewWindow {
  /** Height of all rows together (px). */
  totalHeight: number;
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
  all: boolean = false,
  /** The viewport height for the first render, read from no layout (see useVirtualWindow). */
  estimateHeight?: () => number
): VirtualWindow {
  // Measured before paint: the first measurement re-renders before the browser paints.
  const window_ = useVirtualWindow(scroller, count, rowHeight, { headerHeight, overscan, fallbackHeight: FALLBACK_VIEWPORT, measureBeforePaint: true, overscanAfterFirstPaint: true, estimateHeight });
  if (all) return { first: 0, last: count, firstVisible: window_.firstVisible, totalHeight: count * rowHeight };
  return { ...window_, totalHeight: count * rowHeight };
}
