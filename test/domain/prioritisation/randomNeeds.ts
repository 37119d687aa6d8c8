// Seeded random procurement needs with a realistic mix of values, procedures and dependencies.
import type { Need } from "../../../src/domain/model/need";
import { aNeed } from "./builders";

/** A small deterministic generator (mulberry32). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ["materiell", "ikt", "tjenester-eiendom"];
const CRITERIA = [
  "operationalCriticality",
  "timeCriticality",
  "strategicAlignment",
  "economicBenefit",
  "supplyRisk",
  "reach",
  "maturity",
];

/** `n` needs: log-uniform values 60 k – 24 M NOK, every criterion scored 1–5, ~5 % with a dependency. */
export function randomNeeds(n: number, seed: number): Need[] {
  const r = seeded(seed);
  const pick = (k: number) => Math.floor(r() * k);
  return Array.from({ length: n }, (_, i) => {
    const scores = Object.fromEntries(CRITERIA.map((c) => [c, 1 + pick(5)]));
    const dependsOn = i > 5 && r() < 0.05 ? [`N${String(pick(i)).padStart(5, "0")}`] : [];
    return aNeed({
      id: `N${String(i).padStart(5, "0")}`,
      category: CATEGORIES[pick(3)] as string,
      estimatedValue: Math.round(Math.exp(11 + r() * 6)),
      contractType: r() < 0.1 ? "works" : r() < 0.5 ? "services" : "goods",
      securityGraded: r() < 0.05,
      scores,
      dependsOn,
    });
  });
}
