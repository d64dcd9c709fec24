/**
 * Deterministic task data shared by every benchmark page (library-neutral shape): N tasks of
 * 5–60 days inside 2025, about 30 % with one finish-to-start dependency on an earlier task.
 * Same generator and seed as the published peer figures, so the numbers compare.
 */
export interface BenchTask {
  id: number;
  name: string;
  start: Date;
  end: Date;
  days: number;
  /** Days from 2025-01-01 to the start. */
  offset: number;
  progress: number;
  /** Id of an earlier task this one depends on, or null. */
  dep: number | null;
}

/** mulberry32: a tiny seeded PRNG, so every page and run sees the same plan. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeTasks(n: number, seed = 1): BenchTask[] {
  const rnd = mulberry32(seed);
  const tasks: BenchTask[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const days = 5 + Math.floor(rnd() * 56);
    const offset = Math.floor(rnd() * (365 - days));
    const start = new Date(2025, 0, 1 + offset);
    const end = new Date(2025, 0, 1 + offset + days);
    const dep = i > 0 && rnd() < 0.3 ? 1 + Math.floor(rnd() * i) : null;
    tasks[i] = { id: i + 1, name: `Task ${i + 1}`, start, end, days, offset, progress: Math.floor(rnd() * 101), dep };
  }
  return tasks;
}

/** A Date's local calendar date as `YYYY-MM-DD`. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}
