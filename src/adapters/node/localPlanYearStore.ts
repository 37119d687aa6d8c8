/**
 * The plan-year store in a local folder, for the CLI and offline work, with the same layout as the
 * SharePoint library: `<root>/Anskaffelsesplan/<year>/plan-year.json`, `versions/<id>.json`,
 * `documents/<name>`. The etag is the SHA-256 of the content; a conditional write compares it and
 * replaces the file atomically (temporary file + rename), so a reader never sees half a record;
 * create-only writes open with `wx`. Conditional writes in one process are serialised per file;
 * across processes the compare-and-rename leaves a window of a few milliseconds (documented).
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  AlreadyExistsError,
  PLAN_YEAR_FOLDER,
  PreconditionFailedError,
  type PlanYearStore,
  type StoredDocument,
} from "../../application/planYear/planYearStore";

const etagOf = (content: string) => `"${createHash("sha256").update(content, "utf8").digest("hex")}"`;

function isCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

function checkName(name: string): string {
  if (name.trim() === "" || /[/\\]/.test(name) || name === "." || name === "..")
    throw new RangeError(`Invalid file name: "${name}"`);
  return name;
}

/** PlanYearStore over a folder. */
export class LocalPlanYearStore implements PlanYearStore {
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(readonly root: string) {}

  private path(year: number, ...parts: string[]): string {
    if (!Number.isInteger(year)) throw new RangeError(`Invalid plan year: ${year}`);
    return join(this.root, PLAN_YEAR_FOLDER, String(year), ...parts);
  }

  location(year: number, file: string): string {
    return this.path(year, ...file.split("/"));
  }

  async listYears(): Promise<readonly number[]> {
    let names: string[];
    try {
      names = await readdir(join(this.root, PLAN_YEAR_FOLDER));
    } catch (error) {
      if (isCode(error, "ENOENT")) return [];
      throw error;
    }
    const years = names.filter((n) => /^\d{4}$/.test(n)).map(Number);
    const withRecord = await Promise.all(
      years.map(async (y) => ((await this.readRecord(y)) ? y : undefined)),
    );
    return withRecord.filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  }

  private async read(file: string): Promise<StoredDocument | undefined> {
    try {
      const content = await readFile(file, "utf8");
      return { content, etag: etagOf(content) };
    } catch (error) {
      if (isCode(error, "ENOENT")) return undefined;
      throw error;
    }
  }

  private async createOnly(file: string, content: string | Uint8Array): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    try {
      await writeFile(file, content, { flag: "wx" });
    } catch (error) {
      if (isCode(error, "EEXIST")) throw new AlreadyExistsError(file);
      throw error;
    }
  }

  /** Writes through a temporary file in the same folder and renames it over the target. */
  private async replace(file: string, content: string | Uint8Array): Promise<void> {
    await mkdir(dirname(file), { recursive: true });
    const temp = join(dirname(file), `.${randomBytes(6).toString("hex")}.tmp`);
    try {
      await writeFile(temp, content, { flag: "wx" });
      await rename(temp, file);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }

  /** Runs conditional writes to one file one after the other. */
  private serialised<T>(file: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(file) ?? Promise.resolve();
    const next = previous.then(task, task);
    this.queues.set(
      file,
      next.catch(() => undefined),
    );
    return next;
  }

  readRecord(year: number): Promise<StoredDocument | undefined> {
    return this.read(this.path(year, "plan-year.json"));
  }

  async writeRecord(year: number, content: string, ifMatch: string | undefined): Promise<string> {
    const file = this.path(year, "plan-year.json");
    if (ifMatch === undefined) {
      await this.createOnly(file, content);
      return etagOf(content);
    }
    return this.serialised(file, async () => {
      const current = await this.read(file);
      if (current === undefined || current.etag !== ifMatch) throw new PreconditionFailedError(file);
      await this.replace(file, content);
      return etagOf(content);
    });
  }

  readVersion(year: number, versionId: string): Promise<StoredDocument | undefined> {
    return this.read(this.path(year, "versions", `${checkName(versionId)}.json`));
  }

  createVersion(year: number, versionId: string, content: string): Promise<void> {
    return this.createOnly(this.path(year, "versions", `${checkName(versionId)}.json`), content);
  }

  saveDocument(year: number, name: string, content: Uint8Array, _contentType: string): Promise<void> {
    return this.replace(this.path(year, "documents", checkName(name)), content);
  }
}
