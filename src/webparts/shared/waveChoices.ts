/** The property pane's wave choices, apart from the pane code so they can be tested without SPFx. */

/** The waves offered for "Bølge, der vises først", read from KOMBIT's wave list when the pane opens. */
export type WaveChoices =
  | { state: "loading" }
  | { state: "loaded"; titles: string[] }
  | { state: "failed"; listTitle: string; message: string };

/** Reads the wave titles for the pane; a failure becomes pane state, in words, never a throw. */
export function loadWaveChoices(readWaves: () => Promise<readonly { title: string }[]>, listTitle: string): Promise<WaveChoices> {
  return readWaves().then(
    (waves): WaveChoices => ({ state: "loaded", titles: waves.map((w) => w.title) }),
    (error: unknown): WaveChoices => ({ state: "failed", listTitle, message: error instanceof Error ? error.message : String(error) })
  );
}
