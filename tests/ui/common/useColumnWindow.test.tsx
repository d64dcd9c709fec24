/**
 * Column virtualization (the booking grid's weeks): the pure columnWindow arithmetic right of a
 * sticky leading column, and useColumnWindow's first render, which reads no layout (the window's
 * width) and renders no overscan. jsdom lays nothing out (clientWidth 0): once the hook has looked
 * at the scroller it renders every column, as nothing tells it what is in view.
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { columnWindow, useColumnWindow, type RowWindow } from "../../../src/ui/common/useVirtualWindow";

describe("columnWindow", () => {
  it("covers the columns right of the leading column plus the overscan on each side", () => {
    // 1,000 px wide, 200 px leading column, 80 px columns: 800 px of columns, 10 in view.
    expect(columnWindow(52, 80, 0, 1000, 200, 0)).toEqual({ first: 0, last: 10 });
    expect(columnWindow(52, 80, 0, 1000, 200, 3)).toEqual({ first: 0, last: 13 });
    expect(columnWindow(52, 80, 800, 1000, 200, 3)).toEqual({ first: 7, last: 23 });
  });

  it("includes partly visible columns at both edges", () => {
    expect(columnWindow(52, 80, 40, 1000, 200, 0)).toEqual({ first: 0, last: 11 });
  });

  it("stays inside the columns there are", () => {
    expect(columnWindow(12, 80, 0, 4000, 200, 3)).toEqual({ first: 0, last: 12 });
    expect(columnWindow(52, 80, 3900, 1000, 200, 3)).toEqual({ first: 45, last: 52 });
    expect(columnWindow(0, 80, 0, 1000, 200, 3)).toEqual({ first: 0, last: 0 });
  });
});

function Probe({ renders }: { renders: RowWindow[] }): JSX.Element {
  const scroller = React.useRef<HTMLDivElement>(null);
  const window_ = useColumnWindow(scroller, 104, 80, { leadingWidth: 320, overscan: 3 });
  renders.push(window_);
  return <div ref={scroller} data-testid="scroller" data-first={window_.first} data-last={window_.last} />;
}

describe("useColumnWindow", () => {
  it("first renders the columns the window's width shows, without overscan, then every column when the scroller has no layout", () => {
    const renders: RowWindow[] = [];
    render(<Probe renders={renders} />);
    expect(renders[0]).toEqual({ first: 0, last: Math.ceil((window.innerWidth - 320) / 80) });
    const scroller = screen.getByTestId("scroller");
    expect({ first: Number(scroller.dataset.first), last: Number(scroller.dataset.last) }).toEqual({ first: 0, last: 104 });
  });
});
