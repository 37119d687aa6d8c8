/**
 * The CLI's sync state store: one JSON file (the `--state FILE` option), written atomically
 * (temporary file + rename) so an interrupted run never leaves half a state behind.
 */
import { existsSync } from "node:fs";
import { rename, writeFile } from "node:fs/promises";
import type { ListSyncState, SyncStateStore } from "../../application/sharepoint/syncState";
import { InputFileError, problem } from "./inputFileError";
import { readJsonFile } from "./planInputFile";

/** Keeps the sync state in a file. */
export class FileSyncStateStore implements SyncStateStore {
  constructor(private readonly path: string) {}

  async load(): Promise<ListSyncState | undefined> {
    if (!existsSync(this.path)) return undefined;
    const state = (await readJsonFile(this.path)) as ListSyncState | null;
    if (state?.version !== 1)
      throw new InputFileError(this.path, [
        problem("unknown-state-version", { version: String(state?.version) }),
      ]);
    return state;
  }

  async save(state: ListSyncState): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(state), "utf8");
    await rename(temporary, this.path);
  }
}
