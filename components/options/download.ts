/** Saves text as a file through a Blob and a temporary link (no `downloads` permission needed). */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after the click handler returns: revoke it later, not now.
  globalThis.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
