/**
 * Row virtualization: the pure rowWindow arithmetic, and useVirtualWindow's
 * `overscanAfterFirstPaint` (first render shows only the rows in view; the overscan rows
 * follow when the browser is idle). jsdom lays nothing out (clientHeight 0), so the hook
 * uses its fallbackHeight.
 */
import * as React from "react";
import { act, render, screen, waitFor } from "@testing-library/react";
import { rowWindow, useVirtualWindow, type RowWindow, type VirtualWindowOptions } from "../../../src/ui/common/useVirtualWindow";

const COUNT = 100;
const ROW_HEIGHT = 10;
const BASE: VirtualWindowOptions = { headerHeight: 0, overscan: 5, fallbackHeight: 100 };

interface ProbeProps {
  options: VirtualWindowOptions;
  /** Every window the component rendered with, in order. */
  renders: RowWindow[];
}

function Probe({ options, renders }: ProbeProps): JSX.Element {
  const scroller = React.useRef<HTMLDivElement>(null);
  const window_ = useVirtualWindow(scroller, COUNT, ROW_HEIGHT, options);
  renders.push({ first: window_.first, last: window_.last });
  return <div ref={scroller} data-testid="scroller" data-first={window_.first} data-last={window_.last} />;
}

function shown(): RowWindow {
  const scroller = screen.getByTestId("scroller");
  return { first: Number(scroller.dataset.first), last: Number(scroller.dataset.last) };
}

describe("rowWindow", () => {
  it("covers the viewport plus the overscan on each side", () => {
    expect(rowWindow(100, 10, 0, 100, 5)).toEqual({ first: 0, last: 15 });
    expect(rowWindow(100, 10, 250, 100, 5)).toEqual({ first: 20, last: 40 });
    expect(rowWindow(100, 10, 250, 100, 0)).toEqual({ first: 25, last: 35 });
  });

  it("includes partly visible rows at both edges", () => {
    expect(rowWindow(100, 10, 255, 100, 0)).toEqual({ first: 25, last: 36 });
    expect(rowWindow(100, 10, 0, 95, 0)).toEqual({ first: 0, last: 10 });
  });

  it("clamps to [0, count) and never ends before it starts", () => {
    expect(rowWindow(30, 10, 250, 100, 5)).toEqual({ first: 20, last: 30 });
    expect(rowWindow(0, 10, 0, 100, 5)).toEqual({ first: 0, last: 0 });
    // Scrolled past the rows (the list shrank under the scroller): an empty window.
    expect(rowWindow(10, 10, 500, 100, 2)).toEqual({ first: 48, last: 48 });
  });
});

describe("useVirtualWindow", () => {
  afterEach(() => {
    delete (window as { requestIdleCallback?: unknown }).requestIdleCallback;
    delete (window as { cancelIdleCallback?: unknown }).cancelIdleCallback;
  });

  it("renders the overscan rows from the first render without overscanAfterFirstPaint", () => {
    const renders: RowWindow[] = [];
    render(<Probe options={BASE} renders={renders} />);
    expect(renders[0]).toEqual({ first: 0, last: 15 });
    expect(shown()).toEqual({ first: 0, last: 15 });
  });

  it.each([false, true])("with overscanAfterFirstPaint (measureBeforePaint %s) renders the rows in view first, the overscan once idle", async (measureBeforePaint) => {
    expect(typeof (window as { requestIdleCallback?: unknown }).requestIdleCallback).toBe("undefined");
    const renders: RowWindow[] = [];
    render(<Probe options={{ ...BASE, measureBeforePaint, overscanAfterFirstPaint: true }} renders={renders} />);
    // ceil(100 / 10) + 0 rows: no overscan yet.
    expect(renders[0]).toEqual({ first: 0, last: 10 });
    expect(shown()).toEqual({ first: 0, last: 10 });
    // Without requestIdleCallback (jsdom) the overscan follows the next frame and a 0 ms timeout.
    await waitFor(() => expect(shown()).toEqual({ first: 0, last: 15 }));
    expect(renders[renders.length - 1]).toEqual({ first: 0, last: 15 });
  });

  it("asks for an idle callback only after the next frame, where the browser has requestIdleCallback", async () => {
    const callbacks: (() => void)[] = [];
    const requestIdleCallback = jest.fn((callback: () => void) => callbacks.push(callback));
    const cancelIdleCallback = jest.fn();
    Object.assign(window, { requestIdleCallback, cancelIdleCallback });

    render(<Probe options={{ ...BASE, overscanAfterFirstPaint: true }} renders={[]} />);
    // Not straight away: an idle period can come before the first frame is painted.
    expect(requestIdleCallback).not.toHaveBeenCalled();
    await waitFor(() => expect(requestIdleCallback).toHaveBeenCalledTimes(1));
    expect(shown()).toEqual({ first: 0, last: 10 });

    act(() => callbacks[0]());
    expect(shown()).toEqual({ first: 0, last: 15 });
    // Once the overscan is there nothing is scheduled again.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(requestIdleCallback).toHaveBeenCalledTimes(1);
  });

  it("cancels a pending idle callback when unmounted before it runs", async () => {
    const requestIdleCallback = jest.fn(() => 42);
    const cancelIdleCallback = jest.fn();
    Object.assign(window, { requestIdleCallback, cancelIdleCallback });

    const { unmount } = render(<Probe options={{ ...BASE, overscanAfterFirstPaint: true }} renders={[]} />);
    await waitFor(() => expect(requestIdleCallback).toHaveBeenCalledTimes(1));
    expect(cancelIdleCallback).not.toHaveBeenCalled();
    unmount();
    expect(cancelIdleCallback).toHaveBeenCalledWith(42);
  });

  it("asks for nothing when unmounted before the next frame", () => {
    const requestIdleCallback = jest.fn(() => 42);
    Object.assign(window, { requestIdleCallback, cancelIdleCallback: jest.fn() });
    const { unmount } = render(<Probe options={{ ...BASE, overscanAfterFirstPaint: true }} renders={[]} />);
    unmount();
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(requestIdleCallback).not.toHaveBeenCalled();
        resolve();
      }, 60)
    );
  });
});
