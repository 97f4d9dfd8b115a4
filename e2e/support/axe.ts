import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: what the portal claims on /acessibilidade. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** What the sweep checked, for the summary the run prints (e2e/accessibility.spec.ts). */
export const axeTally = {
  pages: 0,
  /** Every rule axe ran with these tags. */
  run: new Set<string>(),
  /** Those that found something to check on some page. */
  applied: new Set<string>(),
  violations: 0,
};

/**
 * Runs axe-core on the page as it stands (or on `include`, a CSS selector such as an open
 * dialog) and fails with each violation's rule, impact, elements and help, so that whoever broke
 * it sees what to fix without opening a report.
 */
export async function expectNoAxeViolations(page: Page, context = page.url(), include?: string) {
  // Only violations are listed in full; for the rules that pass, one element each is enough to
  // count them, and axe runs much faster for it.
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ["violations"] });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  axeTally.pages += 1;
  for (const rule of [...results.passes, ...results.violations, ...results.incomplete])
    axeTally.applied.add(rule.id);
  for (const rule of results.inapplicable) axeTally.run.add(rule.id);
  for (const id of axeTally.applied) axeTally.run.add(id);
  axeTally.violations += results.violations.length;
  const report = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
      v.nodes.map((n) => `  - ${n.target.join(" ")}: ${n.failureSummary ?? ""}`).join("\n"),
  );
  expect(report, `axe-core on ${context}`).toEqual([]);
}
