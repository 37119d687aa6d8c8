/**
 * The set-up feature of the SharePoint panel: connect to the site (find its lists and pick the
 * planning lists it has), the lists the planning needs that are missing, and creating them.
 */
import { useState } from "react";
import { LIST_NAMES } from "../../../application/sharepoint/listSchemas";
import type { SiteOverview } from "../../../application/sharepoint/siteLists";
import type { SharePointWorkspace } from "../../../application/sharepoint/sharePointWorkspace";
import type { Connection } from "./useConnection";
import type { PanelSay } from "./panelSay";
import type { PanelTask } from "./usePanelTask";

/** The set-up state and its actions. */
export interface SiteSetup {
  /** The site and its lists, once connected. */
  readonly overview: SiteOverview | undefined;
  /** Planning lists the site lacks (empty before connecting). */
  readonly missingLists: readonly string[];
  readonly connect: () => Promise<void>;
  readonly createLists: () => Promise<void>;
}

/** The settings with the planning lists the site has, where the saved names are not on it. */
function withFoundLists(settings: Connection["settings"], found: SiteOverview): Connection["settings"] {
  const names = found.lists.map((l) => l.displayName.toLowerCase());
  const patch: { intakeList?: string; kavList?: string; peopleList?: string } = {};
  if (!names.includes(settings.intakeList.toLowerCase()) && found.planning.intake)
    patch.intakeList = found.planning.intake.displayName;
  if (settings.kavList !== "" && !names.includes(settings.kavList.toLowerCase()))
    patch.kavList = found.planning.kav?.displayName ?? "";
  if (settings.peopleList !== "" && !names.includes(settings.peopleList.toLowerCase()))
    patch.peopleList = found.planning.people?.displayName ?? "";
  return Object.keys(patch).length > 0 ? { ...settings, ...patch } : settings;
}

/** The set-up feature. */
export function useSiteSetup(
  say: PanelSay,
  workspace: SharePointWorkspace,
  connection: Connection,
  task: PanelTask,
): SiteSetup {
  const [overview, setOverview] = useState<SiteOverview | undefined>();
  const { settings } = connection;
  const connect = () =>
    task.run(say("pane.busy"), async (signal) => {
      const found = await workspace.inspect(settings, signal);
      setOverview(found);
      const next = withFoundLists(settings, found);
      if (next !== settings) await connection.adopt(next);
    });
  const createLists = () =>
    task.run(say("pane.busy"), async (signal) => {
      const lists = await workspace.createLists(settings, signal);
      const next = {
        ...settings,
        intakeList: lists.intake.displayName,
        kavList: settings.kavList || lists.kav.displayName,
        peopleList: settings.peopleList || lists.people.displayName,
      };
      await connection.adopt(next);
      setOverview(await workspace.inspect(next, signal));
      task.notify(
        lists.created.length > 0
          ? say("pane.lists.created", { lists: lists.created.join(", ") })
          : say("pane.lists.complete"),
      );
    });
  const missingLists = overview
    ? [LIST_NAMES.intake, LIST_NAMES.kav, LIST_NAMES.feedback, LIST_NAMES.people].filter(
        (name) => !overview.lists.some((l) => l.displayName.toLowerCase() === name.toLowerCase()),
      )
    : [];
  return { overview, missingLists, connect, createLists };
}
