// Computes formula results for a small, documented subset of the Sheets formula language:
// numbers, "strings", TRUE/FALSE, references and ranges (A1, $A$1, A1:B9, A:A, Sheet!A1),
// + - * / ^ & = <> < > <= >=, and the functions in FUNCTIONS below. Anything else throws
// "not implemented in the stand-in: formula …" so a gap is never mistaken for a result.

import { notImplemented } from '../instrument';
import { zonedParts } from '../time-zone';
import type { CellValue } from '../types';
import { parseA1Ref, type Rect, splitSheetName } from './a1';
import { displayValue, isDate } from './cell-values';
import type { SheetModel } from './model';

/** A Sheets error value such as #DIV/0!; it propagates through formulas like an exception. */
class SheetError {
  constructor(readonly code: string) {}
}

const ERROR_CODES = new Set(['#DIV/0!', '#VALUE!', '#REF!', '#N/A', '#NUM!', '#NAME?', '#ERROR!']);

type Grid = CellValue[][];
type Value = CellValue | Grid;
type Thunk = () => Value;

/** One read's worth of formula results, so shared references are computed once and cycles end. */
export class Evaluation {
  readonly done = new Map<string, CellValue>();
  readonly pending = new Set<string>();
}

export function evaluateCell(
  sheet: SheetModel,
  row: number,
  column: number,
  evaluation: Evaluation,
): CellValue {
  const key = `${sheet.id}:${row}:${column}`;
  const known = evaluation.done.get(key);
  if (known !== undefined) return known;
  // Sheets shows #REF! for a circular dependency.
  if (evaluation.pending.has(key)) throw new SheetError('#REF!');
  evaluation.pending.add(key);
  let result: CellValue;
  try {
    const value = evaluate(parse(sheet.cell(row, column).formula), { sheet, evaluation });
    result = scalar(value);
  } catch (error) {
    if (!(error instanceof SheetError)) throw error;
    result = error.code;
  } finally {
    evaluation.pending.delete(key);
  }
  evaluation.done.set(key, result);
  return result;
}

// ---- parsing --------------------------------------------------------------------------------

type Node =
  | { kind: 'literal'; value: CellValue }
  | { kind: 'ref'; text: string }
  | { kind: 'call'; name: string; args: Node[] }
  | { kind: 'unary'; op: string; operand: Node }
  | { kind: 'binary'; op: string; left: Node; right: Node };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const COLUMN = String.raw`\$?[A-Za-z]{1,3}`;
const SHEET = `(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!`;
const REF = new RegExp(
  `^(?:${SHEET})?(?:${CELL}(?::${CELL}|:${COLUMN})?|${COLUMN}:${COLUMN})(?![A-Za-z0-9_(])`,
);
const TOKEN =
  /^(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|"(?:[^"]|"")*"|<>|<=|>=|[-+*/^&=<>(),;:%]|[A-Za-z_][A-Za-z0-9_.]*)/;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (let rest = text.trimStart(); rest; ) {
    const match = REF.exec(rest) ?? TOKEN.exec(rest);
    if (!match) throw new SheetError('#ERROR!');
    tokens.push(match[0]);
    rest = rest.slice(match[0].length).trimStart();
  }
  return tokens;
}

const parsed = new Map<string, Node>();

function parse(formula: string): Node {
  let node = parsed.get(formula);
  if (!node) {
    node = new Parser(tokenize(formula.replace(/^=/, ''))).parseAll();
    parsed.set(formula, node);
  }
  return node;
}

class Parser {
  #i = 0;
  constructor(readonly tokens: string[]) {}

