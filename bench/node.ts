// Service calls by method and median time in Node for every operation, on workbooks of each size.

import type { WorkbookSeed } from '../apps-script-standin/index';
import { type LoadedAddon, loadAddon } from '../tests/server/addon';
import { OPERATIONS, type Operation } from './operations';

export interface SizeFigures {
  /** Service calls by method on the first run, from a freshly loaded add-on. */
  calls: Record<string, number>;
  totalCalls: number;
  /** Calls on value objects (rich text, text styles, builders) by method, on the first run. */
  valueCalls: Record<string, number>;
  totalValueCalls: number;
  medianMs: number;
  /** CPU time of this process per run (median): less moved by other work on a shared machine than wall time. */
  medianCpuMs: number;
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

interface Run {
  ms: number;
  cpuMs: number;
  calls: Record<string, number>;
  valueCalls: Record<string, number>;
  result: unknown;
}

/** One run: prepare (not counted), reset the counters, time the call. */
function runOnce(op: Operation, addon: LoadedAddon): Run {
  const prepared = op.prepare?.(addon);
  addon.standIn.calls.reset();
  addon.standIn.valueCalls.reset();
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = op.run(addon, prepared);
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    calls: addon.standIn.calls.byMethod(),
    valueCalls: addon.standIn.valueCalls.byMethod(),
    result,
  };
}

function measure(op: Operation, seed: WorkbookSeed, examples: number, runs: number): SizeFigures {
  let shared: LoadedAddon | null = null;
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let first: Run | null = null;
  let error: string | undefined;
  try {
    for (let i = 0; i < runs; i++) {
      const addon: LoadedAddon = op.changesSheet || !shared ? loadAddon(seed) : shared;
      shared = addon;
      const run = runOnce(op, addon);
      if (!first) {
        first = run;
        const wrong = op.check?.(run.result, examples);
        if (wrong) throw new Error(wrong);
      }
      times.push(run.ms);
      cpuTimes.push(run.cpuMs);
    }
  } catch (thrown) {
    error = thrown instanceof Error ? thrown.message : String(thrown);
  }
  const calls = first?.calls ?? {};
  const valueCalls = first?.valueCalls ?? {};
  return {
    calls,
    totalCalls: total(calls),
    valueCalls,
    totalValueCalls: total(valueCalls),
    medianMs: error ? Number.NaN : median(times),
    medianCpuMs: error ? Number.NaN : median(cpuTimes),
    runs: times.length,
    ...(error ? { error } : {}),
  };
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
      bySize[size] = measure(op, seed, size, runsFor(size));
      const f = bySize[size];
      log(
        `  ${op.variant ? `${op.name} (${op.variant})` : op.name} at ${size}: ${f.error ? `failed: ${f.error}` : `${f.totalCalls} calls, ${f.totalValueCalls} value calls, ${f.medianMs.toFixed(1)} ms (CPU ${f.medianCpuMs.toFixed(1)} ms)`}`,
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
