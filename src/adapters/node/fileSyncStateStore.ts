/**
 * The CLI's sync state store: one JSON file (the `--state FILE` option), written atomically
 * (temporary file + rename) so an interrupted run never leaves half a state behind.
 */
import { readFile, rename, writeFile } from "node:fs/promises";
import type { ListSyncState, SyncStateStore } from "../../application/sharepoint/syncState";

/** Keeps the sync state in a file. */
export class FileSyncStateStore implements SyncStateStore {
  constructor(private readonly path: string) {}

  async load(): Promise<ListSyncState | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
    const state = JSON.parse(text) as ListSyncState;
    if (state.version !== 1)
      throw new Error(`${this.path}: unknown sync state version ${String(state.version)}.`);
    return state;
  }

  async save(state: ListSyncState): Promise<void> {
    const temporary = `${this.path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(state), "utf8");
    await rename(temporary, this.path);
  }
}
