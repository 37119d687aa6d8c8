/**
 * The Excel workspace's two actions as one use case over ports, so the pane's plan state, the
 * document and the plan run stay in one place:
 *
 * - "Oppdater": read the sheets and the document's link, diff against the link's baseline, store
 *   the edits (EditsSink, when a plan-year record is connected), apply them to the plan's input
 *   and plan again, so "Publiser beslutninger" publishes the plan with the edits.
 * - "Skriv arbeidsboken": never discards what people typed: the edits are read and taken in first;
 *   when some cannot be taken in as they stand, it asks (returns them) unless told to overwrite.
 */
import type { PlanInput } from "../../domain/model/planInput";
import type { WorkbookModel } from "../../domain/workbook/workbookModel";
import { translate, type Locale } from "../../i18n/locale";
import { workbookLinkMessages } from "../../i18n/workbookLinkMessages";
import type { PlanResult } from "../planResult";
import type { ScoreOverrides } from "./applyEdits";
import { planWorkbook, stagesOfPlan } from "./fromPlan";
import { conflictMessage, type WorkbookSnapshot } from "./readBack";
import type { WorkbookLink } from "./workbookLink";
import {
  inputWithEdits,
  linkForWrite,
  takeEdits,
  type EditsSink,
  type TakenEdits,
  type WorkbookOrigin,
} from "./workbookEdits";

/** The open workbook as the use case sees it (the Office.js adapter implements it). */
export interface WorkbookDocument {
  /** The document's link and its sheets as they stand; undefined when the document has no link. */
  read(): Promise<{ readonly link: WorkbookLink; readonly snapshot: WorkbookSnapshot } | undefined>;
  /** Writes the sheets and leaves `link` in the document; a warning names features left out. */
  write(model: WorkbookModel, link: WorkbookLink): Promise<{ syncs: number; warning?: string }>;
}

/** The pane's one plan state: the plan shown and the input it was computed from. */
export interface PlanSession {
  input(): PlanInput;
  /** A new plan replaces the one shown (and published). */
  planned(result: PlanResult, input: PlanInput): void;
}

/** What the actions need. */
export interface WorkspaceDeps {
  readonly locale: Locale;
  readonly document: WorkbookDocument;
  readonly session: PlanSession;
  /** Runs the plan with the user's security-graded opt-in for this output. */
  readonly runPlan: (input: PlanInput, includeSecurityGraded: boolean) => Promise<PlanResult>;
  /** The plan-year record's edits port; absent = the edits live in the document and the input. */
  readonly sink?: EditsSink;
  /** The signed-in account, if any, for the record's stamps. */
  readonly who?: () => string | undefined;
  /** Version and record the plan came from, when a record is connected. */
  readonly origin?: () => WorkbookOrigin | undefined;
  readonly now: () => string;
}

/** Outcome of "Oppdater". */
export interface RefreshOutcome {
  readonly changes: number;
  readonly conflicts: readonly string[];
}

/** Outcome of "Skriv arbeidsboken": written, or held back because typed edits would be lost. */
export type WriteOutcome =
  | { readonly kind: "written"; readonly syncs: number; readonly takenIn: number; readonly warning?: string }
  | { readonly kind: "unsaved"; readonly conflicts: readonly string[] };

/** The panel's actions. */
export interface WorkspaceActions {
  readonly onRefresh: () => Promise<RefreshOutcome>;
  readonly onWrite: (includeSecurityGraded: boolean, overwrite?: boolean) => Promise<WriteOutcome>;
  /**
   * An input with the edits typed in the workbook, read from the document now (e.g. for a
   * SharePoint sync, so a sync after reopening plans with them); the input as it is when the
   * document has no usable link or belongs to another plan year.
   */
  readonly applyEdits: (input: PlanInput) => Promise<PlanInput>;
}

/** Raised with a sentence for the user (no link, another plan year). */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkspaceError";
  }
}

