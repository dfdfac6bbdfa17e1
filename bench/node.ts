// Service calls by method and median time in Node for every operation, on workbooks of each size.

import type { WorkbookSeed } from '../apps-script-standin/index';
import { type LoadedAddon, loadAddon } from '../tests/server/addon';
import { OPERATIONS, type Operation } from './operations';

export interface SizeFigures {
  /** Service calls by method on the first run, from a freshly loaded add-on. */
  calls: Record<string, number>;
  totalCalls: number;
  medianMs: number;
  runs: number;
  /** What the operation threw, if it did. */
  error?: string;
}

export interface OperationFigures {
  name: string;
  variant?: string;
  when: string;
  bySize: Record<number, SizeFigures>;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function total(calls: Record<string, number>): number {
  return Object.values(calls).reduce((sum, n) => sum + n, 0);
}

/** One run: prepare (not counted), reset the counter, time the call. */
function runOnce(op: Operation, addon: LoadedAddon): { ms: number; calls: Record<string, number> } {
  const prepared = op.prepare?.(addon);
  addon.standIn.calls.reset();
  const start = performance.now();
  op.run(addon, prepared);
  const ms = performance.now() - start;
  return { ms, calls: addon.standIn.calls.byMethod() };
}

function measure(op: Operation, seed: WorkbookSeed, runs: number): SizeFigures {
  let shared: LoadedAddon | null = null;
  const times: number[] = [];
  let first: Record<string, number> = {};
  try {
    for (let i = 0; i < runs; i++) {
      const addon: LoadedAddon = op.changesSheet || !shared ? loadAddon(seed) : shared;
      shared = addon;
      const { ms, calls } = runOnce(op, addon);
      if (i === 0) first = calls;
      times.push(ms);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      calls: first,
      totalCalls: total(first),
      medianMs: Number.NaN,
      runs: times.length,
      error: message,
    };
  }
  return { calls: first, totalCalls: total(first), medianMs: median(times), runs };
}

/** Every operation at every size; `runsFor` gives how many runs a size gets (fewer for the big sheet). */
export function measureOperations(
  seeds: ReadonlyMap<number, WorkbookSeed>,
  runsFor: (size: number) => number,
  log: (line: string) => void,
): OperationFigures[] {
  const only = process.env.BENCH_ONLY?.split(',');
  return OPERATIONS.filter((op) => !only || only.includes(op.name)).map((op) => {
    const bySize: Record<number, SizeFigures> = {};
    for (const [size, seed] of seeds) {
      bySize[size] = measure(op, seed, runsFor(size));
      const f = bySize[size];
      log(
        `  ${op.variant ? `${op.name} (${op.variant})` : op.name} at ${size}: ${f.error ? `failed: ${f.error}` : `${f.totalCalls} calls, ${f.medianMs.toFixed(1)} ms`}`,
      );
    }
    return { name: op.name, variant: op.variant, when: op.when, bySize };
  });
}

/** Methods whose call count differs between two sizes (the goal is none). */
export function callDifferences(a: Record<string, number>, b: Record<string, number>): string[] {
  const methods = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...methods].filter((m) => (a[m] ?? 0) !== (b[m] ?? 0)).map((m) => `${m} ${a[m] ?? 0}→${b[m] ?? 0}`);
}
