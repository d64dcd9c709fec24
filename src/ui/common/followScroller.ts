/**
 * Calls `read` when a scroller scrolls (at most once a frame) or changes size. Size changes come
 * from a ResizeObserver, which the browser calls after its own layout and before it paints, so
 * the first reading needs no forced layout in the middle of a render; where there is none, the
 * window's resize event stands in and the size is read at once. Shared by the grids' row window
 * and the timeline's horizontal window. Returns the stop function.
 */
export function followScroller(element: HTMLElement, read: () => void, readNow: boolean): () => void {
  let frame = 0;
  const measure = (): void => {
    frame = 0;
    read();
  };
  const schedule = (): void => {
    if (frame === 0) frame = window.requestAnimationFrame(measure);
  };
  const observer =
    typeof ResizeObserver === "function"
      ? new ResizeObserver(() => {
          // Measure now; a frame a scroll asked for would only measure the same again.
          if (frame !== 0) window.cancelAnimationFrame(frame);
          measure();
        })
      : undefined;
  if (readNow || !observer) measure();
  element.addEventListener("scroll", schedule, { passive: true });
  if (observer) observer.observe(element);
  else window.addEventListener("resize", schedule);
  return () => {
    element.removeEventListener("scroll", schedule);
    if (observer) observer.disconnect();
    else window.removeEventListener("resize", schedule);
    if (frame !== 0) window.cancelAnimationFrame(frame);
  };
}
