/**
 * ØiR-tidsplan: the municipality's plan for a wave, with dates computed from the wave's Go-Live
 * and the municipality's own overrides. Gets repositories and plain values as props (no SPFx).
 */
import * as React from "react";
import { Dropdown, type IDropdownOption } from "@fluentui/react";
import * as strings from "OirTimelineWebPartStrings";
import * as common from "OirCommonStrings";
import type { PlanRepositories } from "../../data/repositories";
import { EmptyState, ErrorState, LoadingState } from "../common/LoadStates";
import { formatDate, formatText } from "../common/format";
import { getTimelineRootClassNames } from "./TimelineRoot.styles";
import { TaskTable } from "./TaskTable";
import { useTimelineState } from "./useTimelineState";

export interface TimelineRootProps {
  repositories: PlanRepositories;
  municipalityName: string;
  defaultWave?: string;
  locale: string;
}

export function TimelineRoot(props: TimelineRootProps): JSX.Element {
  const { repositories, municipalityName, defaultWave, locale } = props;
  const view = useTimelineState(repositories, defaultWave, strings.NoIntegration);
  const classNames = React.useMemo(getTimelineRootClassNames, []);
  const headingId = React.useMemo(() => `oir-timeline-${Math.random().toString(36).slice(2)}`, []);

  const { state, wave, scheduled } = view;
  const plan = state.phase === "ready" ? state.plan : undefined;

  const waveOptions = React.useMemo(
    (): IDropdownOption[] => (plan?.waves ?? []).map((w) => ({ key: w.title, text: w.title })),
    [plan]
  );
  const responsibleById = React.useMemo(() => {
    const map = new Map<number, string>();
    for (const row of plan?.rows ?? []) if (row.state.responsible) map.set(row.task.id, row.state.responsible.displayName);
    return map;
  }, [plan]);

  let body: JSX.Element;
  if (state.phase === "loading") body = <LoadingState />;
  else if (state.phase === "failed") body = <ErrorState title={common.ErrorTitle} error={state.error} onRetry={view.reload} />;
  else if (!wave) body = <EmptyState message={strings.EmptyNoWaves} />;
  else if (scheduled.length === 0) body = <EmptyState message={formatText(strings.EmptyNoRows, wave.title)} hint={strings.EmptyNoRowsHint} />;
  else {
    body = (
      <TaskTable
        label={formatText(strings.TaskTableLabel, wave.title, municipalityName)}
        tasks={scheduled}
        locale={locale}
        classNames={classNames}
        responsibleById={responsibleById}
      />
    );
  }

  return (
    <section className={classNames.root} aria-labelledby={headingId}>
      <div className={classNames.header}>
        <h2 id={headingId} className={classNames.title}>
          {strings.Title} · {municipalityName}
        </h2>
        {plan && plan.waves.length > 0 && (
          <Dropdown
            label={strings.WaveLabel}
            options={waveOptions}
            selectedKey={wave?.title}
            onChange={(_e, option) => option && view.setView({ wave: String(option.key) })}
            styles={{ root: { minWidth: 200 } }}
          />
        )}
        {wave && (
          <span className={classNames.meta}>
            {formatText(strings.GoLive, formatDate(wave.goLive, locale))} · {formatText(strings.TaskCount, scheduled.length)}
          </span>
        )}
      </div>
      {body}
    </section>
  );
}
