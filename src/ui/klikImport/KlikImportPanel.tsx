/**
 * KLIK import for whoever maintains KOMBIT's plan: paste one or more KLIK task exports, read
 * them (each task's parsed fields, or its error with the line), and write the good ones to the
 * Planer list — an existing task (same Master-opgave ID) is updated, never duplicated.
 */
import * as React from "react";
import { DefaultButton, MessageBar, MessageBarType, PrimaryButton, Spinner, Stack, TextField } from "@fluentui/react";
import * as strings from "OirCommonStrings";
import type { KlikTask } from "../../domain/model";
import type { MasterPlanRepository, MasterPlanWriter } from "../../data/repositories";
import { importKlikTasks, parseExports, type ImportOutcome, type ParsedExport } from "../../data/klikImport";
import { ErrorState } from "../common/LoadStates";
import { formatText } from "../common/format";
import { outcomeText, parseErrorText } from "./klikImportText";
import { ParsedTaskCard } from "./ParsedTaskCard";

export interface KlikImportPanelProps {
  master: MasterPlanRepository;
  writer: MasterPlanWriter;
  /** Called after a write that added or updated at least one task. */
  onImported?: (outcomes: ImportOutcome[]) => void;
}

type WriteState = { phase: "idle" } | { phase: "writing" } | { phase: "written"; outcomes: ImportOutcome[] } | { phase: "failed"; error: unknown };

export function KlikImportPanel({ master, writer, onImported }: KlikImportPanelProps): JSX.Element {
  const [text, setText] = React.useState("");
  const [parsed, setParsed] = React.useState<ParsedExport[] | undefined>(undefined);
  const [canEdit, setCanEdit] = React.useState<boolean | undefined>(undefined);
  const [write, setWrite] = React.useState<WriteState>({ phase: "idle" });
  const [rightsError, setRightsError] = React.useState<unknown>(undefined);

  React.useEffect(() => {
    let live = true;
    writer.canEdit().then(
      (value) => live && setCanEdit(value),
      // Rights unknown: shown, and writing stays possible (a refusal is then shown per task).
      (error: unknown) => {
        if (!live) return;
        setRightsError(error);
        setCanEdit(true);
      }
    );
    return () => {
      live = false;
    };
  }, [writer]);

  const good: KlikTask[] = (parsed ?? []).flatMap((p) => (p.ok ? [p.task] : []));
  const bad = (parsed ?? []).filter((p) => !p.ok).length;

  const read = (): void => {
    setParsed(parseExports(text));
    setWrite({ phase: "idle" });
  };

  const writeTasks = (): void => {
    setWrite({ phase: "writing" });
    importKlikTasks(master, writer, good).then(
      (outcomes) => {
        setWrite({ phase: "written", outcomes });
        if (outcomes.some((o) => o.ok)) onImported?.(outcomes);
      },
      (error: unknown) => setWrite({ phase: "failed", error })
    );
  };

  return (
    <Stack tokens={{ childrenGap: 12 }}>
      <h2 style={{ margin: 0 }}>{strings.KlikImportTitle}</h2>
      {rightsError !== undefined && <ErrorState title={strings.KlikImportTitle} error={rightsError} />}
      {canEdit === false && <MessageBar messageBarType={MessageBarType.info}>{strings.KlikImportReadOnly}</MessageBar>}
      <TextField
        label={strings.KlikImportPasteLabel}
        multiline={true}
        rows={10}
        value={text}
        onChange={(_e, value) => {
          setText(value ?? "");
          setParsed(undefined);
        }}
      />
      <Stack horizontal={true} tokens={{ childrenGap: 8 }}>
        <DefaultButton text={strings.KlikImportParse} onClick={read} disabled={text.trim() === "" || write.phase === "writing"} />
        <PrimaryButton
          text={formatText(strings.KlikImportWrite, good.length)}
          onClick={writeTasks}
          disabled={good.length === 0 || canEdit !== true || write.phase === "writing"}
        />
      </Stack>
      {parsed && (
        <div role="status" aria-live="polite">
          {parsed.length === 0 ? strings.KlikImportNothing : formatText(strings.KlikImportParsedSummary, good.length, bad)}
        </div>
      )}
      {parsed?.map((p, i) =>
        p.ok ? (
          <ParsedTaskCard key={`ok-${i}`} task={p.task} />
        ) : (
          <MessageBar key={`bad-${i}`} messageBarType={MessageBarType.error} isMultiline={true}>
            <strong>{formatText(strings.KlikImportTaskError, i + 1, p.firstLine)}</strong>
            <div>{parseErrorText(p.error)}</div>
          </MessageBar>
        )
      )}
      {write.phase === "writing" && <Spinner label={strings.KlikImportWriting} labelPosition="right" role="status" aria-live="polite" />}
      {write.phase === "failed" && <ErrorState title={strings.KlikImportResultHeading} error={write.error} />}
      {write.phase === "written" && (
        <section aria-labelledby="oir-klik-result">
          <h3 id="oir-klik-result">{strings.KlikImportResultHeading}</h3>
          <ul>
            {write.outcomes.map((o) => (
              <li key={o.taskId}>{outcomeText(o)}</li>
            ))}
          </ul>
        </section>
      )}
    </Stack>
  );
}
