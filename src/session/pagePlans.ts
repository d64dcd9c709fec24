/**
 * One plan per page and plan source: the web parts on a page that show the same plan (same
 * sites and lists) get the same repositories, with concurrent reads shared (sharedReads.ts),
 * and the same plan session. So the page reads each list once per load, a change made in one
 * web part is in the other's session at once, and one session sends the page's pending writes
 * again while any of those web parts is on the page. Kept on globalThis because each SPFx web
 * part is a bundle of its own, with its own copy of this module.
 */
import type { PlanRepositories } from "../data/repositories";
import type { PlanSession, PlanSessionOptions } from "./planSession";
import { planSessionFor } from "./sessionRegistry";
import { shareReads } from "./sharedReads";

/** What a web part gets for its plan source; call release() when it is disposed or its source changes. */
export interface PagePlan {
  repositories: PlanRepositories;
  session: PlanSession;
  release: () => void;
}

/** What the web part builds when it is the first one on the page for the source. */
export interface PagePlanParts {
  repositories: PlanRepositories;
  /** Stops what the repositories run (e.g. their own timers) once no web part uses them. */
  stop?: () => void;
}

interface Entry {
  repositories: PlanRepositories;
  session: PlanSession;
  users: number;
  stop: () => void;
}

const REGISTRY = Symbol.for("oir-planner.pagePlans.v1");

function registry(): Map<string, Entry> {
  const holder = globalThis as unknown as Record<symbol, Map<string, Entry> | undefined>;
  let found = holder[REGISTRY];
  if (!found) {
    found = new Map();
    holder[REGISTRY] = found;
  }
  return found;
}

/**
 * The page's plan for `key` (the plan source: sites and list titles, and the app version so two
 * versions never share), built with `create` by the first web part that asks.
 */
export function acquirePagePlan(key: string, create: () => PagePlanParts, options?: PlanSessionOptions): PagePlan {
  const plans = registry();
  let entry = plans.get(key);
  if (!entry) {
    const parts = create();
    const repositories = shareReads(parts.repositories);
    const session = planSessionFor(repositories, options);
    // The page's session sends pending writes again as long as one of its web parts is there,
    // also when that web part does not show the session's plan itself.
    const detach = session.attach();
    entry = {
      repositories,
      session,
      users: 0,
      stop: () => {
        detach();
        parts.stop?.();
      }
    };
    plans.set(key, entry);
  }
  const used = entry;
  used.users++;
  let released = false;
  return {
    repositories: used.repositories,
    session: used.session,
    release: () => {
      if (released) return;
      released = true;
      used.users--;
      if (used.users === 0 && plans.get(key) === used) {
        plans.delete(key);
        used.stop();
      }
    }
  };
}
