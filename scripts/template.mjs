// npm run template [-- --sheet <spreadsheet ID>]: pushes the add-on to the master copy's bound project (.clasp.json).
// Councils then use the master copy's "Make a copy" link, and the bound script comes with their copy.

import { spawnSync } from 'node:child_process';
import { checkProject, clasp, dryRun, fail, root } from './clasp.mjs';

const i = process.argv.indexOf('--sheet');
const sheet = i > 0 ? process.argv[i + 1] : undefined;

if (!dryRun) checkProject('template');
// A dry run only prints the clasp commands: it neither builds nor sends anything.
const build = dryRun
  ? { status: 0 }
  : spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('The add-on did not build; nothing was pushed.');
clasp('template', ['push', '--force'], { dryRun });
console.log(
  'Pushed to the master copy. Check that its Apps Script project is named "Framework in Action" (the name the Extensions menu shows).',
);
if (sheet)
  console.log(
    `The link councils use to make their own copy: https://docs.google.com/spreadsheets/d/${sheet}/copy`,
  );
