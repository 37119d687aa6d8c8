/**
 * The port through which the plan-year record is read and written. Two adapters implement it: a
 * local folder (CLI, offline work) and the SharePoint site's document library through Microsoft
 * Graph (pane and CLI). Both use the same layout under their root:
 *
 *   Anskaffelsesplan/<year>/plan-year.json           the record (PlanYearRecord), changed with If-Match
 *   Anskaffelsesplan/<year>/versions/<id>.json       one immutable file per plan version
 *   Anskaffelsesplan/<year>/documents/<name>         published documents (.xlsx, Project XML, .docx)
 *
 * The port moves raw JSON and bytes; parsing, schema validation and migrations are the use cases'.
 */

/** The folder of all plan years under a store's root (the same folder publishing writes to). */
export { DOCUMENT_FOLDER as PLAN_YEAR_FOLDER } from "../sharepoint/sharePointWorkspace";

/** A stored document with its opaque entity tag (treat it as a string, compare for equality only). */
export interface StoredDocument {
  readonly content: string;
  readonly etag: string;
}

/** Thrown by a conditional write when the stored document changed since `ifMatch` was read. */
export class PreconditionFailedError extends Error {
  constructor(readonly location: string) {
    super(`precondition failed: ${location}`);
    this.name = "PreconditionFailedError";
  }
}

/** Thrown by a create-only write when the document already exists. */
export class AlreadyExistsError extends Error {
  constructor(readonly location: string) {
    super(`already exists: ${location}`);
    this.name = "AlreadyExistsError";
  }
}

/** Storage of plan-year records and their versions. */
export interface PlanYearStore {
  /** A human-readable place of a file for messages, e.g. `…/Anskaffelsesplan/2027/plan-year.json`. */
  location(year: number, file: string): string;
  /** The plan years that have a record, ascending. */
  listYears(): Promise<readonly number[]>;
  /** The record's raw JSON text and etag, or undefined when the year has none. */
  readRecord(year: number): Promise<StoredDocument | undefined>;
  /**
   * Writes the record. `ifMatch` undefined = create only (AlreadyExistsError when it exists);
   * otherwise the write succeeds only when the stored etag equals it (else PreconditionFailedError).
   * Returns the new etag.
   */
  writeRecord(year: number, content: string, ifMatch: string | undefined): Promise<string>;
  /** A version file's raw JSON text and etag, or undefined. */
  readVersion(year: number, versionId: string): Promise<StoredDocument | undefined>;
  /** Creates a version file; never overwrites (AlreadyExistsError). */
  createVersion(year: number, versionId: string, content: string): Promise<void>;
  /** Saves a document (bytes) under `documents/`, replacing one of the same name (the library keeps versions). */
  saveDocument(year: number, name: string, content: Uint8Array, contentType: string): Promise<void>;
}
