/**
 * The SharePoint panel: connection settings (Graph endpoint, site, app registration), sign-in,
 * the site's lists (intake and KAV pickers, "create the missing lists"), the field mapping dialog,
 * sync with progress and cancel, and publishing the plan's decisions with every conflict shown.
 * All work goes through the SharePoint workspace use cases and the sign-in port it is given.
 */
import { errorText } from "../../../i18n/errorMessages";
import { useRef, useState } from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Select,
  Text,
} from "@fluentui/react-components";
import type { ProgressEvent } from "../../../application/sharepoint/listGateway";
import type { PublishReport } from "../../../application/sharepoint/publishDecisions";
import { reportAfterResolution } from "../../../application/sharepoint/resolveConflicts";
import type { FeedbackReport } from "../../../application/sharepoint/feedbackList";
import { ListNotFoundError } from "../../../application/sharepoint/findList";
import type { MappingDraft, SiteOverview } from "../../../application/sharepoint/siteLists";
import type { ColumnSpec } from "../../../application/sharepoint/listSchemas";
import { LIST_NAMES } from "../../../application/sharepoint/listSchemas";
import {
  NotSyncedError,
  type SharePointConnection,
  type SharePointWorkspace,
  type WorkspaceSync,
} from "../../../application/sharepoint/sharePointWorkspace";
import type { PlanResult } from "../../../application/planResult";
import { GRAPH_MESSAGES } from "../../../i18n/graphMessages";
import { fieldLabel } from "../../../i18n/intakeMessages";
import { formatNumber, translate, type Locale } from "../../../i18n/locale";
import type { PaneSettings, PaneSignIn } from "../../sharePointSettings";
import { MappingDialog, type MappingSection } from "./MappingDialog";
import {
  intakeMappingModel,
  kavMappingModel,
  type MappingDialogModel,
  type PickedColumns,
} from "./mappingSections";
import { FeedbackReportView, PublishReportView } from "./PublishReportView";
import { useSharePointPanelStyles } from "./useSharePointPanelStyles.styles";

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

/** The open mapping dialog: the list, its columns, the sections and what saving does. */
interface OpenMapping {
  readonly listName: string;
  readonly origin: "saved" | "suggested";
  readonly columns: readonly ColumnSpec[];
  readonly sections: readonly MappingSection[];
  readonly save: (picked: PickedColumns) => Promise<void>;
}

type Busy = { readonly label: string; readonly progress?: ProgressEvent; readonly cancel?: AbortController };

const sameLists = (a: SharePointConnection | undefined, b: SharePointConnection): boolean =>
  a !== undefined &&
  a.graphBaseUrl === b.graphBaseUrl &&
  a.siteUrl === b.siteUrl &&
  a.intakeList.toLowerCase() === b.intakeList.toLowerCase();

