/**
 * View state kept in the page URL with history.replaceState, so a copied link opens the same
 * view and no reload happens. The URL is written in an effect after the state changes, never
 * inside a state updater (React may run those twice). Used by the timeline and booking views.
 */
import * as React from "react";

export function useUrlState<T extends object>(
  /** The state to start from (read from the URL). */
  initial: () => T,
  /** The query string for a state, from the current one (other parameters kept). */
  writeQuery: (search: string, state: T) => string
): [T, (changes: Partial<T>) => void] {
  const [state, setState] = React.useState<T>(initial);
  React.useEffect(() => {
    const search = writeQuery(window.location.search, state);
    if (search !== window.location.search) {
      window.history.replaceState(window.history.state, "", `${window.location.pathname}${search}${window.location.hash}`);
    }
  }, [state, writeQuery]);
  const update = React.useCallback((changes: Partial<T>) => setState((old) => ({ ...old, ...changes })), []);
  return [state, update];
}
