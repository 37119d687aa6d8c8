/**
 * The plan year's versions with their status, and the next step each allows: submit a draft,
 * approve a submitted version scope by scope (as the signed-in account), publish the approved one.
 */
import { Button, Text } from "@fluentui/react-components";
import { type ApprovalScope, type VersionSummary } from "../../../domain/planYear/planYearTypes";
import { calendarDateOfInstant, DEFAULT_SITE_TIME_ZONE } from "../../../application/sharepoint/zonedDates";
import { formatDate, type Locale } from "../../../i18n/locale";
import { planYearPaneSay } from "../../../i18n/planYearPaneMessages";
import { versionText } from "../../../i18n/versionMessages";
import { usePlanYearPanelStyles } from "./usePlanYearPanelStyles.styles";

/** Props of VersionList. */
export interface VersionListProps {
  readonly locale: Locale;
  readonly versions: readonly VersionSummary[];
  /** Submitted version id → the approval scopes it still needs. */
  readonly pending: ReadonlyMap<string, readonly ApprovalScope[]>;
  readonly busy: boolean;
  readonly onSubmit: (id: string) => void;
  readonly onApprove: (id: string, scope: ApprovalScope) => void;
  readonly onPublish: (id: string) => void;
}

/** One version's line and buttons. */
function VersionRow(props: VersionListProps & { readonly version: VersionSummary }) {
  const { locale, version: v, busy } = props;
  const styles = usePlanYearPanelStyles();
  const say = (key: string, params?: Readonly<Record<string, string | number>>) =>
    planYearPaneSay(locale, key, params);
  const scope = (s: ApprovalScope) => versionText(locale, `scope.${s}`);
  const date = formatDate(calendarDateOfInstant(v.created.at, DEFAULT_SITE_TIME_ZONE), locale);
  return (
    <li>
      <Text>
        {say("versions.row", {
          id: v.id,
          status: versionText(locale, `status.${v.status}`),
          date,
          by: v.created.by,
        })}
      </Text>
      {v.approvals.length > 0 && (
        <div className={styles.muted}>
          {say("versions.approvedBy", {
            scopes: v.approvals.map((a) => `${scope(a.scope)} (${a.stamp.by})`).join("; "),
          })}
        </div>
      )}
      <div className={styles.actions}>
        {v.status === "draft" && (
          <Button size="small" disabled={busy} onClick={() => props.onSubmit(v.id)}>
            {say("versions.submit", { id: v.id })}
          </Button>
        )}
        {v.status === "submitted" &&
          (props.pending.get(v.id) ?? []).map((s) => (
            <Button key={s} size="small" disabled={busy} onClick={() => props.onApprove(v.id, s)}>
              {say("versions.approve", { scope: scope(s) })}
            </Button>
          ))}
        {v.status === "approved" && (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => props.onPublish(v.id)}>
            {say("versions.publish", { id: v.id })}
          </Button>
        )}
      </div>
    </li>
  );
}

/** The versions, newest first. */
export function VersionList(props: VersionListProps) {
  const styles = usePlanYearPanelStyles();
  if (props.versions.length === 0)
    return <Text className={styles.muted}>{planYearPaneSay(props.locale, "versions.empty")}</Text>;
  return (
    <ul className={styles.list} aria-label={planYearPaneSay(props.locale, "versions.title")}>
      {[...props.versions].reverse().map((v) => (
        <VersionRow key={v.id} {...props} version={v} />
      ))}
    </ul>
  );
}
