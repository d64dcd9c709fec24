/**
 * Class names made once per theme. Components read the theme from context (Fluent's useTheme(),
 * fed by the ThemeProvider at each web part's root with the host's theme: the section's SPFx
 * theme variant, Teams dark or high contrast) and pass it here, so a grid on a dark section gets
 * dark colours while the page's global theme stays SharePoint's. Serializing a style set costs
 * milliseconds, which every row's render should not pay: the result is kept per theme. A
 * ThemeProvider's merged theme carries an id that stays the same for the same host theme when a
 * root mounts again (a new object each time), so the id is the key where there is one.
 */
import { Stylesheet, type ITheme } from "@fluentui/react";

export function classNamesPerTheme<T>(make: (theme: ITheme) => T): (theme: ITheme) => T {
  let byId = new Map<string, T>();
  let byObject = new WeakMap<ITheme, T>();
  // A reset of Fluent's stylesheet (tests, some hosts) removes the rules these names point at.
  // The stylesheet is the page's global one: on a SharePoint Server 2019 page Office UI Fabric 5
  // made it first, and its Stylesheet has no onReset (nor resets we could miss).
  const stylesheet: Partial<Pick<Stylesheet, "onReset">> = Stylesheet.getInstance();
  stylesheet.onReset?.(() => {
    byId = new Map();
    byObject = new WeakMap();
  });
  return (theme) => {
    const id = theme.id;
    let classNames = id ? byId.get(id) : byObject.get(theme);
    if (classNames === undefined) {
      classNames = make(theme);
      if (id) byId.set(id, classNames);
      else byObject.set(theme, classNames);
    }
    return classNames;
  };
}
