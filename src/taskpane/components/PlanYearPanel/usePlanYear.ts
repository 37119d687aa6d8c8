/**
 * State of the "Planår" tab in a reducer: the record's overview, what runs, the last outcome
 * (a sentence, a publish, a diff, a health report) or error. The actions call the plan-year
 * use cases (src/application/planYear/planYearWorkspace.ts) over the connected site's ports.
 */
import { useCallback, useEffect, useReducer, useRef } from "react";
import type { HealthReport } from "../../../application/goLive/healthFindings";
import {
  approveAsSignedIn,
  diffTwoVersions,
  draftFromShown,
  planYearOverview,
  publishApproved,
  setUpPlanYear,
  submitAsSignedIn,
  type PlanYearOverview,
  type PlanYearSite,
  type ShownPlan,
} from "../../../application/planYear/planYearWorkspace";
import type { VersionPublishOutcome } from "../../../application/planYear/publishVersion";
import { offerPlanDocument, type DocumentRequest } from "../../../application/planYear/planYearDocuments";
import type { ApprovalScope } from "../../../domain/planYear/planYearTypes";
import type { VersionDiff } from "../../../domain/planYear/versionDiffTypes";
import type { IsoDate } from "../../../domain/time/isoDate";
import type { Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { versionText } from "../../../i18n/versionMessages";
import { planYearErrorText } from "./planYearErrorText";

/** The tab's state. */
export interface PlanYearState {
  readonly overview?: PlanYearOverview;
  readonly busy: boolean;
  readonly notice?: string;
  readonly error?: string;
  readonly publish?: VersionPublishOutcome;
  readonly diff?: VersionDiff;
  readonly health?: HealthReport;
}

/** What changes the state. */
export type PlanYearAction =
  | { readonly type: "start" }
  | { readonly type: "overview"; readonly overview: PlanYearOverview }
  | { readonly type: "done"; readonly notice?: string }
  | { readonly type: "published"; readonly outcome: VersionPublishOutcome; readonly notice: string }
  | { readonly type: "diffed"; readonly diff: VersionDiff }
  | { readonly type: "checked"; readonly health: HealthReport }
  | { readonly type: "failed"; readonly error: string };

/** The reducer: a new action clears the last outcome; an overview keeps it. */
export function planYearReducer(state: PlanYearState, action: PlanYearAction): PlanYearState {
  switch (action.type) {
    case "start":
      return { ...(state.overview ? { overview: state.overview } : {}), busy: true };
    case "overview":
      return { ...state, overview: action.overview, busy: false };
    case "done":
      return { ...state, busy: false, ...(action.notice ? { notice: action.notice } : {}) };
    case "published":
      return { ...state, busy: false, publish: action.outcome, notice: action.notice };
    case "diffed":
      return { ...state, busy: false, diff: action.diff };
    case "checked":
      return { ...state, busy: false, health: action.health };
    case "failed":
      return { ...state, busy: false, error: action.error };
  }
}

/** What the tab works with. */
export interface PlanYearContext {
  readonly site: (() => Promise<PlanYearSite>) | undefined;
  readonly planYear: number;
  readonly shown: ShownPlan | undefined;
  readonly today: () => IsoDate;
  readonly locale: Locale;
}

/** A step of an action: what it did, as a state action (or nothing to show). */
type Step = (site: PlanYearSite) => Promise<PlanYearAction | undefined>;

/** The tab's actions, each one plan-year use case run through `run`. */
function actionsOf(ctx: PlanYearContext, run: (step: Step) => Promise<void>) {
  const { planYear, shown, locale } = ctx;
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const scopeName = (scope: ApprovalScope) => versionText(locale, `scope.${scope}`);
  const publishKey = {
    published: "published",
    "already-published": "already",
    "not-published": "notPublished",
  };
  return {
    refresh: () => run(async () => undefined),
    create: (from?: number) =>
      run(async (s) => {
        await setUpPlanYear(s, planYear, from);
        return { type: "done", notice: say("record.created", { year: planYear }) };
      }),
    draft: () =>
      run(async (s) => {
        if (!shown) return undefined;
        const file = await draftFromShown(s, shown);
        return { type: "done", notice: say("versions.drafted", { id: file.id }) };
      }),
    submit: (id: string) =>
      run(async (s) => {
        await submitAsSignedIn(s, planYear, id);
        return { type: "done", notice: say("versions.submitted", { id }) };
      }),
    approve: (id: string, scope: ApprovalScope) =>
      run(async (s) => {
        await approveAsSignedIn(s, planYear, id, scope);
        return { type: "done", notice: say("versions.approved", { id, scope: scopeName(scope) }) };
      }),
    publish: (id: string) =>
      run(async (s) => {
        const outcome = await publishApproved(s, planYear, id);
        return { type: "published", outcome, notice: say(`publish.${publishKey[outcome.status]}`, { id }) };
      }),
    diff: (from: string, to: string) =>
      run(async (s) => ({ type: "diffed", diff: await diffTwoVersions(s, planYear, from, to) })),
    doctor: () => run(async (s) => ({ type: "checked", health: await s.healthCheck(planYear) })),
    document: (request: DocumentRequest) =>
      run(async (s) => {
        const file = await offerPlanDocument(s, planYear, shown, request, locale);
        return { type: "done", notice: say("documents.offered", { file }) };
      }),
  };
}

/** The tab's state and actions; the status is read again when the site, year or plan shown changes. */
export function usePlanYear(ctx: PlanYearContext) {
  const [state, dispatch] = useReducer(planYearReducer, { busy: false });
  const latest = useRef(ctx);
  latest.current = ctx;

  /** Runs a step, then reads the overview again; errors end in the state. */
  const run = useCallback(async (step: Step) => {
    const { site, planYear, shown, today, locale } = latest.current;
    if (!site) return;
    dispatch({ type: "start" });
    try {
      const s = await site();
      const action = await step(s);
      if (action) dispatch(action);
      dispatch({ type: "overview", overview: await planYearOverview(s, planYear, shown, today()) });
    } catch (error) {
      dispatch({ type: "failed", error: planYearErrorText(error, locale, planYear) });
    }
  }, []);

  const { site, planYear, shown } = ctx;
  useEffect(() => {
    if (site) void run(async () => undefined);
  }, [site, planYear, shown, run]);

  return { state, ...actionsOf(ctx, run) };
}
