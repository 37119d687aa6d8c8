/**
 * Accessibility check of a page in the browser tests: runs axe-core (WCAG 2.x A/AA and best-practice
 * rules) and returns the serious and critical violations, each with the nodes it found, named by the
 * caller's label (a view, a dialog, a width and a language). Generic: any page, any view.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** One serious or critical rule violation, with where it was found. */
export interface AxeFinding {
  /** The caller's label of what was checked, e.g. "nb 350 px: Behov". */
  readonly label: string;
  readonly rule: string;
  readonly impact: "serious" | "critical";
  readonly help: string;
  /** CSS selectors of the offending nodes (and a short piece of their HTML). */
  readonly nodes: readonly string[];
}

const BLOCKING = new Set(["serious", "critical"]);

/**
 * Fluent UI's focus manager (tabster) puts focusable, `aria-hidden` sentinel elements
 * (`data-tabster-dummy`) around dialogs, drawers and tab lists to trap and route Tab. Screen readers
 * never land on them (Tab moves straight past them to the next real element), but axe's
 * `aria-hidden-focus` rule reports them: that one rule is left out for those nodes only.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/** What to leave out of a check (CSS selectors), e.g. the repeated rows of a long list after the first few. */
export interface AxeScope {
  readonly exclude?: readonly string[];
}

/**
 * Runs axe on the page as it is now and returns its serious and critical violations.
 * @param page the page to check (the whole document, open dialogs included)
 * @param label what is being checked, carried into every finding
 * @param scope selectors to leave out (axe takes minutes over hundreds of identical rows on a busy machine)
 */
export async function seriousViolations(
  page: Page,
  label: string,
  scope: AxeScope = {},
): Promise<AxeFinding[]> {
  // A dialog still fading in is semi-transparent: axe would measure its colours mid-animation and
  // report a contrast it never has at rest. Wait until no animation or transition runs.
  await page
    .waitForFunction(
      () =>
        document
          .getAnimations()
          // Endless ones (a spinner) never finish; the others must have.
          .filter((a) => a.effect?.getTiming().iterations !== Infinity)
          .every((a) => a.playState !== "running" && !a.pending),
      undefined,
      { timeout: 10_000 },
    )
    .catch(() => undefined);
  let builder = new AxeBuilder({ page });
  for (const selector of scope.exclude ?? []) builder = builder.exclude(selector);
  const results = await builder.analyze();
  const findings: AxeFinding[] = [];
  for (const violation of results.violations) {
    if (!violation.impact || !BLOCKING.has(violation.impact)) continue;
    const nodes = violation.nodes.filter((node) => !isTabsterSentinel(violation.id, node.html));
    if (nodes.length === 0) continue;
    findings.push({
      label,
      rule: violation.id,
      impact: violation.impact as AxeFinding["impact"],
      help: violation.help,
      nodes: nodes.map((node) => `${node.target.join(" ")} ${node.html.slice(0, 160)}`),
    });
  }
  return findings;
}

/** One readable line per finding and node, for a failing test's message. */
export function describeFindings(findings: readonly AxeFinding[]): string {
  return findings
    .map((f) => `${f.label}: ${f.rule} (${f.impact}) ${f.help}\n  ${f.nodes.join("\n  ")}`)
    .join("\n");
}
