/**
 * @jest-environment jsdom
 */
// A plan that cannot become Project tasks is said in the user's language (the builder's English
// text only as the detail for support), never as the raw error message.
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { useProjectPlan } from "../../src/taskpane/components/App/usePaneState";
import type { PlanResult } from "../../src/application/planResult";
import { ERROR_MESSAGES } from "../../src/i18n/errorMessages";
import { translate, type Locale } from "../../src/i18n/locale";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  root = createRoot(container);
});
afterEach(() => act(() => root.unmount()));

const plan = {} as PlanResult;
const failing = () => {
  throw new RangeError("schedule[3] (need BH-0004), start: not an ISO date");
};

function Shown({ locale }: { readonly locale: Locale }) {
  return <p>{useProjectPlan(plan, failing, locale).error}</p>;
}

describe("useProjectPlan", () => {
  it.each(["nb", "en"] as const)("words a failed build from the catalogue (%s)", (locale) => {
    act(() => root.render(<Shown locale={locale} />));
    const detail = "RangeError: schedule[3] (need BH-0004), start: not an ISO date";
    expect(container.textContent).toBe(
      translate(ERROR_MESSAGES, locale, "error.projectPlan.failed", { detail }),
    );
  });
});
