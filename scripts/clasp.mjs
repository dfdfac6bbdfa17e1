// Runs clasp on one named project file, refusing a file still holding the placeholder script ID.

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
export const PLACEHOLDER = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** The three Apps Script projects this repo pushes to, each with its own clasp project file. */
export const PROJECTS = {
  template: { file: '.clasp.json', what: "the master copy's bound project (the template councils copy)" },
  addon: { file: '.clasp-addon.json', what: 'the stand-alone editor add-on project' },
  live: { file: '.clasp-live.json', what: "the scratch copy's bound project (the live check)" },
};

export function scriptIdOf(project) {
  return JSON.parse(readFileSync(`${root}${PROJECTS[project].file}`, 'utf8')).scriptId;
}

/** Stops with a plain sentence when a project file still has the placeholder, or points at the template's project. */
export function checkProject(project) {
  const { file, what } = PROJECTS[project];
  const id = scriptIdOf(project);
  if (!id || id === PLACEHOLDER)
    fail(
      `${file} has no script ID yet. Put the script ID of ${what} in it (README, "Deploying"), then run this again.`,
    );
  if (project !== 'template' && id === scriptIdOf('template'))
    fail(
      `${file} holds the same script ID as .clasp.json, the master copy. Use ${what} instead, so the master copy is never overwritten.`,
    );
}

export function fail(sentence) {
  console.error(sentence);
  process.exit(1);
}

/**
 * `clasp -P <file> ...args`, printing the command first; with --dry-run only printed. Returns clasp's output.
 * The project file is always named, so no command here can fall back to .clasp.json by accident.
 */
export function clasp(project, args, { dryRun = false } = {}) {
  const command = ['clasp', '-P', PROJECTS[project].file, ...args];
  console.log(`$ ${command.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  if (dryRun) return '';
  const result = spawnSync('npx', command, {
    cwd: root,
    encoding: 'utf8',
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  process.stdout.write(result.stdout ?? '');
  if (result.status !== 0) fail(`clasp stopped (exit ${result.status}); nothing after this step was run.`);
  return result.stdout ?? '';
}

export const dryRun = process.argv.includes('--dry-run');
