/**
 * Domain benchmark (`npm run bench`, not a test): schedule + critical path + demand (the budget)
 * and, in full, + readiness, bookings (over-allocation, coverage) and dependency violations, at
 * 1,000 and 10,000 tasks (3 links, 10 bookings per task). Prints the median milliseconds per size
 * and the ratio 10k/1k. Budgets: 10k core < 100 ms median; ratio ≤ 12. `--check` exits 1 when over.
 */
const { performance } = require("perf_hooks");
const { loadDomain } = require("./bench/loadDomain");
const { syntheticPlan } = require("./bench/syntheticPlan");

const SIZES = [1000, 10000];
const RUNS = Number(process.env.BENCH_RUNS || 21);
const WARMUP = 5;
const BUDGET_10K_MS = 100;
const MAX_RATIO = 12;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the pipeline once; returns [core ms, full ms] and a checksum so nothing is optimised away. */
function runOnce(domain, plan, today) {
  const t0 = performance.now();
  const scheduled = domain.schedulePlan(plan.tasks, plan.wave, plan.local, today);
  const cp = domain.criticalPath(scheduled, { deadline: plan.wave.goLive });
  const demand = domain.demandByRoleWeek(scheduled);
  const t1 = performance.now();
  const ready = domain.readiness(scheduled, plan.local, plan.bookings, plan.attendance);
  const over = domain.overAllocations(plan.bookings, plan.people);
  const coverage = domain.taskCoverage(scheduled, plan.bookings);
  const violations = domain.dependencyViolations(scheduled);
  const t2 = performance.now();
  const checksum = cp.computedCritical.length + demand.cells.length + ready.started.count + over.length + coverage.length + violations.length;
  return { core: t1 - t0, full: t2 - t0, checksum };
}

function measure(domain, n) {
  const plan = syntheticPlan(domain, n);
  const today = "2025-09-01";
  for (let i = 0; i < WARMUP; i++) runOnce(domain, plan, today);
  const core = [];
  const full = [];
  let checksum = 0;
  for (let i = 0; i < RUNS; i++) {
    const r = runOnce(domain, plan, today);
    core.push(r.core);
    full.push(r.full);
    checksum = r.checksum;
  }
  return { n, links: plan.tasks.reduce((s, t) => s + t.predecessors.length, 0), bookings: plan.bookings.length, core: median(core), full: median(full), checksum };
}

function main() {
  const domain = loadDomain();
  const results = SIZES.map((n) => measure(domain, n));
  const fmt = (ms) => ms.toFixed(2).padStart(8);
  console.log(`Domain benchmark, median of ${RUNS} runs (after ${WARMUP} warm-up), node ${process.version}`);
  console.log("   tasks    links  bookings   core ms   full ms   (core = schedule + critical path + demand; full = + readiness, bookings, violations)");
  for (const r of results) {
    console.log(`${String(r.n).padStart(8)} ${String(r.links).padStart(8)} ${String(r.bookings).padStart(9)} ${fmt(r.core)}  ${fmt(r.full)}`);
  }
  const [small, large] = results;
  const coreRatio = large.core / small.core;
  const fullRatio = large.full / small.full;
  console.log(`ratio 10k/1k: core ${coreRatio.toFixed(2)}, full ${fullRatio.toFixed(2)}`);
  const ok = large.core < BUDGET_10K_MS && coreRatio <= MAX_RATIO && fullRatio <= MAX_RATIO;
  console.log(`budget (10k core < ${BUDGET_10K_MS} ms, ratio ≤ ${MAX_RATIO}): ${ok ? "met" : "NOT met"}`);
  if (!ok && process.argv.includes("--check")) process.exitCode = 1;
}

main();