/** The panel. */
export function SharePointPanel(props: SharePointPanelProps) {
  const { locale, workspace, signIn, plan, planFrom } = props;
  const styles = useSharePointPanelStyles();
  const t = (key: string, params?: Readonly<Record<string, string | number>>) =>
    translate(GRAPH_MESSAGES, locale, key, params);
  const [settings, setSettings] = useState<PaneSettings>(props.initialSettings);
  const [, setSignInVersion] = useState(0);
  const [overview, setOverview] = useState<SiteOverview | undefined>();
  const [mapping, setMapping] = useState<OpenMapping | undefined>();
  const [busy, setBusy] = useState<Busy | undefined>();
  const [info, setInfo] = useState<string | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [synced, setSynced] = useState<WorkspaceSync | undefined>();
  const [report, setReport] = useState<PublishReport | undefined>();
  const [feedbackReport, setFeedbackReport] = useState<FeedbackReport | undefined>();
  const running = useRef(false);

  const route = signIn.route(settings);
  const edit = (patch: Partial<PaneSettings>) => setSettings({ ...settings, ...patch });

  const reasonOf = (e: unknown): string => {
    if (e instanceof NotSyncedError) return t("pane.publish.needsSync");
    if (e instanceof ListNotFoundError)
      return t("setup.listMissing", { list: e.listName, site: e.siteUrl, lists: e.available.join(", ") });
    if ((e as { name?: unknown })?.name === "AbortError") return t("pane.cancelled");
    return errorText(e, locale);
  };

  /**
   * Runs one action at a time on the settings as shown (saved first, so the next session starts
   * from them); errors and cancellation end up in the message bar.
   */
  const run = async (
    label: string,
    work: (signal: AbortSignal) => Promise<void>,
    options: { readonly cancellable?: boolean; readonly save?: boolean } = {},
  ) => {
    if (running.current) return;
    running.current = true;
    const controller = new AbortController();
    setBusy({ label, ...(options.cancellable ? { cancel: controller } : {}) });
    setError(undefined);
    setInfo(undefined);
    try {
      if (options.save !== false) await props.saveSettings(settings);
      await work(controller.signal);
    } catch (e) {
      if (controller.signal.aborted) setInfo(t("pane.cancelled"));
      else setError(reasonOf(e));
    } finally {
      running.current = false;
      setBusy(undefined);
      setSignInVersion((v) => v + 1);
    }
  };
  const onProgress = (event: ProgressEvent) => setBusy((b) => (b ? { ...b, progress: event } : b));

  const connect = () =>
    run(t("pane.busy"), async (signal) => {
      const found = await workspace.inspect(settings, signal);
      setOverview(found);
      const names = found.lists.map((l) => l.displayName.toLowerCase());
      const patch: { intakeList?: string; kavList?: string; peopleList?: string } = {};
      if (!names.includes(settings.intakeList.toLowerCase()) && found.planning.intake)
        patch.intakeList = found.planning.intake.displayName;
      if (settings.kavList !== "" && !names.includes(settings.kavList.toLowerCase()))
        patch.kavList = found.planning.kav?.displayName ?? "";
      if (settings.peopleList !== "" && !names.includes(settings.peopleList.toLowerCase()))
        patch.peopleList = found.planning.people?.displayName ?? "";
      if (Object.keys(patch).length > 0) {
        const next = { ...settings, ...patch };
        setSettings(next);
        await props.saveSettings(next);
      }
    });

  const createLists = () =>
    run(t("pane.busy"), async (signal) => {
      const lists = await workspace.createLists(settings, signal);
      const next = {
        ...settings,
        intakeList: lists.intake.displayName,
        kavList: settings.kavList || lists.kav.displayName,
        peopleList: settings.peopleList || lists.people.displayName,
      };
      setSettings(next);
      await props.saveSettings(next);
      setOverview(await workspace.inspect(next, signal));
      setInfo(
        lists.created.length > 0
          ? t("pane.lists.created", { lists: lists.created.join(", ") })
          : t("pane.lists.complete"),
      );
    });

  /** Opens the mapping dialog over a draft; saving stores the mapping for the connection shown now. */
  const openDialog = <T,>(
    draft: MappingDraft<T>,
    model: MappingDialogModel<T>,
    save: (connection: PaneSettings, mapping: T) => Promise<void>,
  ) => {
    const connection = settings;
    setMapping({
      listName: draft.list.displayName,
      origin: draft.origin,
      columns: draft.columns,
      sections: model.sections,
      save: async (picked) => {
        await save(connection, model.toMapping(picked));
        setMapping(undefined);
        setInfo(t("pane.mapping.done"));
      },
    });
  };

  const openMapping = () =>
    run(t("pane.busy"), async (signal) => {
      const draft = await workspace.draftMapping(settings, signal);
      openDialog(draft, intakeMappingModel(draft, props.needFields, locale), workspace.saveMapping);
    });

  const openKavMapping = () =>
    run(t("pane.busy"), async (signal) => {
      const draft = await workspace.draftContractMapping(settings, signal);
      openDialog(draft, kavMappingModel(draft, locale), workspace.saveContractMapping);
    });

  const sync = (full: boolean) =>
    run(
      t("pane.phase.resolve"),
      async (signal) => {
        const outcome = await workspace.sync(settings, { full, signal, progress: onProgress });
        setSynced(outcome);
        setReport(undefined);
        props.onSynced(outcome, settings);
      },
      { cancellable: true },
    );

  const publish = () =>
    run(
      t("pane.busy"),
      async (signal) => {
        if (!plan) return;
        setReport(await workspace.publish(settings, plan, { signal, progress: onProgress }));
      },
      { cancellable: true },
    );

  const resolve = (choice: "keep-theirs" | "take-ours", needId?: string) =>
    run(t("pane.busy"), async (signal) => {
      const resolution = await workspace.resolveConflicts(
        settings,
        { choice, ...(needId !== undefined ? { needId } : {}) },
        { signal },
      );
      setReport((shownReport) => shownReport && reportAfterResolution(shownReport, resolution));
    });

  const retryFailed = () =>
    run(
      t("pane.busy"),
      async (signal) => setReport(await workspace.retryFailed(settings, { signal, progress: onProgress })),
      { cancellable: true },
    );

  const publishFeedback = () =>
    run(
      t("pane.busy"),
      async (signal) => {
        if (!plan) return;
        setFeedbackReport(await workspace.publishFeedback(settings, plan, { signal, progress: onProgress }));
      },
      { cancellable: true },
    );

  const progressText = (event: ProgressEvent | undefined): string => {
    if (!event) return busy?.label ?? t("pane.busy");
    return t(`pane.phase.${event.phase}`, {
      done: formatNumber(event.done, locale),
      total: formatNumber(event.total ?? 0, locale),
    });
  };

  const missingLists = overview
    ? [LIST_NAMES.intake, LIST_NAMES.kav, LIST_NAMES.feedback, LIST_NAMES.people].filter(
        (name) => !overview.lists.some((l) => l.displayName.toLowerCase() === name.toLowerCase()),
      )
    : [];
  const canPublish = plan !== undefined && sameLists(planFrom, settings);
  const isBusy = busy !== undefined;
  const routeNote =
    route === "demo"
      ? t("pane.auth.demo")
      : route === "unavailable"
        ? t(signIn.unavailableKey())
        : `${t(signIn.isSignedIn(settings) ? "pane.auth.signedIn" : "pane.auth.signedOut")} ${t(`pane.auth.route.${route}`)}`;

  const listOptions = overview?.lists.map((l) => (
    <option key={l.id} value={l.displayName}>
      {l.displayName}
    </option>
  ));

  /** One text setting of the connection form. */
  const textSetting = (
    name: "graphBaseUrl" | "siteUrl" | "clientId" | "tenantId",
    label: string,
    type: "url" | "text" = "text",
  ) => (
    <Field label={t(label)}>
      <Input name={name} type={type} value={settings[name]} onChange={(_, d) => edit({ [name]: d.value })} />
    </Field>
  );

  return (
    <section aria-label={t("pane.tab")} className={styles.root}>
      <p className={styles.intro}>{t("pane.intro")}</p>

      <fieldset className={styles.section} disabled={isBusy}>
        <legend className={styles.heading}>{t("pane.connection")}</legend>
        {textSetting("graphBaseUrl", "pane.graph", "url")}
        {textSetting("siteUrl", "pane.site", "url")}
        {route !== "demo" && (
          <>
            {textSetting("clientId", "pane.clientId")}
            {textSetting("tenantId", "pane.tenant")}
            <Checkbox
              checked={settings.useSelectedScopes}
              onChange={(_, d) => edit({ useSelectedScopes: d.checked === true })}
              label={t("pane.selectedScopes")}
            />
          </>
        )}
        <Text className={styles.note} data-testid="sign-in-state">
          {routeNote}
        </Text>
        <div className={styles.actions}>
          {route !== "demo" && route !== "unavailable" && (
            <>
              <Button
                onClick={() => void run(t("pane.busy"), () => signIn.signIn(settings), { save: false })}
              >
                {t("pane.signIn")}
              </Button>
              <Button
                onClick={() => {
                  signIn.signOut();
                  setSignInVersion((v) => v + 1);
                }}
              >
                {t("pane.signOut")}
              </Button>
            </>
          )}
          <Button appearance="primary" onClick={() => void connect()}>
            {t("pane.connect")}
          </Button>
        </div>
      </fieldset>

      {overview && (
        <fieldset className={styles.section} disabled={isBusy}>
          <legend className={styles.heading}>
            {t("pane.site.found", { site: overview.site.displayName, count: overview.lists.length })}
          </legend>
          <Field label={t("pane.intakeList")}>
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
          <Field label={t("pane.kavList")}>
            <Select name="kavList" value={settings.kavList} onChange={(_, d) => edit({ kavList: d.value })}>
              <option value="">{t("pane.kavList.none")}</option>
              {listOptions}
            </Select>
          </Field>
          <Field label={t("pane.peopleList")}>
            <Select
              name="peopleList"
              value={settings.peopleList}
              onChange={(_, d) => edit({ peopleList: d.value })}
            >
              <option value="">{t("pane.peopleList.none")}</option>
              {listOptions}
            </Select>
          </Field>
          <Text className={styles.note}>
            {missingLists.length > 0
              ? t("pane.lists.missing", { lists: missingLists.join(", ") })
              : t("pane.lists.complete")}
          </Text>
          <div className={styles.actions}>
            {missingLists.length > 0 && (
              <Button onClick={() => void createLists()}>{t("pane.lists.create")}</Button>
            )}
            <Button onClick={() => void openMapping()}>{t("pane.mapping")}</Button>
            {settings.kavList !== "" && (
              <Button onClick={() => void openKavMapping()}>{t("pane.mapping.kav")}</Button>
            )}
          </div>
        </fieldset>
      )}

      <div className={styles.actions}>
        <Button appearance="primary" disabled={isBusy} onClick={() => void sync(false)}>
          {t("pane.sync")}
        </Button>
        <Button disabled={isBusy} onClick={() => void sync(true)}>
          {t("pane.syncFull")}
        </Button>
        {busy?.cancel && <Button onClick={() => busy.cancel?.abort()}>{t("pane.cancel")}</Button>}
      </div>
      {busy && (
        <Field validationMessage={progressText(busy.progress)} validationState="none">
          <ProgressBar
            aria-label={progressText(busy.progress)}
            {...(busy.progress?.total ? { value: busy.progress.done / busy.progress.total } : {})}
          />
        </Field>
      )}
      {error !== undefined && (
        <MessageBar intent="error">
          <MessageBarBody role="alert">{t("pane.error", { reason: error })}</MessageBarBody>
        </MessageBar>
      )}
      {info !== undefined && (
        <MessageBar intent="info">
          <MessageBarBody role="status">{info}</MessageBarBody>
        </MessageBar>
      )}
      {synced && (
        <MessageBar
          intent={
            synced.sync.issues.length + synced.contractIssues.length + synced.personIssues.length > 0
              ? "warning"
              : "success"
          }
        >
          <MessageBarBody role="status">
            {t("pane.synced", {
              list: synced.sync.state.listName,
              mode: t(`sync.mode.${synced.sync.mode}`),
              records: formatNumber(synced.sync.records.length, locale),
              changed: formatNumber(synced.sync.changed, locale),
              deleted: formatNumber(synced.sync.deleted, locale),
              contracts: formatNumber(synced.input.contracts.length, locale),
              people: formatNumber(synced.input.people.length, locale),
            })}
          </MessageBarBody>
        </MessageBar>
      )}
      {synced &&
        synced.sync.issues.length + synced.contractIssues.length + synced.personIssues.length > 0 && (
          <ul aria-label={t("pane.issues", { count: synced.sync.issues.length })} className={styles.list}>
            {synced.sync.issues.map((issue, i) => (
              <li key={`s${i}`}>{t("sync.issue", { ...issue, field: fieldLabel(issue.field, locale) })}</li>
            ))}
            {synced.contractIssues.map((issue, i) => (
              <li key={`c${i}`}>{t("sync.contractIssue", { ...issue })}</li>
            ))}
            {synced.personIssues.map((issue, i) => (
              <li key={`p${i}`}>{t("sync.personIssue", { ...issue })}</li>
            ))}
          </ul>
        )}

      <section className={styles.section} aria-label={t("pane.publish")}>
        <p className={styles.note}>{t("pane.publish.intro")}</p>
        <div className={styles.actions}>
          <Button disabled={isBusy || !canPublish} onClick={() => void publish()}>
            {t("pane.publish")}
          </Button>
        </div>
        {!canPublish && <Text className={styles.note}>{t("pane.publish.needsSync")}</Text>}
        {report && (
          <PublishReportView
            locale={locale}
            report={report}
            timeZone={synced?.sync.state.timeZone}
            busy={isBusy}
            onResolve={(choice, needId) => void resolve(choice, needId)}
            onRetryFailed={() => void retryFailed()}
          />
        )}
      </section>

      <section className={styles.section} aria-label={t("pane.publishFeedback")}>
        <p className={styles.note}>{t("pane.publishFeedback.intro", { list: LIST_NAMES.feedback })}</p>
        <div className={styles.actions}>
          <Button disabled={isBusy || !canPublish} onClick={() => void publishFeedback()}>
            {t("pane.publishFeedback")}
          </Button>
        </div>
        {feedbackReport && (
          <FeedbackReportView locale={locale} report={feedbackReport} listName={LIST_NAMES.feedback} />
        )}
      </section>

      {mapping && (
        <MappingDialog
          locale={locale}
          listName={mapping.listName}
          origin={mapping.origin}
          columns={mapping.columns}
          sections={mapping.sections}
          onSave={mapping.save}
          onClose={() => setMapping(undefined)}
        />
      )}
    </section>
  );
}
