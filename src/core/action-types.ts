// The four types of action an example can be, easiest first, with the spreadsheet's meaning of each.

export type ActionType = 'Tweak' | 'Tactic' | 'Project' | 'Strategy';

export interface ActionTypeInfo {
  name: ActionType;
  meaning: string;
}

/** In order of effort: recommendations list the easiest first. */
export const ACTION_TYPES: readonly ActionTypeInfo[] = [
  { name: 'Tweak', meaning: 'A quick fix; an easy win.' },
  { name: 'Tactic', meaning: 'A relatively simple approach to an area of council work.' },
  { name: 'Project', meaning: 'A more involved, defined piece of work.' },
  { name: 'Strategy', meaning: 'A wider strategy underpinning a range of projects.' },
];

export const ACTION_TYPE_NAMES: readonly ActionType[] = ACTION_TYPES.map((t) => t.name);

/** The type a cell names, ignoring case and surrounding space; null when it names none. */
export function parseActionType(text: string): ActionType | null {
  const wanted = text.trim().toLowerCase();
  return ACTION_TYPE_NAMES.find((name) => name.toLowerCase() === wanted) ?? null;
}

/** 0 for Tweak up to 3 for Strategy. */
export function effortRank(type: ActionType | ''): number {
  const rank = ACTION_TYPE_NAMES.indexOf(type as ActionType);
  return rank === -1 ? ACTION_TYPE_NAMES.length : rank;
}
