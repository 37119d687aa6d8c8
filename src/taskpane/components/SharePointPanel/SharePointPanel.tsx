/**
 * The SharePoint panel: connection settings (Graph endpoint, site, app registration) and sign-in,
 * the site's lists (pickers, "create the missing lists"), the field mapping dialog, sync with
 * progress and cancel, and publishing the plan's decisions with every conflict shown. Each feature
 * keeps its state in its own hook (useConnection, useSiteSetup, useMapping, useSync, usePublish)
 * over one runner (usePanelTask); all work goes through the SharePoint workspace use cases.
 */
import { useMemo } from "react";
import type { PaneSettings, PaneSignIn } from "../../../application/pane/paneSettings";
import type { PlanResult } from "../../../application/planResult";
import type {
  SharePointConnection,
  SharePointWorkspace,
  WorkspaceSync,
} from "../../../application/sharepoint/sharePointWorkspace";
import type { Locale } from "../../../i18n/locale";
import { ConnectionForm } from "./ConnectionForm";
import { MappingDialog } from "./MappingDialog";
import { panelSayFor } from "./panelSay";
import { PublishSection } from "./PublishSection";
import { SiteListsForm } from "./SiteListsForm";
import { SyncSection } from "./SyncSection";
import { useConnection } from "./useConnection";
import { useMapping } from "./useMapping";
import { usePanelTask } from "./usePanelTask";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";
import { useSiteSetup } from "./useSiteSetup";
import { sameLists, usePublish, useSync } from "./useSyncAndPublish";

/** Props of SharePointPanel. */
export interface SharePointPanelProps {
  readonly locale: Locale;
  readonly workspace: SharePointWorkspace;
  readonly signIn: PaneSignIn;
  readonly initialSettings: PaneSettings;
  /** Saves the settings (per workbook/user); rejects, naming the field, when one is unusable. */
  readonly saveSettings: (settings: PaneSettings) => Promise<void>;
  /** Every mappable field of a need, in display order. */
  readonly needFields: readonly string[];
  /** The plan shown, and the lists it was synced from (undefined: not from SharePoint). */
  readonly plan: PlanResult | undefined;
  readonly planFrom: SharePointConnection | undefined;
  readonly onSynced: (sync: WorkspaceSync, connection: SharePointConnection) => void;
}

/** The panel. */
export function SharePointPanel(props: SharePointPanelProps) {
  const { locale, workspace, plan } = props;
  const styles = useSharePointPanelStyles();
  const say = useMemo(() => panelSayFor(locale), [locale]);
  const connection = useConnection(say, props.signIn, props.initialSettings, props.saveSettings);
  const { settings } = connection;
  const task = usePanelTask(say, locale, connection.save, connection.refreshSignIn);
  const setup = useSiteSetup(say, workspace, connection, task);
  const mapping = useMapping(say, locale, workspace, settings, props.needFields, task);
  const publish = usePublish(say, workspace, settings, task, plan);
  const sync = useSync(say, workspace, settings, task, props.onSynced, publish.clear);
  const canPublish = plan !== undefined && sameLists(props.planFrom, settings);
  const open = mapping.open;

  return (
    <section aria-label={say("pane.tab")} className={styles.root}>
      <p className={styles.intro}>{say("pane.intro")}</p>
      <ConnectionForm
        say={say}
        connection={connection}
        signIn={props.signIn}
        task={task}
        onConnect={() => void setup.connect()}
      />
      <SiteListsForm say={say} connection={connection} setup={setup} mapping={mapping} task={task} />
      <SyncSection say={say} locale={locale} task={task} sync={sync} />
      <PublishSection
        say={say}
        locale={locale}
        task={task}
        publish={publish}
        canPublish={canPublish}
        timeZone={sync.synced?.sync.state.timeZone}
      />
      {open && (
        <MappingDialog
          locale={locale}
          listName={open.listName}
          origin={open.origin}
          columns={open.columns}
          sections={open.sections}
          onSave={open.save}
          onClose={mapping.close}
        />
      )}
    </section>
  );
}
