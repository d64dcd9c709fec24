/**
 * Themes from context: a component's own colours follow the theme of the ThemeProvider around it
 * (the host's theme, as each web part's root provides it), not Fluent's global theme; and the
 * class names are made once per theme, not on every render.
 */
import * as React from "react";
import { render } from "@testing-library/react";
import { createTheme, mergeStyleSets, setIconOptions, ThemeProvider, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../../../src/ui/common/themedClassNames";
import { StatusBadge } from "../../../src/ui/common/StatusBadge";
import { hostTheme } from "../../../src/webparts/shared/hostTheme";

setIconOptions({ disableWarnings: true });

/** The CSS text Fluent wrote for a class name (merge-styles inserts its rules into the document). */
function rulesOf(className: string): string {
  return Array.from(document.styleSheets)
    .flatMap((sheet) => Array.from(sheet.cssRules))
    .map((rule) => rule.cssText)
    .filter((text) => text.includes(`.${className}`))
    .join("\n");
}

function iconClassIn(theme: ITheme | undefined): string {
  const badge = <StatusBadge status="started" />;
  const { container, unmount } = render(theme ? <ThemeProvider theme={theme}>{badge}</ThemeProvider> : badge);
  const icon = container.querySelector('[data-status="started"] i');
  if (!icon) throw new Error("no status icon rendered");
  const name = icon.className.split(/\s+/).find((c) => rulesOf(c).includes("color"));
  unmount();
  if (!name) throw new Error(`no coloured class on the icon: ${icon.className}`);
  return name;
}

test("a status badge under the Teams dark and contrast themes takes those themes' colours", () => {
  const dark = hostTheme("dark", undefined) as ITheme;
  const contrast = hostTheme("contrast", undefined) as ITheme;
  const light = iconClassIn(undefined);
  const inDark = iconClassIn(dark);
  const inContrast = iconClassIn(contrast);
  // "Påbegyndt" is drawn in the theme's primary colour.
  expect(rulesOf(light).toLowerCase()).toContain("#0078d4");
  expect(rulesOf(inDark).toLowerCase()).toContain(dark.palette.themePrimary.toLowerCase());
  expect(rulesOf(inContrast).toLowerCase()).toContain(contrast.palette.themePrimary.toLowerCase());
  expect(new Set([light, inDark, inContrast]).size).toBe(3);
});

test("class names are made once per theme and anew for another theme", () => {
  const make = jest.fn((theme: ITheme) => mergeStyleSets({ cell: { color: theme.palette.neutralPrimary } }));
  const classNames = classNamesPerTheme(make);
  const a = createTheme({ palette: { neutralPrimary: "#111111" } });
  const b = createTheme({ palette: { neutralPrimary: "#eeeeee" } });
  expect(classNames(a)).toBe(classNames(a));
  expect(classNames(b)).not.toBe(classNames(a));
  expect(make).toHaveBeenCalledTimes(2);
  // The same theme mounted again under a provider is a new object with the same id: no new styles.
  const again = { ...a, id: "same-host-theme" };
  const first = classNames(again);
  expect(classNames({ ...again })).toBe(first);
  expect(make).toHaveBeenCalledTimes(3);
});
