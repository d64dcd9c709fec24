/**
 * A member's KLIK roles, editable in place (multi-select from the plan's roles): saved when the
 * list closes, refused in Danish when no role is left.
 *
 * The Fluent Dropdown is mounted on demand: until the member's roles are opened, the row shows a
 * light combobox button with the same name and value. A working group of 200 then costs 200
 * buttons on first paint instead of 200 Dropdowns (their style computation was ~95 ms of the
 * booking web part's first render, tools/bench-ui/findings.md).
 */
import * as React from "react";
import { Dropdown, Icon, mergeStyleSets, useTheme, type IDropdown, type IDropdownOption, type IDropdownStyles, type ITheme } from "@fluentui/react";
import * as strings from "ResourceBookingWebPartStrings";
import type { WorkingGroupMember } from "../../domain/model";
import type { Stored } from "../../data/repositories";
import { formatText } from "../common/format";
import { classNamesPerTheme } from "../common/themedClassNames";

/** One styles object for every row: Fluent caches class names per styles object. */
const FIELD_STYLES: Partial<IDropdownStyles> = { root: { minWidth: 240, maxWidth: 360 } };

export interface RolesFieldProps {
  member: Stored<WorkingGroupMember>;
  roles: string[];
  onSave: (member: Stored<WorkingGroupMember>, value: WorkingGroupMember) => Promise<void>;
  onError: (error: unknown) => void;
}

function sameRoles(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((r) => b.includes(r));
}

/** Class names of the closed field, made once per theme (looks like a closed Dropdown). */
const getSummaryClasses = classNamesPerTheme(({ palette, semanticColors, fonts }: ITheme): { summary: string; text: string; caret: string } =>
  mergeStyleSets({
    summary: {
      display: "flex",
      alignItems: "center",
      boxSizing: "border-box",
      minWidth: 240,
      maxWidth: 360,
      width: "100%",
      height: 32,
      padding: "0 8px",
      border: `1px solid ${semanticColors.inputBorder}`,
      borderRadius: 2,
      background: semanticColors.inputBackground,
      color: semanticColors.inputText,
      font: "inherit",
      fontSize: fonts.medium.fontSize,
      textAlign: "left",
      cursor: "pointer",
      selectors: {
        ":hover": { borderColor: semanticColors.inputBorderHovered },
        ":focus-visible": { outline: `2px solid ${palette.black}`, outlineOffset: 1 }
      }
    },
    text: { flex: "1 1 auto", overflow: "hidden", whiteSpace: "nowrap", textOverflow: "ellipsis" },
    caret: { flex: "0 0 auto", marginLeft: 8, fontSize: fonts.small.fontSize, color: semanticColors.bodySubtext }
  })
);

interface RolesEditorProps extends RolesFieldProps {
  label: string;
  /** The list closed with nothing left to show (saved, unchanged or being saved). */
  onClosed: () => void;
}

/** The open field: a Fluent multi-select Dropdown, opened as it mounts. */
function RolesEditor({ member, roles, onSave, onError, label, onClosed }: RolesEditorProps): JSX.Element {
  const saved = member.value.roles;
  const [selected, setSelected] = React.useState<string[]>(saved);
  const [invalid, setInvalid] = React.useState(false);
  const dropdown = React.useRef<IDropdown>(null);
  React.useEffect(() => setSelected(saved), [saved]);
  React.useEffect(() => dropdown.current?.focus(true), []);
  // A member may hold a role the plan no longer names: keep it choosable.
  const options: IDropdownOption[] = [...new Set([...roles, ...saved])].map((r) => ({ key: r, text: r }));

  const commit = (): void => {
    if (sameRoles(selected, saved)) {
      setInvalid(false);
      onClosed();
      return;
    }
    if (selected.length === 0) {
      // Stay open on screen with the message until a role is chosen again.
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onClosed();
    onSave(member, { ...member.value, roles: selected }).catch((error: unknown) => onError(error));
  };
  return (
    <Dropdown
      componentRef={dropdown}
      ariaLabel={label}
      multiSelect={true}
      options={options}
      selectedKeys={selected}
      styles={FIELD_STYLES}
      errorMessage={invalid ? strings.ErrorRolesRequired : undefined}
      onChange={(_e, option) => {
        if (!option) return;
        const role = String(option.key);
        setSelected((current) => (option.selected ? [...current, role] : current.filter((r) => r !== role)));
      }}
      onDismiss={commit}
    />
  );
}

export function RolesField(props: RolesFieldProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const theme = useTheme();
  const button = React.useRef<HTMLButtonElement>(null);
  const wasOpen = React.useRef(false);
  const label = formatText(strings.RolesOf, props.member.value.person.displayName);
  React.useEffect(() => {
    // Back on the closed field after the list closes, as a Dropdown keeps focus on itself.
    if (wasOpen.current && !open) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  if (open) return <RolesEditor {...props} label={label} onClosed={() => setOpen(false)} />;
  const classes = getSummaryClasses(theme);
  const text = props.member.value.roles.join(", ");
  return (
    <button
      ref={button}
      type="button"
      role="combobox"
      aria-label={label}
      aria-haspopup="listbox"
      aria-expanded={false}
      className={classes.summary}
      title={text}
      onClick={() => setOpen(true)}
      onKeyDown={(e) => {
        if (e.key === "ArrowDown" || e.key === "ArrowUp") {
          e.preventDefault();
          setOpen(true);
        }
      }}
    >
      <span className={classes.text}>{text}</span>
      <Icon iconName="ChevronDown" className={classes.caret} aria-hidden={true} />
    </button>
  );
}
