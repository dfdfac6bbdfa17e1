// Reading 10,000 rows in core, against a plain copy of the same grid, measured side by side in one run.

import type { WorkbookSeed } from '../apps-script-standin/index';
import type { Workbook } from '../src/core/model';
import { readCatalogue } from '../src/core/read-workbook';
import { median } from './node';

export interface CoreReadFigures {
  examples: number;
  readMs: number;
  plainCopyMs: number;
  ratio: number;
  runs: number;
}

/**
 * The plain copy is what moving the same grid as plain data costs: a JSON round trip of every cell, as
 * google.script.run does to a result. Runs alternate, so a busy machine slows both alike.
 */
export function measureCoreRead(seed: WorkbookSeed, examples: number, runs = 7): CoreReadFigures {
  const workbook: Workbook = seed.sheets.map((s) => ({ name: s.name, values: s.values }));
  const reads: number[] = [];
  const copies: number[] = [];
  readCatalogue(workbook); // warm up, so both sides run compiled code
  JSON.parse(JSON.stringify(workbook));
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    const catalogue = readCatalogue(workbook);
    reads.push(performance.now() - start);
    if (catalogue.examples.length !== examples)
      throw new Error(`core read ${catalogue.examples.length} examples, not ${examples}`);
    start = performance.now();
    JSON.parse(JSON.stringify(workbook));
    copies.push(performance.now() - start);
  }
  const readMs = median(reads);
  const plainCopyMs = median(copies);
  return { examples, readMs, plainCopyMs, ratio: readMs / plainCopyMs, runs };
}
