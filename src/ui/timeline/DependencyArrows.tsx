/**
 * Dependency arrows between the rendered (virtualized) rows. Only links with an end in the
 * rendered window are drawn, in an SVG the size of that window: a link whose other end is
 * off-window is clipped at the window's edge, so no path runs past the rendered rows (long
 * paths cost raster time on every tile they cross). Violated links are solid in the error
 * colour with a different, barred arrowhead; the row's flag (icon + text) says it in words.
 */
import * as React from "react";
import { useTheme } from "@fluentui/react";
import type { TimeScale } from "./timeScale";
import { dayX } from "./timeScale";
import type { TimelineRow } from "./timelineRows";
import { ROW_HEIGHT, TASK_COLUMN_WIDTH } from "./TimelineGrid.styles";

/** A finish-to-start link between two shown rows, in row indexes and chart x positions. */
export interface DependencyLink {
  key: string;
  /** Row index of the predecessor. */
  from: number;
  /** Row index of the successor. */
  to: number;
  x1: number;
  x2: number;
  violated: boolean;
}

/** A finish-to-start link between two shown rows, as row indexes only. */
export interface RowLink {
  /** Row index of the predecessor. */
  from: number;
  /** Row index of the successor. */
  to: number;
}

/**
 * Every link between shown task rows, as row index pairs: computed once per rows. Their
 * positions are computed only for the links that reach the rendered window (dependencyLinks).
 */
export function rowLinks(rows: TimelineRow[]): RowLink[] {
  const indexById = new Map<number, number>();
  rows.forEach((row, i) => row.type === "task" && !indexById.has(row.task.id) && indexById.set(row.task.id, i));
  const links: RowLink[] = [];
  rows.forEach((row, i) => {
    if (row.type !== "task") return;
    for (const predecessorId of row.task.predecessors) {
      const j = indexById.get(predecessorId);
      if (j !== undefined) links.push({ from: j, to: i });
    }
  });
  return links;
}

/** The links with an end in the rendered rows [first, last), with their chart x positions. */
export function dependencyLinks(rows: TimelineRow[], links: readonly RowLink[], scale: TimeScale, first: number, last: number): DependencyLink[] {
  const shown: DependencyLink[] = [];
  for (const { from, to } of links) {
    if ((from < first || from >= last) && (to < first || to >= last)) continue;
    const predecessor = rows[from];
    const successor = rows[to];
    if (predecessor.type !== "task" || successor.type !== "task") continue;
    shown.push({
      key: `${predecessor.task.id}-${successor.key}`,
      from,
      to,
      x1: TASK_COLUMN_WIDTH + dayX(scale, predecessor.task.endDay + 1),
      x2: TASK_COLUMN_WIDTH + dayX(scale, successor.task.startDay),
      violated: successor.task.startDay <= predecessor.task.endDay
    });
  }
  return shown;
}

/** Vertical centre of a bar inside its row. */
const BAR_MIDDLE = 19;

export interface DependencyArrowsProps {
  links: DependencyLink[];
  /** Rendered window: first row index and one past the last. */
  first: number;
  last: number;
  width: number;
  className: string;
}

/** Where an arrowhead points: into its successor's bar, or along the window's edge. */
type HeadDirection = "right" | "down" | "up";

/** A filled arrowhead with its tip at (x, y), as a subpath. */
function head(x: number, y: number, direction: HeadDirection): string {
  if (direction === "right") return `M${x - 6},${y - 3} L${x},${y} L${x - 6},${y + 3} Z`;
  const back = direction === "down" ? -6 : 6;
  return `M${x - 3},${y + back} L${x},${y} L${x + 3},${y + back} Z`;
}

/** The bar before a violated link's head: violated links differ in shape, not only in colour. */
function bar(x: number, y: number, direction: HeadDirection): string {
  if (direction === "right") return `M${x - 10},${y - 3} h2 v6 h-2 Z`;
  const back = direction === "down" ? -10 : 8;
  return `M${x - 3},${y + back} h6 v2 h-6 Z`;
}

/*
 * Arrowheads are drawn as subpaths of two shared paths (normal and violated), not as SVG
 * markers: a marker is painted as a separate picture for every path that uses it, which was a
 * third of the raster time of the timeline's first paint.
 */
function DependencyArrowsImpl({ links, first, last, width, className }: DependencyArrowsProps): JSX.Element | null {
  const { palette } = useTheme();
  const height = (last - first) * ROW_HEIGHT;
  const y = (row: number): number => (row < first ? 0 : row >= last ? height : (row - first) * ROW_HEIGHT + BAR_MIDDLE);
  const paths: JSX.Element[] = [];
  let heads = "";
  let violatedHeads = "";
  for (const link of links) {
    const fromIn = link.from >= first && link.from < last;
    const toIn = link.to >= first && link.to < last;
    const bend = Math.max(link.x1 + 6, Math.min(link.x2 - 6, link.x1 + 12));
    const start = fromIn ? `M${link.x1},${y(link.from)} H${bend}` : `M${bend},${y(link.from)}`;
    const end = toIn ? ` H${link.x2 - 2}` : "";
    const tipX = toIn ? link.x2 - 1 : bend;
    const direction: HeadDirection = toIn ? "right" : link.to >= last ? "down" : "up";
    if (link.violated) violatedHeads += `${bar(tipX, y(link.to), direction)} ${head(tipX, y(link.to), direction)} `;
    else heads += `${head(tipX, y(link.to), direction)} `;
    paths.push(
      <path
        key={link.key}
        d={`${start} V${y(link.to)}${end}`}
        fill="none"
        stroke={link.violated ? palette.redDark : palette.neutralTertiary}
        strokeWidth={link.violated ? 1.5 : 1}
        data-link=""
        data-violated={link.violated ? "" : undefined}
      />
    );
  }
  if (paths.length === 0) return null;
  return (
    <svg className={className} style={{ top: first * ROW_HEIGHT }} width={width} height={height} aria-hidden={true}>
      {paths}
      {heads && <path d={heads} fill={palette.neutralSecondary} />}
      {violatedHeads && <path d={violatedHeads} fill={palette.redDark} />}
    </svg>
  );
}

export const DependencyArrows: React.NamedExoticComponent<DependencyArrowsProps> = React.memo(DependencyArrowsImpl);
