/**
 * @jest-environment jsdom
 */
// The needs list drawn in steps (so a long list never blocks the page): the first rows at once,
// the rest in later tasks until every need has its row; a new list (a filter) starts again, and
// the rows keep their table semantics and the details button throughout.
import { act } from "react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { NeedsTable } from "../../src/taskpane/components/NeedsTable";
import { FIRST_ROWS, MORE_ROWS } from "../../src/taskpane/components/NarrowList/useIncrementalRows";
import { messagesFor } from "../../src/taskpane/messages";
import type { PlanNeedEntry } from "../../src/application/planResult";
import { aNeed, anAcceptedEntry } from "./fixtures/planEntries";
import { mountPerTest } from "../support/reactMount";
import { ignoreContainerRuleErrors, runNextStep } from "../support/steppedLists";

ignoreContainerRuleErrors();

beforeEach(() => jest.useFakeTimers());
const mount = mountPerTest();
afterEach(() => jest.useRealTimers());

const TOTAL = FIRST_ROWS + 2 * MORE_ROWS + 7;
const entries = (count: number): PlanNeedEntry[] =>
  Array.from({ length: count }, (_, i) => {
    const id = `B-${String(i + 1).padStart(4, "0")}`;
    return anAcceptedEntry(aNeed({ id, title: `Behov nummer ${i + 1}` }), i + 2);
  });
const table = () => mount.container.querySelector('[role="table"][aria-label="Behov"]');
const bodyRows = () => table()?.querySelectorAll('[role="rowgroup"]:last-child [role="row"]').length ?? 0;

function show(list: readonly PlanNeedEntry[]): void {
  act(() => {
    mount.root.render(
      <FluentProvider theme={webLightTheme}>
        <NeedsTable entries={list} locale="nb" t={messagesFor("nb")} />
      </FluentProvider>,
    );
  });
}
const step = runNextStep;

describe("NeedsTable drawn in steps", () => {
  it("draws the first rows at once and the rest in later tasks, until every need is there", () => {
    const list = entries(TOTAL);
    show(list);
    expect(bodyRows()).toBe(FIRST_ROWS);
    step();
    expect(bodyRows()).toBe(FIRST_ROWS + MORE_ROWS);
    for (let i = 0; i < 5; i += 1) step();
    expect(bodyRows()).toBe(TOTAL);
    const last = list[TOTAL - 1];
    const buttons = table()?.querySelectorAll('button[aria-haspopup="dialog"]');
    expect(buttons?.[TOTAL - 1]?.textContent).toBe(last?.id);
  });

  it("starts again with the first rows of a new list and draws a short list at once", () => {
    show(entries(TOTAL));
    for (let i = 0; i < 5; i += 1) step();
    expect(bodyRows()).toBe(TOTAL);
    show(entries(TOTAL - 1));
    expect(bodyRows()).toBe(FIRST_ROWS);
    show(entries(3));
    expect(bodyRows()).toBe(3);
  });
});
