// Text that Sheets reads as a number although it is not written plainly: grouped thousands and percentages.

const GROUPED = /^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s?%$/;

/**
 * The number Sheets (en-GB/en-US locale) makes of "1,700" (1700) or "100%" (1); null for other text.
 * Written with setValues or typed, such text stops being text, which is why the add-on writes a
 * person's text with a leading apostrophe. The cell's number format (percent, grouping) is not modelled.
 */
export function parseFormattedNumber(text: string): number | null {
  const grouped = GROUPED.exec(text);
  if (grouped) return Number(`${grouped[1]}${grouped[2].replace(/,/g, '')}${grouped[3] ?? ''}`);
  const percent = PERCENT.exec(text);
  if (percent) return Number(percent[1]) / 100;
  return null;
}