const say = (deps: WorkspaceDeps, key: string, params?: Readonly<Record<string, string | number>>) =>
  translate(workbookLinkMessages, deps.locale, key, params);

/** The plan's input with the edits taken in, after storing them where a record is connected. */
async function takeIn(deps: WorkspaceDeps, taken: TakenEdits): Promise<PlanInput> {
  const input = deps.session.input();
  if (taken.link.planYear !== input.config.planYear)
    throw new WorkspaceError(
      say(deps, "pane.otherYear", { workbookYear: taken.link.planYear, inputYear: input.config.planYear }),
    );
  const next = inputWithEdits(input, taken);
  if (deps.sink !== undefined && taken.changes.length > 0)
    await deps.sink.recordEdits(taken.changes, deps.who?.());
  return next;
}

/** Plans the input for the pane (never with graded text) and makes it the plan shown. */
async function planShown(deps: WorkspaceDeps, input: PlanInput): Promise<PlanResult> {
  const result = await deps.runPlan(input, false);
  deps.session.planned(result, input);
  return result;
}

/** Builds the workbook of a plan and writes it with the link that remembers it. */
async function writePlan(
  deps: WorkspaceDeps,
  input: PlanInput,
  result: PlanResult,
  scoreOverrides: ScoreOverrides,
): Promise<{ syncs: number; warning?: string }> {
  const stages = stagesOfPlan(result);
  const model = planWorkbook(result, input, deps.locale, stages);
  const origin = deps.origin?.();
  const link = linkForWrite({
    model,
    result,
    input,
    stages,
    writtenAt: deps.now(),
    scoreOverrides,
    ...(origin !== undefined ? { origin } : {}),
  });
  return deps.document.write(model, link);
}

/** Builds the actions over the given ports. */
export function workbookWorkspace(deps: WorkspaceDeps): WorkspaceActions {
  let last: TakenEdits | undefined;
  const conflictsOf = (taken: TakenEdits) => taken.conflicts.map((c) => conflictMessage(c, deps.locale));
  return {
    async onRefresh() {
      const content = await deps.document.read();
      if (content === undefined) throw new WorkspaceError(say(deps, "pane.notLinked"));
      const taken = takeEdits(content.link, content.snapshot);
      await planShown(deps, await takeIn(deps, taken));
      last = taken;
      return { changes: taken.changes.length, conflicts: conflictsOf(taken) };
    },
    async onWrite(includeSecurityGraded, overwrite = false) {
      // A document that cannot be read back (e.g. a damaged link) is written only when told to.
      let content: Awaited<ReturnType<WorkbookDocument["read"]>>;
      try {
        content = await deps.document.read();
      } catch (error) {
        if (!overwrite)
          return { kind: "unsaved", conflicts: [error instanceof Error ? error.message : String(error)] };
        content = undefined;
      }
      const taken = content === undefined ? undefined : takeEdits(content.link, content.snapshot);
      if (taken !== undefined && taken.conflicts.length > 0 && !overwrite)
        return { kind: "unsaved", conflicts: conflictsOf(taken) };
      const input = taken === undefined ? deps.session.input() : await takeIn(deps, taken);
      const shown = await planShown(deps, input);
      last = taken ?? last;
      const result = includeSecurityGraded ? await deps.runPlan(input, true) : shown;
      const { syncs, warning } = await writePlan(deps, input, result, last?.scoreOverrides ?? {});
      const takenIn = taken?.changes.length ?? 0;
      return warning === undefined
        ? { kind: "written", syncs, takenIn }
        : { kind: "written", syncs, takenIn, warning };
    },
    async applyEdits(input) {
      const content = await deps.document.read().catch(() => undefined);
      const taken = content === undefined ? last : takeEdits(content.link, content.snapshot);
      if (taken === undefined || taken.link.planYear !== input.config.planYear) return input;
      last = taken;
      return inputWithEdits(input, taken);
    },
  };
}
