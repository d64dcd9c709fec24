/**
 * Whether the page is being printed: from the browser's beforeprint until afterprint, and while
 * the print media query matches (Chromium's print preview and emulated print media answer it
 * without those events). The timeline then renders its print view: every row, and the period
 * fitted to the page's width. React 17 renders a state change from a native event listener at
 * once, so the print view is in the DOM before the browser lays the page out for print.
 */
import * as React from "react";

function printQuery(): MediaQueryList | undefined {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" ? window.matchMedia("print") : undefined;
}

export function usePrintMedia(): boolean {
  const [printing, setPrinting] = React.useState(() => printQuery()?.matches === true);
  React.useEffect(() => {
    const query = printQuery();
    let inPrint = false;
    const update = (): void => setPrinting(inPrint || query?.matches === true);
    const before = (): void => {
      inPrint = true;
      update();
    };
    const after = (): void => {
      inPrint = false;
      update();
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    // addListener for browsers without MediaQueryList's addEventListener (Safari before 14).
    if (query?.addEventListener) query.addEventListener("change", update);
    else query?.addListener(update);
    update();
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      if (query?.removeEventListener) query.removeEventListener("change", update);
      else query?.removeListener(update);
    };
  }, []);
  return printing;
}
