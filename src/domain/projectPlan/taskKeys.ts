/**
 * The plan key of each task we write to Project: a short text stored in the task's Text30 field
 * (extended attribute "Anskaffelsesplan-nøkkel") that identifies the task across plan versions.
 * The add-in finds its tasks in Project by this key.
 */
import { PHASES, type PhaseId } from "../scheduling/scheduleTypes";

/** Prefix of every key, so our tasks are told apart from the planner's own. */
export const TASK_KEY_PREFIX = "ap:";

/** What a task stands for. */
export type TaskKey =
  | { readonly kind: "project" }
  | { readonly kind: "category"; readonly categoryId: string }
  | { readonly kind: "need"; readonly needId: string }
  | { readonly kind: "phase"; readonly needId: string; readonly phase: PhaseId };

/** The text form of a key, e.g. `ap:phase:N-0012:tender-period`. */
export function formatTaskKey(key: TaskKey): string {
  switch (key.kind) {
    case "project":
      return `${TASK_KEY_PREFIX}project`;
    case "category":
      return `${TASK_KEY_PREFIX}category:${key.categoryId}`;
    case "need":
      return `${TASK_KEY_PREFIX}need:${key.needId}`;
    case "phase":
      return `${TASK_KEY_PREFIX}phase:${key.needId}:${key.phase}`;
  }
}

/** Parses a key written by formatTaskKey; undefined for any other text (a task that is not ours). */
export function parseTaskKey(text: string): TaskKey | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(TASK_KEY_PREFIX)) return undefined;
  const rest = trimmed.slice(TASK_KEY_PREFIX.length);
  if (rest === "project") return { kind: "project" };
  if (rest.startsWith("category:") && rest.length > 9) return { kind: "category", categoryId: rest.slice(9) };
  if (rest.startsWith("need:") && rest.length > 5) return { kind: "need", needId: rest.slice(5) };
  if (rest.startsWith("phase:")) {
    const body = rest.slice(6);
    const cut = body.lastIndexOf(":");
    const phase = body.slice(cut + 1);
    if (cut > 0 && (PHASES as readonly string[]).includes(phase)) {
      return { kind: "phase", needId: body.slice(0, cut), phase: phase as PhaseId };
    }
  }
  return undefined;
}
