/**
 * The Project custom fields the plan uses, with their ids in Project XML (extended attribute
 * FieldID) and in Office.js (Office.ProjectTaskFields). High-numbered fields are used so the
 * planners' own custom fields (usually Text1…, Number1…) stay free.
 */

/** What a custom field holds. */
export type PlanFieldName = "key" | "needId" | "unit" | "score" | "rank" | "securityGraded";

/** One custom field. */
export interface PlanCustomField {
  readonly name: PlanFieldName;
  /** Project's field name, e.g. `Text30`. */
  readonly projectField: string;
  /** FieldID of the extended attribute in Project XML. */
  readonly mspdiFieldId: string;
  /** Value of Office.ProjectTaskFields for this field. */
  readonly officeFieldId: number;
  /** Project XML CFType: 4 flag, 5 number, 7 text. */
  readonly cfType: 4 | 5 | 7;
}

/** The custom fields, the plan key (the add-in's marker) first. */
export const PLAN_CUSTOM_FIELDS: readonly PlanCustomField[] = [
  { name: "key", projectField: "Text30", mspdiFieldId: "188744016", officeFieldId: 36, cfType: 7 },
  { name: "needId", projectField: "Text29", mspdiFieldId: "188744015", officeFieldId: 32, cfType: 7 },
  { name: "unit", projectField: "Text28", mspdiFieldId: "188744014", officeFieldId: 31, cfType: 7 },
  { name: "score", projectField: "Number19", mspdiFieldId: "188743995", officeFieldId: 232, cfType: 5 },
  { name: "rank", projectField: "Number20", mspdiFieldId: "188743996", officeFieldId: 234, cfType: 5 },
  {
    name: "securityGraded",
    projectField: "Flag20",
    mspdiFieldId: "188743981",
    officeFieldId: 209,
    cfType: 4,
  },
];

/** The custom field holding the plan key (Text30). */
export const KEY_FIELD = PLAN_CUSTOM_FIELDS[0] as PlanCustomField;
