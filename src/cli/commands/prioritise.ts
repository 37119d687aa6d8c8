/**
 * `anskaffelsesplan prioritise --input FILE | --demo [--weights FILE | --ahp FILE] [--budget NOK]
 * [--mode MODE] [--selection rank|score|value] [--top N]`: ranks the accepted needs, selects under budget and capacity, and
 * prints a ranked table with the selection summary. Security-graded needs show only their ids.
 */
import { Option, type Command } from "commander";
import { InvalidArgumentError } from "commander";
import { readAhpFile, readWeightsFile } from "../../adapters/node/prioritisationFiles";
import { createHighsSolver } from "../../adapters/solver/highsSolver";
import { runPlan } from "../../application/runPlan";
import { parseNorwegianNumber } from "../../domain/intake/parseNorwegianNumber";
import type { PlanInput } from "../../domain/model/planInput";
import { DEFAULT_CRITERIA } from "../../domain/prioritisation/defaultCriteria";
import {
  PRIORITISATION_MODES,
  type PrioritisationMode,
} from "../../domain/prioritisation/prioritisationTypes";
import { formatMoney, formatNumber, translate } from "../../i18n/locale";
import { PRIORITISATION_MESSAGES } from "../../i18n/prioritisationMessages";
import { say, type CliContext } from "../cliContext";
import { loadInput } from "../loadInput";
import { selectionOption } from "../selectionOption";
import type { SelectionMode } from "../../domain/prioritisation/selection";
import type { PlanPrioritisation } from "../../application/prioritisationStage";
import { parseInteger } from "../options";

interface PrioritiseOptions {
  readonly input?: string;
  readonly demo?: boolean;
  readonly weights?: string;
  readonly ahp?: string;
  readonly budget?: number;
  readonly mode?: PrioritisationMode;
  readonly top?: number;
  readonly selection?: SelectionMode;
  readonly seed: number;
  readonly year: number;
}

/** Parses a NOK amount such as `150000000`, `150 000 000` or `150 mill`. */
function parseBudget(value: string): number {
  const r = parseNorwegianNumber(value);
  if (!r.ok || r.value < 0) throw new InvalidArgumentError(`"${value}" is not an amount in NOK ≥ 0.`);
  return r.value;
}

/** The input with the command's prioritisation overrides applied. */
async function withOverrides(input: PlanInput, opts: PrioritiseOptions): Promise<PlanInput> {
  const current = input.config.prioritisation ?? {};
  const criteria = current.criteria ?? DEFAULT_CRITERIA;
  const overrides = {
    ...current,
    ...(opts.weights !== undefined ? { criteria: await readWeightsFile(opts.weights, criteria) } : {}),
    ...(opts.ahp !== undefined ? { ahp: await readAhpFile(opts.ahp), mode: "ahp" as const } : {}),
    ...(opts.budget !== undefined ? { budgetNok: opts.budget } : {}),
    ...(opts.mode !== undefined ? { mode: opts.mode } : {}),
    ...(opts.selection !== undefined ? { selection: opts.selection } : {}),
  };
  return { ...input, config: { ...input.config, prioritisation: overrides } };
}

