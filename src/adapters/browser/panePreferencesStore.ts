/**
 * The task pane's remembered role and category in web storage: in Office, localStorage under the
 * add-in's partition key (`Office.context.partitionKey`, so each document/user gets its own); in a
 * plain browser, the page's localStorage. Storage that refuses (private mode, quota) is ignored:
 * the pane then opens in the host's default role.
 */
import { parseRole, type PanePreferences, type PaneRole } from "../../application/pane/panePreferences";
import type { KeyValueStorage } from "./storageMappingStore";

/** The storage keys (without partition) of the role and the category. */
export const PANE_PREFERENCE_KEYS = {
  role: "anskaffelsesplan.role",
  category: "anskaffelsesplan.category",
} as const;

/** PanePreferences over web storage, namespaced by the Office partition key when there is one. */
export class StoragePanePreferences implements PanePreferences {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly partitionKey: string | undefined,
  ) {}

  private key(name: keyof typeof PANE_PREFERENCE_KEYS): string {
    return `${this.partitionKey ? `${this.partitionKey}.` : ""}${PANE_PREFERENCE_KEYS[name]}`;
  }

  private read(name: keyof typeof PANE_PREFERENCE_KEYS): string | undefined {
    try {
      return this.storage.getItem(this.key(name)) ?? undefined;
    } catch {
      return undefined;
    }
  }

  private write(name: keyof typeof PANE_PREFERENCE_KEYS, value: string): void {
    try {
      this.storage.setItem(this.key(name), value);
    } catch {
      // Not remembered: the choice still holds for this session.
    }
  }

  /** The saved role, when it is one of the pane's roles. */
  role(): PaneRole | undefined {
    return parseRole(this.read("role"));
  }

  /** Remembers the role. */
  setRole(role: PaneRole): void {
    this.write("role", role);
  }

  /** The saved category id (`""`: all). */
  category(): string | undefined {
    return this.read("category");
  }

  /** Remembers the category id. */
  setCategory(categoryId: string): void {
    this.write("category", categoryId);
  }
}
