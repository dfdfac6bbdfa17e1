// Getting an export to the person: a browser download, the clipboard, or a new window to print from.
//
// All three must work in Google's frame: a sandboxed iframe on another site than the spreadsheet, with no
// clipboard permission granted (docs/platform.md, "The sidebar's frame").

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

/**
 * Copies text: the Clipboard API where the frame may use it, else the older copy command on a selected,
 * read-only text box, which needs no permission (Google does not grant the sidebar `clipboard-write`).
 * False when neither worked: the caller then asks the person to press Ctrl+C.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission in a cross-site frame, or no focus): try the copy command below.
  }
  return copyWithCommand(text);
}

/** The copy command on a read-only text box out of sight; focus goes back where it was. */
function copyWithCommand(text: string): boolean {
  const before = document.activeElement as HTMLElement | null;
  const box = document.createElement('textarea');
  box.value = text;
  box.readOnly = true;
  box.setAttribute('aria-hidden', 'true');
  box.tabIndex = -1;
  box.style.position = 'fixed';
  box.style.top = '0';
  box.style.left = '-10000px';
  document.body.append(box);
  box.focus({ preventScroll: true });
  box.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  box.remove();
  before?.focus({ preventScroll: true });
  return copied;
}

/**
 * Opens the printable page in a new window with a Print button. The window is opened empty and written
 * to, because what `window.open` returns for a blob URL made in a cross-site frame is null in browsers
 * that force `noopener` there (whatwg/html #10731), though the tab opens. Returns null when the window
 * opened; when the browser blocked it, an address for a link the person can follow instead (a blob URL,
 * freed with the sidebar's page).
 */
export function openPage(html: string): string | null {
  const opened = window.open('', '_blank');
  if (opened) {
    writePrintable(opened, html);
    return null;
  }
  return URL.createObjectURL(new Blob([html], { type: 'text/html;charset=utf-8' }));
}

/** Writes the page into the empty window and puts a Print button first, left off the paper. */
function writePrintable(target: Window, html: string): void {
  const doc = target.document;
  doc.open();
  doc.write(html);
  doc.close();
  const print = doc.createElement('button');
  print.type = 'button';
  print.className = 'no-print';
  print.textContent = 'Print or save as PDF';
  print.addEventListener('click', () => target.print());
  const main = doc.querySelector('main') ?? doc.body;
  main.prepend(print);
  print.focus();
}
