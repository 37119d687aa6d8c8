/**
 * The plan-year store in the SharePoint site's default document library, through Microsoft Graph:
 * `Anskaffelsesplan/<year>/plan-year.json`, `versions/<id>.json` and `documents/<name>`.
 * Reading takes the driveItem (eTag, `@microsoft.graph.downloadUrl`) and then its content; a
 * conditional write is `PUT …:/content` with `If-Match: <eTag>` (412 → PreconditionFailedError);
 * a create-only write adds `@microsoft.graph.conflictBehavior=fail` (409 → AlreadyExistsError).
 * The library's versioning keeps every earlier version of the record.
 */
import { CodedError } from "../../application/codedError";
import { GraphError, ResponseType, type Client } from "@microsoft/microsoft-graph-client";
import {
  AlreadyExistsError,
  PLAN_YEAR_FOLDER,
  PreconditionFailedError,
  type PlanYearStore,
  type StoredDocument,
} from "../../application/planYear/planYearStore";
import { childrenPath, itemPath, type DocumentLibraryTarget } from "./documentLibraryUpload";

interface DriveItem {
  readonly name?: string;
  readonly eTag?: string;
  readonly "@microsoft.graph.downloadUrl"?: string;
  readonly folder?: unknown;
}

interface Children {
  readonly value: DriveItem[];
  readonly "@odata.nextLink"?: string;
}

/** Attempts to read a file whose download URL went stale because it changed meanwhile. */
const READ_ATTEMPTS = 3;

const statusOf = (error: unknown): number | undefined =>
  error instanceof GraphError ? error.statusCode : undefined;

/** PlanYearStore over a site's document library. */
export class GraphPlanYearStore implements PlanYearStore {
  /**
   * @param client the Graph client
   * @param siteId the site's id (GraphListGateway.resolveSite)
   * @param siteUrl the site's URL, for messages
   */
  constructor(
    private readonly client: Pick<Client, "api">,
    private readonly siteId: string,
    private readonly siteUrl: string,
  ) {}

  private target(year: number, sub?: string): DocumentLibraryTarget {
    if (!Number.isInteger(year)) throw new RangeError(`Invalid plan year: ${year}`);
    const folder = [PLAN_YEAR_FOLDER, String(year), ...(sub ? [sub] : [])].join("/");
    return { siteId: this.siteId, folder };
  }

  location(year: number, file: string): string {
    return `${this.siteUrl.replace(/\/+$/, "")}/${PLAN_YEAR_FOLDER}/${year}/${file}`;
  }

  async listYears(): Promise<readonly number[]> {
    const names: string[] = [];
    let next: string | undefined = childrenPath({ siteId: this.siteId, folder: PLAN_YEAR_FOLDER });
    try {
      while (next !== undefined) {
        const page = (await this.client.api(next).get()) as Children;
        names.push(...page.value.filter((i) => i.folder !== undefined).map((i) => i.name ?? ""));
        next = page["@odata.nextLink"];
      }
    } catch (error) {
      if (statusOf(error) === 404) return [];
      throw error;
    }
    const years = names.filter((n) => /^\d{4}$/.test(n)).map(Number);
    const withRecord = await Promise.all(
      years.map(async (y) => ((await this.item(y, "plan-year.json")) ? y : undefined)),
    );
    return withRecord.filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  }

  private async item(year: number, file: string, sub?: string): Promise<DriveItem | undefined> {
    try {
      return (await this.client.api(itemPath(this.target(year, sub), file)).get()) as DriveItem;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  /** The file's content and eTag; the content is at least as new as the eTag. */
  private async read(year: number, file: string, sub?: string): Promise<StoredDocument | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      const item = await this.item(year, file, sub);
      if (item === undefined) return undefined;
      const url = item["@microsoft.graph.downloadUrl"];
      if (typeof item.eTag !== "string" || typeof url !== "string")
        throw new CodedError("graph.incomplete", { request: `GET ${this.location(year, file)}` });
      try {
        const content = (await this.client.api(url).responseType(ResponseType.TEXT).get()) as string;
        return { content, etag: item.eTag };
      } catch (error) {
        // The file changed between the two requests and the old version's URL is gone: read again.
        if (statusOf(error) !== 404 || attempt >= READ_ATTEMPTS) throw error;
      }
    }
  }

  private async put(
    path: string,
    content: string | Uint8Array,
    contentType: string,
    condition: { ifMatch?: string; createOnly?: boolean },
  ): Promise<DriveItem> {
    let request = this.client
      .api(`${path}:/content`)
      .query({ "@microsoft.graph.conflictBehavior": condition.createOnly ? "fail" : "replace" })
      .header("Content-Type", contentType);
    if (condition.ifMatch !== undefined) request = request.header("If-Match", condition.ifMatch);
    return (await request.put(typeof content === "string" ? content : content.slice())) as DriveItem;
  }

  readRecord(year: number): Promise<StoredDocument | undefined> {
    return this.read(year, "plan-year.json");
  }

  async writeRecord(year: number, content: string, ifMatch: string | undefined): Promise<string> {
    const path = itemPath(this.target(year), "plan-year.json");
    const location = this.location(year, "plan-year.json");
    try {
      const condition = ifMatch === undefined ? { createOnly: true } : { ifMatch };
      const item = await this.put(path, content, "application/json", condition);
      if (typeof item.eTag !== "string")
        throw new CodedError("graph.incomplete", { request: `PUT ${location}` });
      return item.eTag;
    } catch (error) {
      const status = statusOf(error);
      if (ifMatch === undefined && status === 409) throw new AlreadyExistsError(location);
      if (ifMatch !== undefined && (status === 412 || status === 404))
        throw new PreconditionFailedError(location);
      throw error;
    }
  }

  readVersion(year: number, versionId: string): Promise<StoredDocument | undefined> {
    return this.read(year, `${versionId}.json`, "versions");
  }

  async createVersion(year: number, versionId: string, content: string): Promise<void> {
    const path = itemPath(this.target(year, "versions"), `${versionId}.json`);
    try {
      await this.put(path, content, "application/json", { createOnly: true });
    } catch (error) {
      if (statusOf(error) === 409)
        throw new AlreadyExistsError(this.location(year, `versions/${versionId}.json`));
      throw error;
    }
  }

  async saveDocument(year: number, name: string, content: Uint8Array, contentType: string): Promise<void> {
    await this.put(itemPath(this.target(year, "documents"), name), content, contentType, {});
  }
}

/** The signed-in account's name (userPrincipalName, lower case) from `GET /me`. */
export async function currentAccount(client: Pick<Client, "api">): Promise<string> {
  const me = (await client.api("/me").select("userPrincipalName").get()) as { userPrincipalName?: unknown };
  if (typeof me.userPrincipalName !== "string" || me.userPrincipalName === "")
    throw new CodedError("graph.noUser");
  return me.userPrincipalName.toLowerCase();
}
