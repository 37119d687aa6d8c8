/**
 * Information out (31 January): the plan documents, as a format-free model that the .docx adapter
 * writes. One document per unit lists each need the unit submitted — the decision, rank, planned
 * dates and the specific feedback — and the joint procurements it takes part in (its own needs and
 * the other units by name, never another unit's need); one overview document covers the whole plan.
 * Built from the plan result, so security-graded needs are exactly as redacted as the run's outputs
 * (the one redaction policy): their titles read "[SKJERMET] <id>" unless the run opted in.
 */
import type { RawRecord } from "../../domain/intake/intakeTypes";
import { organisationLookup } from "../../domain/intake/organisationLookup";
import type { JointProposal } from "../../domain/insight/jointProcurement";
import { allUnits } from "../../domain/model/defaults";
import type { PlanInput } from "../../domain/model/planInput";
import type { Unit } from "../../domain/model/organisation";
import { INSIGHT_MESSAGES } from "../../i18n/insightMessages";
import { formatDate, formatNumber, translate, type Locale } from "../../i18n/locale";
import type { PlanDecision } from "../decisionsStage";
import type { PlanNeedEntry, PlanResult } from "../planResult";

/** A block of a document. */
export type DocumentBlock =
  | { readonly kind: "heading"; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | {
      readonly kind: "table";
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
    };

/** A document ready to be written in any format. */
export interface PlanDocument {
  /** File name without extension, e.g. `anskaffelsesplan-2027-oslo`. */
  readonly name: string;
  readonly title: string;
  /** The unit the document is for; absent for the overview. */
  readonly unit?: string;
  /** Need ids the document lists (for checks and for the SharePoint upload's metadata). */
  readonly needIds: readonly string[];
  readonly blocks: readonly DocumentBlock[];
}

type Say = (key: string, params?: Readonly<Record<string, string | number>>) => string;

interface Row {
  readonly entry: PlanNeedEntry;
  readonly decision?: PlanDecision;
}

/** The unit of every received need: the accepted need's unit, or the raw record's unit when it resolves. */
function unitOfEntries(result: PlanResult, input: PlanInput): Map<string, string | undefined> {
  const lookup = organisationLookup(input.config);
  const out = new Map<string, string | undefined>();
  for (const entry of result.needs) {
    if (entry.need) {
      out.set(`${entry.row}`, entry.need.unit);
      continue;
    }
    const raw: RawRecord | undefined = input.needs[entry.row - 1];
    const text = raw?.["unit"];
    out.set(`${entry.row}`, typeof text === "string" ? lookup.unit(text)?.id : undefined);
  }
  return out;
}

function decisionText(row: Row, say: Say): string {
  if (row.entry.status === "rejected") return say("doc.decision.rejected");
  const d = row.decision?.decision;
  return d === "include"
    ? say("doc.decision.include")
    : d === "defer"
      ? say("doc.decision.defer")
      : say("doc.decision.none");
}

function needRows(rows: readonly Row[], say: Say, locale: Locale): string[][] {
  return rows.map((row) => {
    const d = row.decision;
    return [
      row.entry.id,
      row.entry.need?.title ?? say("doc.rejectedTitle", { row: row.entry.row }),
      decisionText(row, say),
      d?.rank != null ? formatNumber(d.rank, locale) : "–",
      d?.plannedStart ? formatDate(d.plannedStart, locale) : "–",
      d?.plannedFinish ? formatDate(d.plannedFinish, locale) : "–",
      d?.feedback ?? "",
    ];
  });
}

function needHeader(say: Say): string[] {
  return ["id", "title", "decision", "rank", "start", "finish", "feedback"].map((k) =>
    say(`doc.column.${k}`),
  );
}

function jointBlocks(
  unit: Unit,
  own: ReadonlySet<string>,
  joint: readonly JointProposal[],
  names: ReadonlyMap<string, string>,
  say: Say,
): DocumentBlock[] {
  const mine = joint.filter((p) => p.needIds.some((id) => own.has(id)));
  if (mine.length === 0) return [{ kind: "paragraph", text: say("doc.joint.none") }];
  return [
    {
      kind: "table",
      header: ["id", "kind", "yourNeeds", "units", "reach"].map((k) => say(`doc.jointColumn.${k}`)),
      rows: mine.map((p) => [
        p.id,
        say(`joint.kind.${p.kind}`),
        p.needIds.filter((id) => own.has(id)).join(", "),
        p.units
          .filter((u) => u !== unit.id)
          .map((u) => names.get(u) ?? u)
          .join(", "),
        String(p.reach),
      ]),
    },
  ];
}

function unitDocument(
  unit: Unit,
  rows: readonly Row[],
  result: PlanResult,
  names: ReadonlyMap<string, string>,
  say: Say,
  locale: Locale,
): PlanDocument {
  const count = (p: (r: Row) => boolean) => rows.filter(p).length;
  const own = new Set(rows.map((r) => r.entry.id));
  return {
    name: `anskaffelsesplan-${result.planYear}-${unit.id}`,
    title: say("doc.unit.title", { year: result.planYear, unit: unit.name }),
    unit: unit.id,
    needIds: rows.map((r) => r.entry.id),
    blocks: [
      { kind: "heading", level: 1, text: say("doc.unit.title", { year: result.planYear, unit: unit.name }) },
      {
        kind: "paragraph",
        text: say("doc.unit.summary", {
          count: rows.length,
          included: count((r) => r.decision?.decision === "include"),
          deferred: count((r) => r.decision?.decision === "defer"),
          rejected: count((r) => r.entry.status === "rejected"),
        }),
      },
      { kind: "heading", level: 2, text: say("doc.needs") },
      rows.length > 0
        ? { kind: "table", header: needHeader(say), rows: needRows(rows, say, locale) }
        : { kind: "paragraph", text: say("doc.noNeeds") },
      { kind: "heading", level: 2, text: say("doc.joint") },
      ...jointBlocks(unit, own, result.insight?.joint ?? [], names, say),
    ],
  };
}

function overviewDocument(
  rows: readonly Row[],
  unitOf: ReadonlyMap<string, string | undefined>,
  result: PlanResult,
  names: ReadonlyMap<string, string>,
  say: Say,
  locale: Locale,
): PlanDocument {
  const included = rows
    .filter((r) => r.decision?.decision === "include")
    .sort((a, b) => (a.decision?.rank ?? 0) - (b.decision?.rank ?? 0));
  const unitName = (r: Row) => names.get(unitOf.get(`${r.entry.row}`) ?? "") ?? say("doc.unknownUnit");
  const joint = result.insight?.joint ?? [];
  return {
    name: `anskaffelsesplan-${result.planYear}-oversikt`,
    title: say("doc.overview.title", { year: result.planYear }),
    needIds: included.map((r) => r.entry.id),
    blocks: [
      { kind: "heading", level: 1, text: say("doc.overview.title", { year: result.planYear }) },
      {
        kind: "paragraph",
        text: say("doc.overview.summary", { ...result.counts, included: included.length }),
      },
      { kind: "heading", level: 2, text: say("doc.overview.plan") },
      {
        kind: "table",
        header: ["id", "unit", "title", "rank", "start", "finish"].map((k) => say(`doc.column.${k}`)),
        rows: needRows(included, say, locale).map((cells, i) => [
          cells[0] as string,
          unitName(included[i] as Row),
          ...cells.slice(1, 2),
          ...cells.slice(3, 6),
        ]),
      },
      { kind: "heading", level: 2, text: say("doc.joint") },
      joint.length === 0
        ? { kind: "paragraph", text: say("doc.joint.none") }
        : {
            kind: "table",
            header: ["id", "kind", "needs", "units", "reach"].map((k) => say(`doc.jointColumn.${k}`)),
            rows: joint.map((p) => [
              p.id,
              say(`joint.kind.${p.kind}`),
              p.needIds.join(", "),
              p.units.map((u) => names.get(u) ?? u).join(", "),
              String(p.reach),
            ]),
          },
    ],
  };
}

/**
 * The unit documents (one per configured unit, also for units that submitted nothing) and the
 * overview. Every received need appears in exactly one unit document, except rejected records
 * whose unit is unknown: the overview lists those.
 */
export function planDocuments(result: PlanResult, input: PlanInput, locale: Locale = "nb"): PlanDocument[] {
  const say: Say = (key, params) => translate(INSIGHT_MESSAGES, locale, key, params);
  const decisions = new Map(result.decisions.map((d) => [d.needId, d]));
  const unitOf = unitOfEntries(result, input);
  const units = allUnits(input.config);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const rows: Row[] = result.needs.map((entry) => {
    const decision = decisions.get(entry.id);
    // A rejected duplicate shares its id with the accepted original; the decision is the original's.
    return decision &&
      !(entry.status === "rejected" && result.needs.some((n) => n.id === entry.id && n.status === "accepted"))
      ? { entry, decision }
      : { entry };
  });
  const byUnit = new Map<string, Row[]>();
  for (const row of rows) {
    const unit = unitOf.get(`${row.entry.row}`);
    if (unit !== undefined) byUnit.set(unit, [...(byUnit.get(unit) ?? []), row]);
  }
  const overview = overviewDocument(rows, unitOf, result, names, say, locale);
  const orphans = rows.filter((r) => unitOf.get(`${r.entry.row}`) === undefined);
  const withOrphans: PlanDocument =
    orphans.length === 0
      ? overview
      : {
          ...overview,
          blocks: [
            ...overview.blocks,
            { kind: "heading", level: 2, text: say("doc.overview.unknownUnit") },
            { kind: "table", header: needHeader(say), rows: needRows(orphans, say, locale) },
          ],
        };
  return [
    ...units.map((u) => unitDocument(u, byUnit.get(u.id) ?? [], result, names, say, locale)),
    withOrphans,
  ];
}
