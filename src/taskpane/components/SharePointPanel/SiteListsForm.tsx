/**
 * The set-up part of the SharePoint panel, once connected: the intake, KAV and people list
 * pickers, which planning lists are missing ("create the missing lists") and the field mappings.
 */
import { Button, Field, Select, Text } from "@fluentui/react-components";
import type { PanelSay } from "./panelSay";
import type { Connection } from "./useConnection";
import type { Mapping } from "./useMapping";
import type { PanelTask } from "./usePanelTask";
import type { SiteSetup } from "./useSiteSetup";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

/** Props of SiteListsForm. */
export interface SiteListsFormProps {
  readonly say: PanelSay;
  readonly connection: Connection;
  readonly setup: SiteSetup;
  readonly mapping: Mapping;
  readonly task: PanelTask;
}

/** The lists fieldset (nothing before connecting). */
export function SiteListsForm({ say, connection, setup, mapping, task }: SiteListsFormProps) {
  const styles = useSharePointPanelStyles();
  const { overview, missingLists } = setup;
  if (!overview) return null;
  const { settings, edit } = connection;
  const listOptions = overview.lists.map((l) => (
    <option key={l.id} value={l.displayName}>
      {l.displayName}
    </option>
  ));
  return (
    <fieldset className={styles.section} disabled={task.isBusy}>
      <legend className={styles.heading}>
        {say("pane.site.found", { site: overview.site.displayName, count: overview.lists.length })}
      </legend>
      <Field label={say("pane.intakeList")}>
        <Select
          name="intakeList"
          value={settings.intakeList}
          onChange={(_, d) => edit({ intakeList: d.value })}
        >
          {!overview.lists.some((l) => l.displayName === settings.intakeList) && (
            <option value={settings.intakeList}>{settings.intakeList}</option>
          )}
          {listOptions}
        </Select>
      </Field>
      <Field label={say("pane.kavList")}>
        <Select name="kavList" value={settings.kavList} onChange={(_, d) => edit({ kavList: d.value })}>
          <option value="">{say("pane.kavList.none")}</option>
          {listOptions}
        </Select>
      </Field>
      <Field label={say("pane.peopleList")}>
        <Select
          name="peopleList"
          value={settings.peopleList}
          onChange={(_, d) => edit({ peopleList: d.value })}
        >
          <option value="">{say("pane.peopleList.none")}</option>
          {listOptions}
        </Select>
      </Field>
      <Text className={styles.note}>
        {missingLists.length > 0
          ? say("pane.lists.missing", { lists: missingLists.join(", ") })
          : say("pane.lists.complete")}
      </Text>
      <div className={styles.actions}>
        {missingLists.length > 0 && (
          <Button onClick={() => void setup.createLists()}>{say("pane.lists.create")}</Button>
        )}
        <Button onClick={() => void mapping.openIntake()}>{say("pane.mapping")}</Button>
        {settings.kavList !== "" && (
          <Button onClick={() => void mapping.openKav()}>{say("pane.mapping.kav")}</Button>
        )}
      </div>
    </fieldset>
  );
}