  parseAll(): Node {
    const node = this.comparison();
    if (this.#i < this.tokens.length) throw new SheetError('#ERROR!');
    return node;
  }

  #peek(): string | undefined {
    return this.tokens[this.#i];
  }

  #take(): string {
    const t = this.tokens[this.#i++];
    if (t === undefined) throw new SheetError('#ERROR!');
    return t;
  }

  #binary(next: () => Node, ops: string[]): Node {
    let left = next();
    while (ops.includes(this.#peek() ?? '')) {
      const op = this.#take();
      left = { kind: 'binary', op, left, right: next() };
    }
    return left;
  }

  comparison = (): Node => this.#binary(this.concat, ['=', '<>', '<', '>', '<=', '>=']);
  concat = (): Node => this.#binary(this.additive, ['&']);
  additive = (): Node => this.#binary(this.term, ['+', '-']);
  term = (): Node => this.#binary(this.power, ['*', '/']);
  power = (): Node => this.#binary(this.unary, ['^']);

  unary = (): Node => {
    const t = this.#peek();
    if (t === '-' || t === '+') {
      this.#take();
      return { kind: 'unary', op: t, operand: this.unary() };
    }
    const node = this.primary();
    if (this.#peek() === '%') {
      this.#take();
      return { kind: 'binary', op: '/', left: node, right: { kind: 'literal', value: 100 } };
    }
    return node;
  };

  primary = (): Node => {
    const t = this.#take();
    if (t === '(') {
      const inner = this.comparison();
      if (this.#take() !== ')') throw new SheetError('#ERROR!');
      return inner;
    }
    if (/^[\d.]/.test(t)) return { kind: 'literal', value: Number(t) };
    if (t.startsWith('"')) return { kind: 'literal', value: t.slice(1, -1).replace(/""/g, '"') };
    if (REF.test(t) && this.#peek() !== '(') return { kind: 'ref', text: t };
    if (/^[A-Za-z_]/.test(t)) {
      if (this.#peek() !== '(') {
        if (/^(true|false)$/i.test(t)) return { kind: 'literal', value: t.toUpperCase() === 'TRUE' };
        throw new SheetError('#NAME?');
      }
      this.#take();
      const args: Node[] = [];
      if (this.#peek() === ')') this.#take();
      else {
        for (;;) {
          args.push(this.comparison());
          const sep = this.#take();
          if (sep === ')') break;
          if (sep !== ',' && sep !== ';') throw new SheetError('#ERROR!');
        }
      }
      return { kind: 'call', name: t.toUpperCase(), args };
    }
    throw new SheetError('#ERROR!');
  };
}

// ---- evaluation -----------------------------------------------------------------------------

interface Scope {
  sheet: SheetModel;
  evaluation: Evaluation;
}

function evaluate(node: Node, scope: Scope): Value {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'ref':
      return readRef(node.text, scope);
    case 'unary': {
      const n = toNumber(scalar(evaluate(node.operand, scope)));
      return node.op === '-' ? -n : n;
    }
    case 'binary':
      return binary(node.op, scalar(evaluate(node.left, scope)), scalar(evaluate(node.right, scope)));
    case 'call': {
      const fn = FUNCTIONS[node.name];
      if (!fn) throw notImplemented(`formula function ${node.name}`);
      return fn(node.args.map((arg) => () => evaluate(arg, scope)));
    }
  }
}

function readRef(text: string, scope: Scope): Value {
  const { sheetName, ref } = splitSheetName(text);
  const sheet = sheetName === undefined ? scope.sheet : scope.sheet.workbook.sheetByName(sheetName);
  if (!sheet) throw new SheetError('#REF!');
  const rect: Rect = parseA1Ref(ref.replace(/\$/g, ''), sheet.maxRows, sheet.maxColumns);
  const read = (r: number, c: number): CellValue => {
    const value = sheet.computedValue(r, c, scope.evaluation);
    if (sheet.cell(r, c).formula && typeof value === 'string' && ERROR_CODES.has(value))
      throw new SheetError(value);
    return value;
  };
  if (rect.numRows === 1 && rect.numColumns === 1) return read(rect.row, rect.column);
  // Only rows up to the last with content matter, which keeps A:A cheap.
  const lastRow = Math.min(rect.row + rect.numRows - 1, Math.max(sheet.rows.length, rect.row));
  const grid: Grid = [];
  for (let r = rect.row; r <= lastRow; r++) {
    const row: CellValue[] = [];
    for (let c = rect.column; c < rect.column + rect.numColumns; c++) row.push(read(r, c));
    grid.push(row);
  }
  return grid;
}

function scalar(value: Value): CellValue {
  if (!Array.isArray(value)) return value;
  if (value.length === 1 && value[0]?.length === 1) return value[0][0] as CellValue;
  throw notImplemented('formula results that are arrays');
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function dateSerial(date: Date): number {
  const p = zonedParts(date, 'UTC');
  return (
    (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Date.UTC(1899, 11, 30)) / 86_400_000
  );
}

function toNumber(value: CellValue): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (isDate(value)) return dateSerial(value);
  if (value.trim() === '') return 0;
  const n = Number(value);
  if (Number.isNaN(n)) throw new SheetError('#VALUE!');
  return n;
}

function toText(value: CellValue): string {
  return displayValue(value, 'UTC');
}

function toBoolean(value: CellValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (value === '') return false;
    if (/^(true|false)$/i.test(value)) return value.toUpperCase() === 'TRUE';
    throw new SheetError('#VALUE!');
  }
  return toNumber(value) !== 0;
}

/** Sheets orders numbers before text before booleans; text compares case-insensitively. */
function compare(a: CellValue, b: CellValue): number {
  const rank = (v: CellValue) => (typeof v === 'boolean' ? 2 : typeof v === 'string' && v !== '' ? 1 : 0);
  const ra = a === '' ? rank(b) : rank(a);
  const rb = b === '' ? rank(a) : rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 1) {
    const x = toText(a).toLowerCase();
    const y = toText(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return toNumber(a) - toNumber(b);
}

function binary(op: string, a: CellValue, b: CellValue): CellValue {
  switch (op) {
    case '+':
      return toNumber(a) + toNumber(b);
    case '-':
      return toNumber(a) - toNumber(b);
    case '*':
      return toNumber(a) * toNumber(b);
    case '/': {
      const d = toNumber(b);
      if (d === 0) throw new SheetError('#DIV/0!');
      return toNumber(a) / d;
    }
    case '^':
      return toNumber(a) ** toNumber(b);
    case '&':
      return toText(a) + toText(b);
    case '=':
      return compare(a, b) === 0;
    case '<>':
      return compare(a, b) !== 0;
    case '<':
      return compare(a, b) < 0;
    case '>':
      return compare(a, b) > 0;
    case '<=':
      return compare(a, b) <= 0;
    case '>=':
      return compare(a, b) >= 0;
  }
  throw new SheetError('#ERROR!');
}

// ---- functions ------------------------------------------------------------------------------

/** Numbers for SUM-like functions: ranges contribute only their numbers, direct arguments are coerced. */
function numbers(args: Thunk[]): number[] {
  const out: number[] = [];
  for (const arg of args) {
    const v = arg();
    if (Array.isArray(v)) {
      for (const row of v) for (const cell of row) if (typeof cell === 'number') out.push(cell);
    } else out.push(toNumber(v));
  }
  return out;
}

function cells(value: Value): CellValue[] {
  return Array.isArray(value) ? value.flat() : [value];
}

function arity(args: Thunk[], min: number, max: number): void {
  if (args.length < min || args.length > max) throw new SheetError('#N/A');
}

function criterionMatcher(criterion: CellValue): (v: CellValue) => boolean {
  if (typeof criterion !== 'string') return (v) => v !== '' && compare(v, criterion) === 0;
  const [, op = '=', operand = ''] = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(criterion) ?? [];
  const numeric = operand.trim() !== '' && !Number.isNaN(Number(operand));
  if (!numeric && (op === '=' || op === '<>')) {
    const pattern = new RegExp(
      `^${operand
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')}$`,
      'is',
    );
    return (v) => pattern.test(toText(v)) === (op === '=');
  }
  const target: CellValue = numeric ? Number(operand) : operand;
  return (v) => {
    if (v === '' || (numeric && typeof v !== 'number')) return false;
    return binary(op, v, target) === true;
  };
}

function round(x: number, digits: number): number {
  const factor = 10 ** digits;
  return (Math.sign(x) * Math.round(Number((Math.abs(x) * factor).toPrecision(15)))) / factor;
}

const FUNCTIONS: Record<string, (args: Thunk[]) => Value> = {
  SUM: (args) => numbers(args).reduce((a, b) => a + b, 0),
  AVERAGE: (args) => {
    const ns = numbers(args);
    if (ns.length === 0) throw new SheetError('#DIV/0!');
    return ns.reduce((a, b) => a + b, 0) / ns.length;
  },
  MIN: (args) => {
    const ns = numbers(args);
    return ns.length ? Math.min(...ns) : 0;
  },
  MAX: (args) => {
    const ns = numbers(args);
    return ns.length ? Math.max(...ns) : 0;
  },
  COUNT: (args) =>
    args.reduce((n, arg) => {
      const v = arg();
      return (
        n +
        (Array.isArray(v)
          ? v.flat().filter((c) => typeof c === 'number').length
          : Number.isNaN(Number(v)) || v === ''
            ? 0
            : 1)
      );
    }, 0),
  COUNTA: (args) => args.reduce((n, arg) => n + cells(arg()).filter((c) => c !== '').length, 0),
  COUNTIF: (args) => {
    arity(args, 2, 2);
    const [range, criterion] = args as [Thunk, Thunk];
    const matches = criterionMatcher(scalar(criterion()));
    return cells(range()).filter(matches).length;
  },
  ROUND: (args) => {
    arity(args, 1, 2);
    const [x, digits] = args as [Thunk, Thunk | undefined];
    return round(toNumber(scalar(x())), digits ? Math.trunc(toNumber(scalar(digits()))) : 0);
  },
  ABS: (args) => {
    arity(args, 1, 1);
    return Math.abs(toNumber(scalar((args[0] as Thunk)())));
  },
  IF: (args) => {
    arity(args, 2, 3);
    const [condition, then, otherwise] = args as [Thunk, Thunk, Thunk | undefined];
    if (toBoolean(scalar(condition()))) return then();
    return otherwise ? otherwise() : false;
  },
  IFERROR: (args) => {
    arity(args, 1, 2);
    const [value, fallback] = args as [Thunk, Thunk | undefined];
    try {
      return scalar(value());
    } catch (error) {
      if (!(error instanceof SheetError)) throw error;
      return fallback ? fallback() : '';
    }
  },
  AND: (args) => args.every((arg) => cells(arg()).every((v) => v === '' || toBoolean(v))),
  OR: (args) => args.some((arg) => cells(arg()).some((v) => v !== '' && toBoolean(v))),
  NOT: (args) => {
    arity(args, 1, 1);
    return !toBoolean(scalar((args[0] as Thunk)()));
  },
  CONCATENATE: (args) => args.map((arg) => cells(arg()).map(toText).join('')).join(''),
  // Text in a number format Sheets understands becomes that number; a blank reads as 0, text that is
  // not a number is #VALUE!. Only plain numbers are understood here (no dates, currencies or groups).
  VALUE: (args) => {
    arity(args, 1, 1);
    const value = scalar((args[0] as Thunk)());
    if (typeof value === 'number') return value;
    if (isDate(value)) return dateSerial(value);
    if (typeof value === 'string' && PLAIN_NUMBER.test(value.trim())) return Number(value.trim());
    if (value === '') return 0;
    throw new SheetError('#VALUE!');
  },
  // A link's cell value is its label; the URL only shows as a link in the UI.
  HYPERLINK: (args) => {
    arity(args, 1, 2);
    const [url, label] = args as [Thunk, Thunk | undefined];
    return label ? scalar(label()) : toText(scalar(url()));
  },
};

export const SUPPORTED_FORMULA_FUNCTIONS = Object.keys(FUNCTIONS);
