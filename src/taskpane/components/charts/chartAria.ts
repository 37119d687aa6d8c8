/**
 * The chart library's own screen-reader texts in the user's language. @fluentui/react-charts
 * (9.3.x) offers props for some (the svg's name, each point's and arc's label, the legend's
 * overflow text: the chart components give those from the catalogue) but writes a few in English
 * with no prop: a series' group ("Load, line 1 of 2 with 12 data points."), the Gantt chart's bar
 * group ("40 bars"), the donut's slice group ("Donut chart with 7 slices") and the legend list
 * ("Legends"). `localiseChartLabels` renames those in a drawn chart, and keeps doing so as the
 * library draws again; a text it does not recognise is left as it is.
 */
import { chartSay } from "../../../i18n/chartMessages";
import { formatNumber, type Locale } from "../../../i18n/locale";

/** One English label of the library and the catalogue key that replaces it. */
interface LabelRule {
  readonly pattern: RegExp;
  readonly key: string;
  /** The pattern's groups as the key's params. */
  readonly params: readonly string[];
}

const RULES: readonly LabelRule[] = [
  {
    pattern: /^(.*), line (\d+) of (\d+) with (\d+) data points\.$/s,
    key: "aria.line",
    params: ["legend", "index", "count", "points"],
  },
  {
    pattern: /^(.*), series (\d+) of (\d+) with (\d+) data points\.$/s,
    key: "aria.series",
    params: ["legend", "index", "count", "points"],
  },
  { pattern: /^(\d+) bars?$/, key: "aria.bars", params: ["count"] },
  { pattern: /^Donut chart with (\d+) slices$/, key: "aria.slices", params: ["count"] },
  { pattern: /^Legends$/, key: "aria.legends", params: [] },
  { pattern: /^Graph has no data to display$/, key: "noData", params: [] },
];

/** The label in `locale`'s words, or undefined when it is not one of the library's English texts. */
export function localisedChartLabel(label: string, locale: Locale): string | undefined {
  for (const rule of RULES) {
    const match = rule.pattern.exec(label);
    if (!match) continue;
    const params: Record<string, string> = {};
    rule.params.forEach((name, i) => {
      const value = match[i + 1] ?? "";
      params[name] = name === "legend" ? value : formatNumber(Number(value), locale);
    });
    return chartSay(locale, rule.key, params);
  }
  return undefined;
}

/** Renames the library's English labels under `root` now and whenever it draws them again; returns the stop. */
export function localiseChartLabels(root: Element, locale: Locale): () => void {
  const rename = (element: Element) => {
    const label = element.getAttribute("aria-label");
    const shown = label === null ? undefined : localisedChartLabel(label, locale);
    // Only a change is written: writing the same text would be observed again, without end.
    if (shown !== undefined && shown !== label) element.setAttribute("aria-label", shown);
  };
  const renameAll = (under: Element) => {
    if (under.hasAttribute("aria-label")) rename(under);
    under.querySelectorAll("[aria-label]").forEach(rename);
  };
  renameAll(root);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      if (m.type === "attributes" && m.target instanceof Element) rename(m.target);
      m.addedNodes.forEach((node) => {
        if (node instanceof Element) renameAll(node);
      });
    }
  });
  observer.observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ["aria-label"],
  });
  return () => observer.disconnect();
}
