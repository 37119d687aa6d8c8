// The local-folder plan-year store passes the shared store contract.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LocalPlanYearStore } from "../../../src/adapters/node/localPlanYearStore";
import { planYearStoreContract } from "./planYearStoreContract";

const folders: string[] = [];
afterAll(async () => {
  for (const folder of folders) await rm(folder, { recursive: true, force: true });
});

planYearStoreContract("local folder", {
  async fresh() {
    const root = await mkdtemp(join(tmpdir(), "plan-year-"));
    folders.push(root);
    return { store: new LocalPlanYearStore(root), other: new LocalPlanYearStore(root) };
  },
  async documentBytes(store, year, name) {
    try {
      return await readFile(store.location(year, `documents/${name}`));
    } catch {
      return undefined;
    }
  },
});
