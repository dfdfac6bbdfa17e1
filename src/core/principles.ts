// The nine principles of The Relationships Framework, their groups and Navigator prompts, as data.

export type PrincipleId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

export type PrincipleGroup = 'Following the Covid signs' | 'Setting course' | 'Holding course';

export interface Principle {
  id: PrincipleId;
  /** As the framework writes it. */
  name: string;
  /** The shorter wording the spreadsheet's column headers use. */
  label: string;
  summary: string;
  group: PrincipleGroup;
  /** The question that ends the principle's section in the framework: the Navigator prompt. */
  prompt: string;
}

export const PRINCIPLE_GROUPS: readonly PrincipleGroup[] = [
  'Following the Covid signs',
  'Setting course',
  'Holding course',
];

export const PRINCIPLES: readonly Principle[] = [
  {
    id: 1,
    name: 'Shift the obstacles',
    label: 'Shift the obstacles',
    summary: 'Remove bureaucratic barriers to community activity and citizens engaging with the council.',
    group: 'Following the Covid signs',
    prompt:
      'What actions have you taken to reduce the barriers citizens face when engaging with the council?',
  },
  {
    id: 2,
    name: 'Sustain motivation and build new purpose',
    label: 'Sustain motivation & purpose',
    summary: 'Show people how their relationships and actions help address big issues.',
    group: 'Following the Covid signs',
    prompt: 'How do you communicate the positive impact of community relationships?',
  },
  {
    id: 3,
    name: 'Develop the Covid social infrastructure',
    label: 'Develop the Covid social infrastructure',
    summary: 'Build on the new ways of working and connecting the pandemic has catalysed.',
    group: 'Following the Covid signs',
    prompt: 'How equipped are you to sustain the new ways of working that have emerged during Covid?',
  },
  {
    id: 4,
    name: 'Create open and transparent cultures',
    label: 'Create an open & transparent culture',
    summary:
      'Foster trust by setting clear standards, being honest about mistakes and making information open.',
    group: 'Setting course',
    prompt: 'Where could you build trust by working more openly?',
  },
  {
    id: 5,
    name: 'Enhance the everyday touchpoints',
    label: 'Enhance everyday touchpoints',
    summary: 'Make relationship-building an integral aim of council services.',
    group: 'Setting course',
    prompt: 'How integral is community relationship-building to your approach to delivering services?',
  },
  {
    id: 6,
    name: 'Build relationships into physical spaces',
    label: 'Build relationships into physical spaces',
    summary:
      'From small facilities to large developments, use the built environment to encourage connection.',
    group: 'Setting course',
    prompt: 'Is social connection a guiding priority in how you design and use physical spaces?',
  },
  {
    id: 7,
    name: 'Renew relationships with the voluntary sector',
    label: 'Renew voluntary sector relationships',
    summary:
      'Share power with community organisations through equal collaboration and favourable procurement.',
    group: 'Setting course',
    prompt:
      'To what extent do you work with community organisations in a joined-up way and as equal partners?',
  },
  {
    id: 8,
    name: 'Train and empower staff',
    label: 'Train & empower staff',
    summary:
      'Equip council staff and dedicated community teams to build relationships in their day-to-day work.',
    group: 'Setting course',
    prompt:
      'How effectively do you equip and encourage staff to take the initiative in building community relationships?',
  },
  {
    id: 9,
    name: 'Embrace new accountabilities',
    label: 'Embrace new accountabilities',
    summary: 'Ensure the council is publicly held to account for fostering community relationships.',
    group: 'Holding course',
    prompt:
      'What mechanisms are in place to ensure the council is publicly accountable for working in a relationship-centred way?',
  },
];

export const PRINCIPLE_IDS: readonly PrincipleId[] = PRINCIPLES.map((p) => p.id);

export function principleById(id: PrincipleId): Principle {
  return PRINCIPLES[id - 1];
}

export function isPrincipleId(value: unknown): value is PrincipleId {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9;
}

/**
 * The one way a person reads a principle's name, everywhere the add-on shows one (filters, chips, cards,
 * exports, messages in the sheet): its number, then its name as the framework gives it, so "principle 3"
 * is found without counting.
 */
export function principleLabel(id: PrincipleId): string {
  return `${id}. ${principleById(id).name}`;
}
