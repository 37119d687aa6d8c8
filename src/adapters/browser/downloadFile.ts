/**
 * Offers text (the Project XML) or bytes (a .docx) as a file download in the browser and in the
 * task pane's web view.
 */

/** Starts a download of `text` as `fileName` through a temporary object URL. */
export function downloadTextFile(fileName: string, text: string, mimeType = "application/xml"): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/** Starts a download of `blob` as `fileName` through a temporary object URL. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  try {
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    document.body.appendChild(link);
    link.click();
    link.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
