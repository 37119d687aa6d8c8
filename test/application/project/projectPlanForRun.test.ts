// Tests of the shared export step: labels in the user's language, redaction and previous UIDs passed on.
import { projectPlanForRun } from "../../../src/application/project/projectPlanForRun";
import { everyKindOfNeedPlan } from "../../builders/projectPlanFixtures";

describe("projectPlanForRun", () => {
  it("labels the plan in the user's language and redacts graded needs", () => {
    const en = projectPlanForRun(everyKindOfNeedPlan(), {
      locale: "en",
      redaction: { includeSecurityGraded: false },
    });
    expect(en.name).toBe("Procurement plan 2027");
    expect(en.tasks.find((t) => t.key === "ap:phase:N-001:signature")?.name).toBe("Contract signature");
    expect(en.tasks.find((t) => t.key === "ap:need:N-002")?.name).toBe("[SKJERMET] N-002");
  });

  it("keeps the UIDs it is given", () => {
    const previousUids = { needs: new Map([["N-001", 10_000 + 16 * 42]]) };
    const plan = projectPlanForRun(everyKindOfNeedPlan(), {
      locale: "nb",
      redaction: { includeSecurityGraded: false },
      previousUids,
    });
    expect(plan.tasks.find((t) => t.key === "ap:need:N-001")?.uid).toBe(10_672);
    expect(plan.tasks.find((t) => t.key === "ap:phase:N-001:preparation")?.uid).toBe(10_673);
  });
});
