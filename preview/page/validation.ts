// Data validation as Sheets applies it to what a person types: a strict rule refuses, a warning rule marks.

import type { SheetSeed } from '../../apps-script-standin/types';
import { contains, rectOf } from './sheet-layout';

export type ValidationRule = NonNullable<SheetSeed['validations']>[number];

/** The rule covering a cell, or null. */
export function ruleAt(sheet: SheetSeed, row: number, column: number): ValidationRule | null {
  for (const rule of sheet.validations ?? []) {
    if (contains(rectOf(rule.range, sheet), row, column)) return rule;
  }
  return null;
}

/** Whether text breaks a list rule: anything but an item of the list; an empty cell breaks none. */
export function breaksRule(rule: Pick<ValidationRule, 'list'>, text: string): boolean {
  const typed = text.trim();
  return typed !== '' && !rule.list.some((item) => String(item) === typed);
}

/** What Sheets says when a strict rule refuses an entry: the rule's help text, else the rule itself. */
export function refusal(rule: ValidationRule, a1: string, text: string): string {
  const why = rule.helpText || `Enter one of: ${rule.list.join(', ')}.`;
  return `There was a problem: "${text.trim()}" is not allowed in ${a1}, so it was not entered. ${why}`;
}
