// npm run live-check: builds dist-live/ and pushes it, with clasp, to the project bound to a scratch copy (.clasp-live.json).

import { spawnSync } from 'node:child_process';
import { checkProject, clasp, dryRun, fail, root } from './clasp.mjs';

if (!dryRun) checkProject('live');
// A dry run only prints the clasp commands: it neither builds nor sends anything.
const build = dryRun
  ? { status: 0 }
  : spawnSync(process.execPath, ['scripts/build-live-check.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('The live check did not build; nothing was pushed.');
clasp('live', ['push', '--force'], { dryRun });
console.log(
  'Pushed. In the scratch copy open Extensions > Apps Script, choose runLiveCheck, press Run, and read the table in the Execution log (README, "Live check").',
);
