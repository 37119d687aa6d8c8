/**
 * Props of the Project pane.
 */
import type { ProjectTaskPort } from "../../../application/project/projectTaskPort";
import type { ProjectProgressReport, ProjectSyncReport } from "../../../application/project/syncProjectTasks";
import type { ProjectPlan } from "../../../domain/projectPlan/projectPlanTypes";
import type { ProgressRecord } from "../../../domain/projectPlan/taskSync";
import type { IsoDate } from "../../../domain/time/isoDate";

/** What a re-plan changed. */
export interface ReplanOutcome {
  readonly asOf: IsoDate;
  readonly moved: number;
  readonly newlyLate: number;
  readonly unchanged: number;
}
import type { Locale } from "../../../i18n/locale";

/** Props of ProjectPane. */
export interface ProjectPaneProps {
  readonly locale: Locale;
  /** The current plan version as Project tasks; undefined until a plan is loaded. */
  readonly plan: ProjectPlan | undefined;
  /** The Office.js adapter; undefined outside Project on Windows (update and progress disabled). */
  readonly port: ProjectTaskPort | undefined;
  /** Offers plan.xml as a download. */
  readonly onDownloadXml?: () => void;
  /** Saves plan.xml to the SharePoint site of the SharePoint tab; resolves with the file's address. */
  readonly onSaveXmlToSharePoint?: () => Promise<{ readonly webUrl: string }>;
  /**
   * Re-plans with the progress read from Project (rolling plan) and shows the new plan; resolves
   * with what moved. The button appears once progress has been read.
   */
  readonly onReplan?: (progress: readonly ProgressRecord[]) => Promise<ReplanOutcome>;
  /** Receives progress read from Project (rolling re-plan, SharePoint write-back). */
  readonly onProgress?: (report: ProjectProgressReport | ProjectSyncReport) => void;
  readonly className?: string;
}
