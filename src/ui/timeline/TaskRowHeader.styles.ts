/** Styles of the row header's own parts: the task's name as a link and the people line. */
import { mergeStyleSets, type IProcessedStyleSet, type ITheme } from "@fluentui/react";
import { classNamesPerTheme } from "../common/themedClassNames";

export interface TaskRowHeaderClassNames {
  titleRow: string;
  nameLink: string;
  people: string;
  peopleIcon: string;
  visuallyHidden: string;
  selectSpacer: string;
}

/** The class names for a theme (useTheme()), made once per theme (every rendered row uses them). */
export const getTaskRowHeaderClassNames: (theme: ITheme) => IProcessedStyleSet<TaskRowHeaderClassNames> = classNamesPerTheme(make);

function make(theme: ITheme): IProcessedStyleSet<TaskRowHeaderClassNames> {
  const { palette, semanticColors } = theme;
  return mergeStyleSets({
    titleRow: { display: "flex", alignItems: "center", minWidth: 0 },
    // Looks like the title it always was, is a link: the task panel opens from the name too.
    nameLink: {
      flex: "1 1 auto",
      minWidth: 0,
      overflow: "hidden",
      textOverflow: "ellipsis",
      whiteSpace: "nowrap",
      border: "none",
      background: "transparent",
      padding: 0,
      margin: 0,
      font: "inherit",
      color: semanticColors.bodyText,
      textAlign: "left",
      textDecoration: "none",
      cursor: "pointer",
      selectors: {
        ":hover": { textDecoration: "underline", color: palette.themeDarker },
        ":focus-visible": { outline: `2px solid ${palette.black}`, outlineOffset: "1px" }
      }
    },
    // Takes what the status, dates and flags leave, and is cut (…) first when that is little.
    people: { flex: "1 1 0", minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
    // The selection box's width (13 px and its 6 px margin), for rows that cannot be selected.
    selectSpacer: { display: "inline-block", flex: "0 0 auto", width: 13, marginRight: 6 },
    peopleIcon: { marginRight: 4, verticalAlign: "middle" },
    visuallyHidden: { position: "absolute", width: 1, height: 1, margin: -1, padding: 0, overflow: "hidden", clip: "rect(0,0,0,0)", border: 0, whiteSpace: "nowrap" }
  });
}
