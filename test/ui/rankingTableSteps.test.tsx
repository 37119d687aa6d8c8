/**
 * @jest-environment jsdom
 */
// The ranking drawn in steps, as the needs list (so a long ranking never blocks the page): the
// first rows at once, the rest in later tasks until every ranked need has its row; a new plan (an
// edit, another category) starts again; each row keeps its "why" disclosure, reachable by keyboard.
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { RankingTable } from "../../src/taskpane/components/RankingTable";
import { FIRST_ROWS, MORE_ROWS } from "../../src/taskpane/components/NarrowList/useIncrementalRows";
import { messagesFor } from "../../src/taskpane/messages";
import type { PlanResult } from "../../src/application/planResult";
import { handPlan } from "../builders/handPlan";
import { mountPerTest } from "../support/reactMount";
import { ignoreContainerRuleErrors, runNextStep } from "../support/steppedLists";

ignoreContainerRuleErrors();

beforeEach(() => jest.useFakeTimers());
const mount = mountPerTest();
afterEach(() => jest.useRealTimers());

const TOTAL = FIRST_ROWS + 2 * MORE_ROWS + 7;

/** A plan of `count` ranked needs (every other one selected) and one rejected at intake. */
function rankedPlan(count: number): PlanResult {
  const needs = Array.from({ length: count }, (_, i) => ({
    id: `N-${String(i + 1).padStart(4, "0")}`,
    rank: i + 1,
    include: i % 2 === 0,
    ...(i % 2 === 0 ? {} : { reason: "budget" as const }),
  }));
  const base = handPlan(2027, [...needs, { id: "N-X", rejected: true }]);
  const result = base.prioritisation?.result;
  return {
    ...base,
    schedule: { ...base.schedule, metrics: { lateCount: 0, scheduledCount: 0 } },
    prioritisation: {
      ...base.prioritisation,
      result: {
        ...result,
        selection: { selectedCount: Math.ceil(count / 2), totalScore: 1, status: "optimal" },
        ranking: (result?.ranking ?? []).map((r) => ({ ...r, score: 1, explanation: [] })),
      },
    },
  } as unknown as PlanResult;
}

const table = () => mount.container.querySelector('[role="table"][aria-label="Prioritering"]');
const bodyRows = () => table()?.querySelectorAll('[role="rowgroup"]:last-child [role="row"]') ?? [];

function show(plan: PlanResult): void {
  act(() => {
    mount.root.render(
      <FluentProvider theme={webLightTheme}>
        <RankingTable plan={plan} locale="nb" t={messagesFor("nb")} />
      </FluentProvider>,
    );
  });
}
const step = runNextStep;

describe("RankingTable drawn in steps", () => {
  it("draws the first rows at once and the rest in later tasks, until every ranked need is there", () => {
    const plan = rankedPlan(TOTAL);
    show(plan);
    expect(bodyRows().length).toBe(FIRST_ROWS);
    // The summary counts the whole ranking from the start.
    expect(mount.container.textContent).toContain(`${TOTAL} rangert`);
    step();
    expect(bodyRows().length).toBe(FIRST_ROWS + MORE_ROWS);
    for (let i = 0; i < 5; i += 1) step();
    const rows = bodyRows();
    expect(rows.length).toBe(TOTAL);
    expect(rows[TOTAL - 1]?.textContent).toContain(`N-${String(TOTAL).padStart(4, "0")}`);
    // Every row keeps its "why" as a native disclosure (a summary the keyboard reaches).
    expect(table()?.querySelectorAll("details > summary").length).toBe(TOTAL);
  });

  it("starts again with the first rows of a new plan, and draws a short ranking at once", () => {
    show(rankedPlan(TOTAL));
    for (let i = 0; i < 5; i += 1) step();
    expect(bodyRows().length).toBe(TOTAL);
    show(rankedPlan(TOTAL - 1));
    expect(bodyRows().length).toBe(FIRST_ROWS);
    show(rankedPlan(3));
    expect(bodyRows().length).toBe(3);
  });

  it("draws the same rows again on a re-render with the same plan (no restart)", () => {
    const plan = rankedPlan(TOTAL);
    show(plan);
    step();
    show(plan);
    expect(bodyRows().length).toBe(FIRST_ROWS + MORE_ROWS);
  });
});
