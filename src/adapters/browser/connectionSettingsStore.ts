/**
 * The task pane's SharePoint connection settings (Graph base URL, app registration, site and list
 * names) saved in web storage: in Office, localStorage under the add-in's partition key
 * (`Office.context.partitionKey`, so each document/user gets its own); in a plain browser, the
 * page's localStorage. These are settings, not secrets: tokens are never stored here.
 */
import { CodedError } from "../../application/codedError";
import type { PaneSettings } from "../../application/pane/paneSettings";
import type { KeyValueStorage } from "./storageMappingStore";

/** Where the task pane reads and writes SharePoint, and as which app registration. */
export type ConnectionSettings = PaneSettings;

const STRING_FIELDS = ["graphBaseUrl", "clientId", "tenantId", "siteUrl", "intakeList", "kavList"] as const;
const HTTPS_FIELDS = ["graphBaseUrl", "siteUrl"] as const;

/** The storage key (without partition) the settings are saved under. */
export const CONNECTION_SETTINGS_KEY = "anskaffelsesplan.connection";

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * Checks a value read from storage (or about to be saved) and returns it as settings; throws an
 * Error naming the first bad field. Unknown extra fields are dropped.
 */
export function validateConnectionSettings(value: unknown): ConnectionSettings {
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw new CodedError("settings.unreadable");
  const v = value as Record<string, unknown>;
  // Settings saved before the people list existed have no peopleList: no list (the base people).
  if (v.peopleList !== undefined && typeof v.peopleList !== "string")
    throw new CodedError("settings.notText", { field: "peopleList" });
  for (const field of STRING_FIELDS) {
    if (typeof v[field] !== "string") throw new CodedError("settings.notText", { field });
  }
  if (typeof v.useSelectedScopes !== "boolean")
    throw new CodedError("settings.notBoolean", { field: "useSelectedScopes" });
  for (const field of HTTPS_FIELDS) {
    if (!isHttpsUrl(v[field] as string)) throw new CodedError("settings.notHttps", { field });
  }
  return {
    graphBaseUrl: v.graphBaseUrl as string,
    clientId: v.clientId as string,
    tenantId: v.tenantId as string,
    siteUrl: v.siteUrl as string,
    useSelectedScopes: v.useSelectedScopes,
    intakeList: v.intakeList as string,
    kavList: v.kavList as string,
    peopleList: (v.peopleList as string | undefined) ?? "",
  };
}

/** Connection settings over web storage, namespaced by the Office partition key when there is one. */
export class StorageConnectionSettingsStore {
  constructor(
    private readonly storage: KeyValueStorage,
    private readonly partitionKey: string | undefined,
  ) {}

  private get key(): string {
    return `${this.partitionKey ? `${this.partitionKey}.` : ""}${CONNECTION_SETTINGS_KEY}`;
  }

  /** The saved settings, or undefined when none are saved; throws when they are unusable. */
  async load(): Promise<ConnectionSettings | undefined> {
    const text = this.storage.getItem(this.key);
    if (text === null) return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new CodedError("settings.unreadable");
    }
    return validateConnectionSettings(parsed);
  }

  /** Validates and saves the settings (throws, saving nothing, when a field is bad). */
  async save(settings: ConnectionSettings): Promise<void> {
    this.storage.setItem(this.key, JSON.stringify(validateConnectionSettings(settings)));
  }
}
