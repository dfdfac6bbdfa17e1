// Putting the sidebar's starting data into its page, safely, so it opens with no round trip.

/** Where showSidebar puts the data: inside <script type="application/json" id="initial-data">. */
export const PAGE_DATA_MARKER = '<!--initial-data-->';

/** JSON that cannot end its script element or open a comment, whatever text the sheet holds. */
export function jsonForScriptElement(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function embedPageData(html: string, data: unknown): string {
  if (!html.includes(PAGE_DATA_MARKER))
    throw new Error('The sidebar page has no place for its data: rebuild it with npm run build.');
  return html.replace(PAGE_DATA_MARKER, () => jsonForScriptElement(data));
}
