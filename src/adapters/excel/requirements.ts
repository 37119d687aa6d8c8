/**
 * Excel requirement sets checked at run time, and the features the writer leaves out (with a
 * message) when the host lacks them. Nothing here is Excel-only at load time, so the same bundle
 * runs in MS Project.
 */
import { excelMessages } from "../../i18n/excelMessages";
import { translate, type Locale } from "../../i18n/locale";

/** The one function of `Office.context.requirements` the check needs. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/** What the host supports, feature by feature. */
export interface ExcelSupport {
  /** ExcelApi 1.4: getItemOrNullObject, the writer's minimum. */
  readonly base: boolean;
  /** ExcelApi 1.6: suspendApiCalculationUntilNextSync. */
  readonly calculationSuspend: boolean;
  /** ExcelApi 1.6: conditional formats. */
  readonly conditionalFormats: boolean;
  /** ExcelApi 1.7: series.add, setBubbleSizes, freezePanes, tick-label position. */
  readonly chartSeries: boolean;
  /** ExcelApi 1.8: data validation. */
  readonly dataValidation: boolean;
  /** ExcelApi 1.8: axis.setPositionAt (quadrant lines). */
  readonly axisPosition: boolean;
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync. */
  readonly screenUpdating: boolean;
  /** ExcelApi 1.9: page layout (print area, orientation, fit to width). */
  readonly pageLayout: boolean;
  /** ExcelApi 1.5: custom XML parts (the workbook link); without them a document setting holds it. */
  readonly customXmlParts: boolean;
  /** ExcelApi 1.16: `valuesAsJson` (text written as typed String values); without it, `'` prefixes. */
  readonly valuesAsJson: boolean;
}

/** Features whose absence loses something the user sees (named in the warning). */
const FEATURES: readonly { key: keyof ExcelSupport; version: string; feature: string }[] = [
  { key: "base", version: "1.4", feature: "" },
  { key: "calculationSuspend", version: "1.6", feature: "feature.calculationSuspend" },
  { key: "conditionalFormats", version: "1.6", feature: "feature.conditionalFormats" },
  { key: "chartSeries", version: "1.7", feature: "feature.chartSeries" },
  { key: "dataValidation", version: "1.8", feature: "feature.dataValidation" },
  { key: "axisPosition", version: "1.8", feature: "feature.axisPosition" },
  { key: "screenUpdating", version: "1.9", feature: "feature.screenUpdating" },
  { key: "pageLayout", version: "1.9", feature: "feature.pageLayout" },
];

/** Features with an equivalent fallback (nothing to warn about). */
const FALLBACKS: readonly { key: keyof ExcelSupport; version: string }[] = [
  { key: "customXmlParts", version: "1.5" },
  { key: "valuesAsJson", version: "1.16" },
];

/** Everything supported: for hosts known to be current, and for tests. */
export const FULL_SUPPORT: ExcelSupport = {
  base: true,
  calculationSuspend: true,
  conditionalFormats: true,
  chartSeries: true,
  dataValidation: true,
  axisPosition: true,
  screenUpdating: true,
  pageLayout: true,
  customXmlParts: true,
  valuesAsJson: true,
};

/** Checks each requirement set once. */
export function excelSupport(isSetSupported: IsSetSupported): ExcelSupport {
  const entries = [...FEATURES, ...FALLBACKS].map(
    (f) => [f.key, isSetSupported("ExcelApi", f.version)] as const,
  );
  return Object.fromEntries(entries) as unknown as ExcelSupport;
}

/** The message to show when features are missing, or undefined when all are there. */
export function supportMessage(support: ExcelSupport, locale: Locale): string | undefined {
  const t = (key: string, params?: Record<string, string>) => translate(excelMessages, locale, key, params);
  if (!support.base) return t("requirements.unsupported");
  const missing = FEATURES.filter((f) => f.key !== "base" && !support[f.key]);
  if (missing.length === 0) return undefined;
  const sets = [...new Set(missing.map((f) => `ExcelApi ${f.version}`))].join(", ");
  return t("requirements.missing", { sets, features: missing.map((f) => t(f.feature)).join(", ") });
}
