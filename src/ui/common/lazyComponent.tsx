/**
 * A component whose code loads on demand, in its own chunk: editors' forms and panels bring the
 * date and people pickers and the rich-text sanitizer, which a reader never needs. Keeping them
 * out of the first bundle is what holds the web parts under their size budgets, on SharePoint
 * Server 2019 most of all (React and Fluent are bundled there). The root preloads the chunk after
 * its first paint, so the form normally shows at once.
 */
import * as React from "react";
import * as common from "OirCommonStrings";
import { ErrorState } from "./LoadStates";

/** A function component (what the on-demand modules export); class components are not needed here. */
export type RenderFunction<P> = (props: P) => JSX.Element | null;

export interface LazyComponent<P> {
  /** Renders the component once its chunk has loaded; until then nothing, and a retryable error if the load failed. */
  Lazy: (props: P) => JSX.Element | null;
  /** Loads the chunk once; a failed load is tried again on the next call. */
  load: () => Promise<RenderFunction<P>>;
}

export function lazyComponent<P extends object>(importComponent: () => Promise<RenderFunction<P>>): LazyComponent<P> {
  let loaded: RenderFunction<P> | undefined;
  let loading: Promise<RenderFunction<P>> | undefined;

  const load = (): Promise<RenderFunction<P>> => {
    loading ??= importComponent().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined;
        throw error;
      }
    );
    return loading;
  };

  function Lazy(props: P): JSX.Element | null {
    // The component is kept in an object: a function given to useState would be called as an updater.
    const [state, setState] = React.useState<{ component?: RenderFunction<P>; error?: unknown }>(() => ({ component: loaded }));
    const [attempt, setAttempt] = React.useState(0);
    React.useEffect(() => {
      if (state.component) return undefined;
      let current = true;
      load().then(
        (component) => current && setState({ component }),
        (error: unknown) => current && setState({ error: error ?? new Error("chunk load failed") })
      );
      return () => {
        current = false;
      };
    }, [state.component, attempt]);
    if (state.component) return <state.component {...props} />;
    if (state.error !== undefined) {
      const retry = (): void => {
        setState({});
        setAttempt((n) => n + 1);
      };
      return <ErrorState title={common.ErrorTitle} error={state.error} onRetry={retry} />;
    }
    return null;
  }

  return { Lazy, load };
}
