/**
 * The timeline's command bar: wave, role, person (ansvarlig or udfører), "Mine opgaver", ØiR integration, status, phase,
 * critical path and text filters, grouping and zoom, and undo/redo for editors. Everything
 * it changes is view state, which lives in the URL (useTimelineView).
 */
import * as React from "react";
import {
  Checkbox,
  DefaultButton,
  Dropdown,
  mergeStyleSets,
  SearchBox,
  type IDropdownOption
} from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import * as common from "OirCommonStrings";
import { INTEGRATIONS, type Integration, type TaskStatus, type Wave } from "../../domain/model";
import type { ScheduledTask } from "../../domain/schedule";
import { statusOptions } from "../common/StatusBadge";
import { compareDanish, formatText, pluralText } from "../common/format";
import { CLEARED_FILTERS, isFiltered, type Grouping, type TimelineViewState } from "./filterUrl";
import type { Zoom } from "./timeScale";

export interface TimelineCommandBarProps {
  view: TimelineViewState;
  setView: (changes: Partial<TimelineViewState>) => void;
  waves: Wave[];
  selectedWave?: string;
  /** The wave's tasks, for the role and phase choices. */
  scheduled: ScheduledTask[];
  shownCount: number;
  canEdit: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onExportCsv: () => void;
  onExportIcs: () => void;
  onPrint: () => void;
  selectedCount: number;
  onShift: () => void;
  onClearSelection: () => void;
  /** Opens "Opdatér fra KOMBIT" (editors only); no button without it. */
  onUpdateFromKombit?: () => void;
  /** Opens "Importér KLIK-opgaver" (only for who may edit KOMBIT's Planer); no button without it. */
  onImportKlik?: () => void;
}

const ALL = "__all__";

const classes = mergeStyleSets({
  bar: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: "8px 12px" },
  narrow: { minWidth: 140, maxWidth: 220 },
  wide: { minWidth: 200, maxWidth: 320 },
  checkbox: { paddingBottom: 6 },
  count: { paddingBottom: 6, whiteSpace: "nowrap" }
});

function sortedDa(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareDanish);
}

