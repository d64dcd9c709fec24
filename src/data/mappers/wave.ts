/** Bølger ↔ Wave. */
import type { Wave } from "../../domain/model";
import { fromSharePointDate, toSharePointDate } from "./dateOnly";

export interface SpWaveItem {
  Id: number;
  "odata.etag"?: string;
  Title?: string | null;
  OirProject?: string | null;
  OirGoLive?: string | null;
}

export const WAVE_SELECT: readonly string[] = ["Id", "Title", "OirProject", "OirGoLive"];

/** A wave without a Go-Live date cannot be planned: that is bad data and throws, naming the wave. */
export function waveFromItem(item: SpWaveItem): Wave {
  const goLive = fromSharePointDate(item.OirGoLive);
  if (goLive === undefined) throw new RangeError(`Wave "${item.Title ?? item.Id}" has no Go-Live date`);
  return { title: item.Title ?? "", project: item.OirProject ?? "", goLive };
}

export function waveToItem(wave: Wave): Record<string, unknown> {
  return { Title: wave.title, OirProject: wave.project, OirGoLive: toSharePointDate(wave.goLive) };
}
