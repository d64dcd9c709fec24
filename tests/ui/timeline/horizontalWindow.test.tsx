/**
 * The timeline draws its header labels and days off only across the visible width plus a
 * margin (useHorizontalWindow); these tests pin the arithmetic and the sideways scroll. jsdom
 * lays nothing out, so the scroller's size and scroll position are set on the element.
 */
import * as React from "react";
import { act, render, screen } from "@testing-library/react";
import { ALL_X, inXRange, useHorizontalWindow, xRange, type XRange } from "../../../src/ui/timeline/useHorizontalWindow";

describe("xRange", () => {
  it("covers the viewport right of the task column, a margin each side, never left of 0", () => {
    const range = xRange(0, 1400, 360);
    expect(range.from).toBe(0);
    // 1,040 px of chart in view, plus the step the position is rounded by and the margin.
    expect(range.to).toBeGreaterThanOrEqual(1040);
    expect(range.to).toBeLessThan(2000);
  });

  it("moves with the scroll position, in steps", () => {
    const a = xRange(1030, 1400, 360);
    const b = xRange(1100, 1400, 360);
    expect(a).toEqual(b);
    const c = xRange(3000, 1400, 360);
    expect(c.from).toBeGreaterThan(a.from);
    // What the user sees at scrollLeft 3,000 is inside the range.
    expect(c.from).toBeLessThanOrEqual(3000);
    expect(c.to).toBeGreaterThanOrEqual(3000 + 1040);
  });

  it("tells which bands reach into it", () => {
    const range: XRange = { from: 500, to: 1500 };
    expect(inXRange(range, 0, 400)).toBe(false);
    expect(inXRange(range, 450, 60)).toBe(true);
    expect(inXRange(range, 1500, 80)).toBe(true);
    expect(inXRange(range, 1501, 80)).toBe(false);
    expect(inXRange(ALL_X, 1e9, 1)).toBe(true);
  });
});

function Probe({ all }: { all: boolean }): JSX.Element {
  const scroller = React.useRef<HTMLDivElement>(null);
  const range = useHorizontalWindow(scroller, 360, all);
  return <div ref={scroller} data-testid="scroller" data-from={range.from} data-to={range.to} />;
}

function shown(): XRange {
  const element = screen.getByTestId("scroller");
  return { from: Number(element.dataset.from), to: Number(element.dataset.to) };
}

describe("useHorizontalWindow", () => {
  it("follows a sideways scroll (on the next frame)", async () => {
    render(<Probe all={false} />);
    const before = shown();
    expect(before.from).toBe(0);
    const element = screen.getByTestId("scroller");
    Object.defineProperty(element, "clientWidth", { configurable: true, value: 1400 });
    element.scrollLeft = 4000;
    await act(async () => {
      element.dispatchEvent(new Event("scroll"));
      await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    });
    const after = shown();
    expect(after.from).toBeGreaterThan(before.from);
    expect(after.from).toBeLessThanOrEqual(4000);
    expect(after.to).toBeGreaterThanOrEqual(4000 + 1400 - 360);
  });

  it("draws everything when printing", () => {
    render(<Probe all={true} />);
    expect(shown()).toEqual({ from: -Infinity, to: Infinity });
  });
});
