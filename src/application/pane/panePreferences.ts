/**
 * The task pane's remembered choices: the user's role (which view opens) and the procurement
 * lead's category. A port: the composition root stores them in web storage under the Office
 * partition key (src/adapters/browser/panePreferencesStore.ts); tests keep them in memory.
 */

/** The roles the pane has a view for. */
export const PANE_ROLES = ["coordinator", "lead", "planner"] as const;
/** A role: the coordinator (koordinator), the procurement lead (innkjøpsleder), the planner (planlegger). */
export type PaneRole = (typeof PANE_ROLES)[number];

/** The Office host the pane runs in (`none`: a plain browser page). */
export type PaneHost = "excel" | "project" | "none";

/** Remembered choices of the pane's user. */
export interface PanePreferences {
  /** The role last chosen, or undefined when none was (or it is unreadable). */
  role(): PaneRole | undefined;
  setRole(role: PaneRole): void;
  /** The procurement lead's category id last chosen (`""`: all categories), or undefined. */
  category(): string | undefined;
  setCategory(categoryId: string): void;
}

/** The role a pane opens in before the user chose one: Project → planner, Excel → lead, else coordinator. */
export function defaultRole(host: PaneHost): PaneRole {
  if (host === "project") return "planner";
  if (host === "excel") return "lead";
  return "coordinator";
}

/** The role `value` names, or undefined when it names none. */
export function parseRole(value: unknown): PaneRole | undefined {
  return PANE_ROLES.find((role) => role === value);
}

/** Preferences kept only for the page's lifetime (tests, pages without web storage). */
export function memoryPanePreferences(): PanePreferences {
  let role: PaneRole | undefined;
  let category: string | undefined;
  return {
    role: () => role,
    setRole: (next) => {
      role = next;
    },
    category: () => category,
    setCategory: (next) => {
      category = next;
    },
  };
}