/** Registers the prioritise command. */
export function registerPrioritiseCommand(program: Command, ctx: CliContext): void {
  program
    .command("prioritise")
    .description("rank and select needs under budget and capacity, and print a ranked table")
    .option("--input <file>", "planning input file")
    .option("--demo", "use the built-in demo tenant")
    .addOption(
      new Option("--weights <file>", "criteria weights: JSON object criterion id → percent").conflicts("ahp"),
    )
    .option("--ahp <file>", 'pairwise comparisons: JSON { "criteria": [...], "matrix": [[...]] }')
    .option("--budget <nok>", "budget for the plan year in NOK", parseBudget)
    .addOption(new Option("--mode <mode>", "ranking mode").choices([...PRIORITISATION_MODES]))
    .addOption(selectionOption())
    .option("--top <n>", "print only the first N rows", parseInteger)
    .option("--seed <n>", "demo tenant seed", parseInteger, 2027)
    .option("--year <yyyy>", "demo tenant plan year", parseInteger, 2027)
    .action(async (opts: PrioritiseOptions) => {
      const loaded = await loadInput(opts);
      if (!loaded) {
        ctx.err(say(ctx, "error.inputOrDemo"));
        ctx.exitCode = 2;
        return;
      }
      const input = await withOverrides(loaded, opts);
      const solver = await createHighsSolver();
      const plan = await runPlan(input, { includeSecurityGraded: false, solver, frontier: false });
      const p = plan.prioritisation;
      const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
        translate(PRIORITISATION_MESSAGES, ctx.locale, key, params);
      if (!p?.result) {
        ctx.err(t("cli.config-errors"));
        for (const e of p?.configErrors ?? []) ctx.err(`  ${e.message[ctx.locale]}`);
        ctx.exitCode = 1;
        return;
      }
      const r = p.result;
      const rows = r.ranking
        .slice(0, opts.top ?? r.ranking.length)
        .map((x) => [
          String(x.rank),
          x.needId,
          formatNumber(x.score, ctx.locale, 2),
          x.selected ? t("cli.yes") : t("cli.no"),
          t(`cli.reason.${x.reason}`),
          formatNumber(x.cost, ctx.locale),
          formatNumber(x.leadWeeks, ctx.locale, 1),
        ]);
      const header = [
        "#",
        "id",
        t("cli.score"),
        t("cli.selected"),
        t("cli.reason"),
        "NOK",
        t("cli.lead-weeks"),
      ];
      const widths = header.map((h, i) =>
        Math.max(h.length, ...rows.map((row) => (row[i] as string).length)),
      );
      for (const row of [header, ...rows])
        ctx.out(
          row
            .map((c, i) =>
              i === 1 || i === 4 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number),
            )
            .join("  "),
        );
      const s = r.selection;
      ctx.out(
        t(s.mode === "rank" ? "cli.summary-rank" : "cli.summary", {
          selected: s.selectedCount,
          ranked: r.ranking.length,
          score: formatNumber(s.totalScore, ctx.locale, 2),
          cost: formatMoney(s.totalCost, ctx.locale, 0),
          status: t(`cli.status.${s.status}`),
          gap: s.gap === null ? "–" : formatNumber(s.gap * 100, ctx.locale, 4),
        }),
      );
      for (const l of s.limits)
        ctx.out(
          t("cli.limit", {
            limit: l.id,
            used: formatNumber(l.used, ctx.locale, 1),
            capacity: formatNumber(l.capacity, ctx.locale, 1),
          }),
        );
      if (r.errors.length > 0)
        ctx.out(t("cli.score-errors", { count: new Set(r.errors.map((e) => e.needId)).size }));
      printModesAndWhyOut(ctx, r, t, opts.top);
    });
}

type Result = NonNullable<PlanPrioritisation["result"]>;

/** The selection mode, the other modes side by side, and why each need left out above the line is out. */
function printModesAndWhyOut(
  ctx: CliContext,
  r: Result,
  t: (key: string, params?: Readonly<Record<string, string | number>>) => string,
  top: number | undefined,
): void {
  ctx.out(t("cli.mode", { mode: t(`cli.mode.${r.selection.mode}`) }));
  const ids = (list: readonly string[]) => (list.length === 0 ? "–" : list.join(", "));
  for (const m of r.selection.modes)
    ctx.out(
      t("cli.compare", {
        mode: t(`cli.mode.${m.mode}`),
        selected: m.selectedCount,
        score: formatNumber(m.totalScore, ctx.locale, 2),
        cost: formatMoney(m.totalCost, ctx.locale, 0),
        status: t(`cli.status.${m.status}`),
        adds: ids(m.adds),
        drops: ids(m.drops),
      }),
    );
  const out = r.ranking.slice(0, top ?? r.ranking.length).filter((x) => x.letIn !== undefined);
  if (out.length === 0) return;
  ctx.out(t("cli.why-out"));
  const why = (code: string) => code.startsWith("explain-short") || code.startsWith("explain-let-in");
  for (const x of out)
    ctx.out(
      t("cli.why-out-line", {
        rank: x.rank,
        need: x.needId,
        lines: x.explanation
          .filter((e) => why(e.code))
          .map((e) => e.message[ctx.locale])
          .join(" "),
      }),
    );
}
