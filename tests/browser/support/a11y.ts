/**
 * Accessibility checks for the browser suite: axe-core with WCAG 2.0/2.1 A and AA tags, and a
 * failure message that names each violation, its impact, the elements and axe's advice, so a
 * failing run says what to fix without opening a report.
 */
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const WCAG_21_AA_TAGS: string[] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

interface AxeNode {
  target: unknown[];
  html?: string;
  failureSummary?: string;
}

interface AxeViolation {
  id: string;
  impact?: string | null;
  help: string;
  nodes: AxeNode[];
}

/** One readable paragraph per violation (rule, impact, up to 5 elements with axe's summary). */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 5)
        .map((n) => `    ${JSON.stringify(n.target)}: ${(n.failureSummary ?? "").replace(/\s+/g, " ")}`)
        .join("\n");
      const more = v.nodes.length > 5 ? `\n    … and ${v.nodes.length - 5} more` : "";
      return `${v.id} (${v.impact ?? "?"}): ${v.help}\n${nodes}${more}`;
    })
    .join("\n");
}

/**
 * Findings we accept, each with the reason. Keep this list short; each entry matches one rule on
 * elements of one known shape only.
 */
const ACCEPTED: { rule: string; target?: RegExp; html?: RegExp; summary?: RegExp; why: string }[] = [
  {
    // Third party: Fluent UI v8's Suggestions (the people picker's result list) always renders its
    // <Announced role="status"> inside the role="listbox" element
    // (node_modules/@fluentui/react/lib-commonjs/components/pickers/Suggestions/Suggestions.js).
    // Not fixable through the picker's props; the options themselves are proper role="option".
    rule: "aria-required-children",
    target: /^\["#suggestion-list-id__\d+"\]$/,
    why: "Fluent UI v8 Suggestions: Announced (role=status) inside the listbox"
  }
];

function accepted(violation: AxeViolation, node: AxeNode): boolean {
  return ACCEPTED.some(
    (a) =>
      a.rule === violation.id &&
      (!a.target || a.target.test(JSON.stringify(node.target))) &&
      (!a.html || a.html.test(node.html ?? "")) &&
      (!a.summary || a.summary.test((node.failureSummary ?? "").trim()))
  );
}

/** The violations minus the accepted nodes (a violation with no other node drops out). */
export function unacceptedViolations<T extends AxeViolation>(violations: T[]): T[] {
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !accepted(v, n)) }))
    .filter((v) => v.nodes.length > 0);
}

/**
 * Runs axe on the page (or inside `include`, a CSS selector) and expects no violation.
 * `view` names what is checked, for the failure message.
 */
export async function expectNoA11yViolations(page: Page, view: string, include?: string): Promise<void> {
  // Fluent fades panels and calendars in: mid-animation, text is blended with the background
  // (e.g. #605e5c at 80 % reads as #81807f) and axe would judge a colour no user sees at rest.
  // Check the settled view: wait until no CSS animation or transition is running.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running"), undefined, { timeout: 5_000 });
  let builder = new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  expect.soft(describeViolations(unacceptedViolations(violations)), `axe (WCAG 2.1 AA) on ${view}`).toBe("");
}
