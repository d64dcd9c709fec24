/**
 * Keyboard-only helpers for the browser suite: move focus with keys until a target has it, and
 * count pointer events so a test can prove it never used the mouse. Locators are used only to
 * ask "is this focused?", never to act.
 */
import { expect, type Locator, type Page } from "@playwright/test";

/** Presses `key` until `target` has focus (at most `max` times); fails with what had focus. */
export async function pressUntilFocused(page: Page, key: string, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i <= max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false)) return;
    if (i === max) break;
    await page.keyboard.press(key);
  }
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.getAttribute("aria-label") ?? el.textContent?.slice(0, 60) ?? ""}` : "nothing";
  });
  throw new Error(`${max} × ${key} did not focus ${String(target)}; focus is on ${focused}`);
}

/** The accessible label (aria-label) of the focused element, "" if none. */
export async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
}

/** Counts mouse and pointer presses from now on (installed before the page loads). */
export async function countPointerPresses(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __pointerPresses: number };
    w.__pointerPresses = 0;
    for (const type of ["mousedown", "pointerdown", "click"]) {
      window.addEventListener(type, (e) => {
        // Keyboard activation of a button fires a click with detail 0: that is not the mouse.
        if (type === "click" && (e as MouseEvent).detail === 0) return;
        w.__pointerPresses++;
      }, true);
    }
  });
}

export async function expectNoPointerPresses(page: Page): Promise<void> {
  expect(await page.evaluate(() => (window as unknown as { __pointerPresses: number }).__pointerPresses)).toBe(0);
}
