/**
 * preloadIconFonts: one Font Loading API load per icon font subset. jsdom has no
 * `document.fonts`, so the API is a fake object here (fonts cannot load in jsdom); what is
 * checked is which loads are asked for and how their outcome reaches the returned promise.
 */
import { registerIcons, setIconOptions } from "@fluentui/react";
import { preloadIconFonts } from "../../../src/ui/common/iconFonts";

setIconOptions({ disableWarnings: true });

// Two fake subsets in two font families, plus a subset without a font face.
registerIcons({
  fontFace: { fontFamily: '"OirTestFontA"' },
  icons: { OirTestA1: "\uE001", OirTestA2: "\uE002" }
});
registerIcons({
  fontFace: { fontFamily: '"OirTestFontB"' },
  icons: { OirTestB1: "\uF101" }
});
registerIcons({ icons: { OirTestNoFont: "\uE999" } });

type Load = (font: string, text?: string) => Promise<unknown>;

/** Installs a fake `document.fonts` with the given load; returns the spy. */
function installFonts(load: Load): jest.Mock<Promise<unknown>, [string, string?]> {
  const spy = jest.fn<Promise<unknown>, [string, string?]>(load);
  Object.defineProperty(document, "fonts", { configurable: true, value: { load: spy } });
  return spy;
}

/** Whether a promise has settled after the pending microtasks ran. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true)
  );
  for (let i = 0; i < 10; i++) await Promise.resolve();
  return done;
}

describe("preloadIconFonts without the Font Loading API (jsdom)", () => {
  it("resolves without error", async () => {
    expect((document as { fonts?: unknown }).fonts).toBeUndefined();
    await expect(preloadIconFonts(["OirTestA1", "OirTestB1"])).resolves.toBeUndefined();
  });
});

describe("preloadIconFonts with the Font Loading API", () => {
  afterEach(() => {
    delete (document as { fonts?: unknown }).fonts;
  });

  it("loads each font family once, with the family in the font and the icon's code as text", async () => {
    const load = installFonts(() => Promise.resolve([]));
    await expect(preloadIconFonts(["OirTestA1", "OirTestA2", "OirTestB1"])).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
    const [[fontA, textA], [fontB, textB]] = load.mock.calls;
    expect(fontA).toContain('"OirTestFontA"');
    expect(textA).toBe("\uE001");
    expect(fontB).toContain('"OirTestFontB"');
    expect(textB).toBe("\uF101");
  });

  it("takes the text from the first named icon of a subset", async () => {
    const load = installFonts(() => Promise.resolve([]));
    await preloadIconFonts(["OirTestA2", "OirTestA1"]);
    expect(load.mock.calls).toEqual([[expect.stringContaining('"OirTestFontA"'), "\uE002"]]);
  });

  it("ignores unknown icon names and icons whose subset has no font face", async () => {
    const load = installFonts(() => Promise.resolve([]));
    await expect(preloadIconFonts(["OirTestNoSuchIcon", "OirTestNoFont", "OirTestB1"])).resolves.toBeUndefined();
    expect(load.mock.calls).toEqual([[expect.stringContaining('"OirTestFontB"'), "\uF101"]]);

    load.mockClear();
    await expect(preloadIconFonts(["OirTestNoSuchIcon"])).resolves.toBeUndefined();
    expect(load).not.toHaveBeenCalled();
  });

  it("resolves although a load is rejected", async () => {
    const load = installFonts((font) => (font.includes("OirTestFontA") ? Promise.reject(new Error("network")) : Promise.resolve([])));
    await expect(preloadIconFonts(["OirTestA1", "OirTestB1"])).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("resolves although a load throws at once (a font string the browser cannot parse), and still loads the others", async () => {
    const load = installFonts((font) => {
      if (font.includes("OirTestFontA")) throw new SyntaxError("Could not resolve font");
      return Promise.resolve([]);
    });
    await expect(preloadIconFonts(["OirTestA1", "OirTestB1"])).resolves.toBeUndefined();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("resolves only once every load has loaded or failed", async () => {
    const finish: (() => void)[] = [];
    installFonts((font) => new Promise((resolve, reject) => finish.push(font.includes("OirTestFontA") ? () => reject(new Error("network")) : () => resolve([]))));
    const preload = preloadIconFonts(["OirTestA1", "OirTestB1"]);
    expect(finish).toHaveLength(2);
    expect(await settled(preload)).toBe(false);
    finish[0]();
    expect(await settled(preload)).toBe(false);
    finish[1]();
    expect(await settled(preload)).toBe(true);
  });
});
