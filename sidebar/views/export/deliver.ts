// Getting an export to the person: a browser download, the clipboard, or a new window to print from.

/** Downloads text as a file through the browser (Blob and <a download>): no Drive access needed. */
export function downloadText(content: string, filename: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has the file once the click is handled; keep the URL a little for slow machines.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Copies text with the Clipboard API; false when the browser or the sidebar's frame does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Opens a page in a new window or tab; returns its address, so the view can offer a link
 * when the browser blocks the window, or null when the window opened.
 */
export function openPage(html: string): string | null {
  const url = URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
  const opened = window.open(url, '_blank');
  if (opened) {
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return null;
  }
  return url;
}
