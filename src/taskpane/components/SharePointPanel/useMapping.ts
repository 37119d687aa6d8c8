/**
 * The mapping feature of the SharePoint panel: drafts the intake list's or the KAV list's field
 * mapping (saved or suggested) and opens the mapping dialog over it; saving stores the mapping for
 * the connection shown when the dialog opened.
 */
import { useState } from "react";
import type { PaneSettings } from "../../../application/pane/paneSettings";
import type { ColumnSpec } from "../../../application/sharepoint/listSchemas";
import type { MappingDraft } from "../../../application/sharepoint/siteLists";
import type { SharePointWorkspace } from "../../../application/sharepoint/sharePointWorkspace";
import type { Locale } from "../../../i18n/locale";
import type { MappingSection } from "./MappingDialog";
import {
  intakeMappingModel,
  kavMappingModel,
  type MappingDialogModel,
  type PickedColumns,
} from "./mappingSections";
import type { PanelSay } from "./panelSay";
import type { PanelTask } from "./usePanelTask";

/** The open mapping dialog: the list, its columns, the sections and what saving does. */
export interface OpenMapping {
  readonly listName: string;
  readonly origin: "saved" | "suggested";
  readonly columns: readonly ColumnSpec[];
  readonly sections: readonly MappingSection[];
  readonly save: (picked: PickedColumns) => Promise<void>;
}

/** The mapping state and its actions. */
export interface Mapping {
  readonly open: OpenMapping | undefined;
  readonly openIntake: () => Promise<void>;
  readonly openKav: () => Promise<void>;
  readonly close: () => void;
}

/** The mapping feature. */
export function useMapping(
  say: PanelSay,
  locale: Locale,
  workspace: SharePointWorkspace,
  settings: PaneSettings,
  needFields: readonly string[],
  task: PanelTask,
): Mapping {
  const [open, setOpen] = useState<OpenMapping | undefined>();
  const openDialog = <T>(
    draft: MappingDraft<T>,
    model: MappingDialogModel<T>,
    save: (connection: PaneSettings, mapping: T) => Promise<void>,
  ) => {
    const connection = settings;
    setOpen({
      listName: draft.list.displayName,
      origin: draft.origin,
      columns: draft.columns,
      sections: model.sections,
      save: async (picked) => {
        await save(connection, model.toMapping(picked));
        setOpen(undefined);
        task.notify(say("pane.mapping.done"));
      },
    });
  };
  const openIntake = () =>
    task.run(say("pane.busy"), async (signal) => {
      const draft = await workspace.draftMapping(settings, signal);
      openDialog(draft, intakeMappingModel(draft, needFields, locale), workspace.saveMapping);
    });
  const openKav = () =>
    task.run(say("pane.busy"), async (signal) => {
      const draft = await workspace.draftContractMapping(settings, signal);
      openDialog(draft, kavMappingModel(draft, locale), workspace.saveContractMapping);
    });
  return { open, openIntake, openKav, close: () => setOpen(undefined) };
}
