/**
 * Whether the timeline's task column stays put (sticky) while the chart scrolls sideways. Only
 * where the scroller leaves the chart at least MIN_CHART_WIDTH px beside the column: at 200 %
 * zoom, on a phone (320 CSS px) or in a narrow page column a sticky 360 px column would cover
 * the chart, and the bars under it could be neither seen nor clicked (WCAG 1.4.10 Reflow). There
 * the column scrolls away with the chart, and every bar can be scrolled into view.
 */
import * as React from "react";
import { followScroller } from "../common/followScroller";

/** The least chart width beside a sticky task column (px). */
export const MIN_CHART_WIDTH = 240;

/** Sticky for a scroller this wide (pure). */
export function columnStaysSticky(scrollerWidth: number, columnWidth: number): boolean {
  return scrollerWidth >= columnWidth + MIN_CHART_WIDTH;
}

export function useStickyColumn(scroller: React.RefObject<HTMLElement>, columnWidth: number): boolean {
  // Until measured: the window's width, which reads no layout (the scroller is no wider).
  const [sticky, setSticky] = React.useState(() => typeof window === "undefined" || columnStaysSticky(window.innerWidth, columnWidth));
  React.useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return undefined;
    return followScroller(
      element,
      () => {
        if (element.clientWidth > 0) setSticky(columnStaysSticky(element.clientWidth, columnWidth));
      },
      false
    );
  }, [scroller, columnWidth]);
  return sticky;
}