export function TimelineCommandBar(props: TimelineCommandBarProps): JSX.Element {
  const { view, setView, waves, scheduled } = props;

  const roleOptions = React.useMemo((): IDropdownOption[] => [
    { key: ALL, text: strings.FilterAllRoles },
    ...sortedDa(scheduled.flatMap((t) => [...t.task.recommendedRoles, ...t.task.involvedRoles])).map((r) => ({ key: r, text: r }))
  ], [scheduled]);
  const personOptions = React.useMemo((): IDropdownOption[] => {
    // Everyone set as ansvarlig or udfører on the wave's tasks, once each, by name.
    const byEmail = new Map<string, string>();
    for (const t of scheduled) for (const p of [t.responsible, t.performer]) if (p) byEmail.set(p.email.toLowerCase(), p.displayName || p.email);
    // A shared link may name someone who no longer has a task: keep them choosable, so the filter shows.
    if (view.person && !byEmail.has(view.person.toLowerCase())) byEmail.set(view.person.toLowerCase(), view.person);
    const people = [...byEmail].sort(([, a], [, b]) => compareDanish(a, b));
    return [{ key: ALL, text: strings.FilterAllPeople }, ...people.map(([email, name]) => ({ key: email, text: name, title: email }))];
  }, [scheduled, view.person]);
  const phaseOptions = React.useMemo((): IDropdownOption[] => [
    { key: ALL, text: strings.FilterAll },
    ...sortedDa(scheduled.map((t) => t.task.phase)).map((p) => ({ key: p, text: p }))
  ], [scheduled]);
  const integrationOptions: IDropdownOption[] = [{ key: ALL, text: strings.FilterAll }, ...INTEGRATIONS.map((i) => ({ key: i, text: i }))];
  const groupOptions: IDropdownOption[] = [
    { key: "phase", text: strings.GroupByPhase },
    { key: "integration", text: strings.GroupByIntegration }
  ];
  const zoomOptions: IDropdownOption[] = [
    { key: "day", text: strings.ZoomDay },
    { key: "week", text: strings.ZoomWeek },
    { key: "month", text: strings.ZoomMonth }
  ];
  const pick = (option: IDropdownOption | undefined): string | undefined =>
    option && option.key !== ALL ? String(option.key) : undefined;

  const filtered = isFiltered(view);

  return (
    <div role="group" aria-label={strings.FiltersLabel} className={classes.bar}>
      <Dropdown
        label={strings.WaveLabel}
        className={classes.wide}
        options={waves.map((w) => ({ key: w.title, text: w.title }))}
        selectedKey={props.selectedWave}
        onChange={(_e, o) => o && setView({ wave: String(o.key) })}
      />
      <Dropdown label={strings.FilterRole} className={classes.wide} options={roleOptions} selectedKey={view.role ?? ALL} onChange={(_e, o) => setView({ role: pick(o) })} />
      <Dropdown
        label={strings.FilterPerson}
        className={classes.wide}
        options={personOptions}
        selectedKey={view.person?.toLowerCase() ?? ALL}
        onChange={(_e, o) => setView({ person: pick(o) })}
      />
      <Checkbox className={classes.checkbox} label={strings.FilterMine} checked={view.mine} onChange={(_e, checked) => setView({ mine: Boolean(checked) })} />
      <Dropdown
        label={strings.FilterIntegration}
        className={classes.narrow}
        options={integrationOptions}
        selectedKey={view.integration ?? ALL}
        onChange={(_e, o) => setView({ integration: pick(o) as Integration | undefined })}
      />
      <Dropdown
        label={strings.FilterStatus}
        className={classes.narrow}
        multiSelect={true}
        options={statusOptions()}
        selectedKeys={view.status}
        placeholder={strings.FilterAll}
        onChange={(_e, o) => {
          if (!o) return;
          const status = o.key as TaskStatus;
          setView({ status: o.selected ? [...view.status, status] : view.status.filter((s) => s !== status) });
        }}
      />
      <Dropdown label={strings.FilterPhase} className={classes.wide} options={phaseOptions} selectedKey={view.phase ?? ALL} onChange={(_e, o) => setView({ phase: pick(o) })} />
      <Checkbox className={classes.checkbox} label={strings.FilterCritical} checked={view.criticalOnly} onChange={(_e, checked) => setView({ criticalOnly: Boolean(checked) })} />
      <SearchBox
        className={classes.wide}
        placeholder={strings.FilterText}
        ariaLabel={strings.FilterText}
        value={view.text}
        onChange={(_e, text) => setView({ text: text ?? "" })}
      />
      <Dropdown label={strings.GroupBy} className={classes.narrow} options={groupOptions} selectedKey={view.grouping} onChange={(_e, o) => o && setView({ grouping: o.key as Grouping })} />
      <Dropdown label={strings.Zoom} className={classes.narrow} options={zoomOptions} selectedKey={view.zoom} onChange={(_e, o) => o && setView({ zoom: o.key as Zoom })} />
      {filtered && (
        <DefaultButton
          iconProps={{ iconName: "ClearFilter" }}
          text={strings.ClearFilters}
          onClick={() => setView(CLEARED_FILTERS)}
        />
      )}
      {props.canEdit && (
        <>
          <DefaultButton iconProps={{ iconName: "Undo" }} text={strings.Undo} disabled={!props.canUndo} onClick={props.onUndo} />
          <DefaultButton iconProps={{ iconName: "Redo" }} text={strings.Redo} disabled={!props.canRedo} onClick={props.onRedo} />
          <DefaultButton iconProps={{ iconName: "Forward" }} text={formatText(strings.Shift, props.selectedCount)} disabled={props.selectedCount === 0} onClick={props.onShift} />
          {props.selectedCount > 0 && <DefaultButton text={strings.ClearSelection} onClick={props.onClearSelection} />}
          {props.onUpdateFromKombit && <DefaultButton iconProps={{ iconName: "Sync" }} text={common.SyncOpen} onClick={props.onUpdateFromKombit} />}
        </>
      )}
      {props.onImportKlik && <DefaultButton iconProps={{ iconName: "Upload" }} text={common.KlikImportOpen} onClick={props.onImportKlik} />}
      <DefaultButton
        iconProps={{ iconName: "Download" }}
        text={strings.Export}
        menuProps={{
          items: [
            { key: "csv", text: strings.ExportCsv, iconProps: { iconName: "ExcelDocument" }, onClick: () => props.onExportCsv() },
            { key: "ics", text: strings.ExportIcs, iconProps: { iconName: "Calendar" }, onClick: () => props.onExportIcs() },
            { key: "print", text: strings.Print, iconProps: { iconName: "Print" }, onClick: () => props.onPrint() }
          ]
        }}
      />
      <span className={classes.count} role="status">
        {formatText(pluralText(scheduled.length, strings.ShownCountOne, strings.ShownCount), props.shownCount, scheduled.length)}
      </span>
    </div>
  );
}
