// npm run deploy [-- "what changed"] [--deployment <id>]: the editor add-on's versioned deployment, with clasp.
// Builds dist/, pushes it to the stand-alone project (.clasp-addon.json), makes a version, and points a
// deployment at it: a new deployment the first time, the same one (--deployment) after that.

import { spawnSync } from 'node:child_process';
import { checkProject, clasp, dryRun, fail, root } from './clasp.mjs';

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const deployment = option('--deployment') ?? process.env.FIA_DEPLOYMENT_ID;
const description =
  process.argv.slice(2).find((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--deployment') ??
  `Framework in Action ${new Date().toISOString().slice(0, 10)}`;

if (!dryRun) checkProject('addon');
// A dry run only prints the clasp commands: it neither builds nor sends anything.
const build = dryRun
  ? { status: 0 }
  : spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) fail('The add-on did not build; nothing was pushed.');
clasp('addon', ['push', '--force'], { dryRun });
const created = clasp('addon', ['create-version', description], { dryRun });
// clasp prints "Created version 7"; the dry run has no number and shows where it would go.
const version = dryRun ? '<version>' : /(\d+)/.exec(created)?.[1];
if (!version) fail(`clasp made a version but its number could not be read from: ${created.trim()}`);
if (deployment)
  clasp('addon', ['update-deployment', deployment, '-V', version, '-d', description], { dryRun });
else {
  clasp('addon', ['create-deployment', '-V', version, '-d', description], { dryRun });
  if (!dryRun)
    console.log(
      'First deployment made: keep its ID and pass it next time as  npm run deploy -- --deployment <ID>',
    );
}
if (dryRun) console.log('Dry run: the commands above were printed, not run.');
else
  console.log(
    `Version ${version} is deployed. Test it on a copy of the sheet before you point the Marketplace SDK at it.`,
  );
