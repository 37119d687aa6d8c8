/**
 * The connection part of the SharePoint panel: Graph endpoint and site, the app registration (not
 * on the demo server), the sign-in state, sign-in and sign-out, and "connect to the site".
 */
import { Button, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import type { PaneSignIn } from "../../../application/pane/paneSettings";
import type { PanelSay } from "./panelSay";
import type { Connection } from "./useConnection";
import type { PanelTask } from "./usePanelTask";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** Props of ConnectionForm. */
export interface ConnectionFormProps {
  readonly say: PanelSay;
  readonly connection: Connection;
  readonly signIn: PaneSignIn;
  readonly task: PanelTask;
  readonly onConnect: () => void;
}

type TextSetting = "graphBaseUrl" | "siteUrl" | "clientId" | "tenantId";

/** The connection fieldset. */
export function ConnectionForm({ say, connection, signIn, task, onConnect }: ConnectionFormProps) {
  const styles = useSharePointPanelStyles();
  const { settings, edit, route } = connection;
  const textSetting = (name: TextSetting, label: string, type: "url" | "text" = "text") => (
    <Field label={say(label)}>
      <Input name={name} type={type} value={settings[name]} onChange={(_, d) => edit({ [name]: d.value })} />
    </Field>
  );
  return (
    <fieldset className={styles.section} disabled={task.isBusy}>
      <legend className={styles.heading}>{say("pane.connection")}</legend>
      {textSetting("graphBaseUrl", "pane.graph", "url")}
      {textSetting("siteUrl", "pane.site", "url")}
      {route !== "demo" && (
        <>
          {textSetting("clientId", "pane.clientId")}
          {textSetting("tenantId", "pane.tenant")}
          <Checkbox
            checked={settings.useSelectedScopes}
            onChange={(_, d) => edit({ useSelectedScopes: d.checked === true })}
            label={say("pane.selectedScopes")}
          />
        </>
      )}
      <Text className={styles.note} data-testid="sign-in-state">
        {connection.routeNote}
      </Text>
      <div className={styles.actions}>
        {route !== "demo" && route !== "unavailable" && (
          <>
            <Button
              onClick={() => void task.run(say("pane.busy"), () => signIn.signIn(settings), { save: false })}
            >
              {say("pane.signIn")}
            </Button>
            <Button
              onClick={() => {
                signIn.signOut();
                connection.refreshSignIn();
              }}
            >
              {say("pane.signOut")}
            </Button>
          </>
        )}
        <Button appearance="primary" onClick={onConnect}>
          {say("pane.connect")}
        </Button>
      </div>
    </fieldset>
  );
}
