/**
 * One plan session per set of repositories, so every view built on the same repositories (the
 * two web parts on a page, which src/webparts/shared gives the same repositories per plan
 * source) shares one plan, one save queue and one conflict. Kept on globalThis: each SPFx web
 * part is its own bundle with its own copy of this module, and a module-level map would give
 * each web part a session of its own.
 */
import type { PlanRepositories } from "../data/repositories";
import { PlanSession, type PlanSessionOptions } from "./planSession";

const REGISTRY = Symbol.for("oir-planner.planSessions.v1");

type Registry = WeakMap<PlanRepositories, PlanSession>;

function registry(): Registry {
  const holder = globalThis as unknown as Record<symbol, Registry | undefined>;
  let found = holder[REGISTRY];
  if (!found) {
    found = new WeakMap();
    holder[REGISTRY] = found;
  }
  return found;
}

/** The session of these repositories, made on first use (it lives as long as they do). */
export function planSessionFor(repositories: PlanRepositories, options?: PlanSessionOptions): PlanSession {
  const sessions = registry();
  let session = sessions.get(repositories);
  if (!session) {
    session = new PlanSession(repositories, options);
    sessions.set(repositories, session);
  }
  return session;
}
