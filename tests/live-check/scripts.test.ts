// The deploy and live-check scripts name their own clasp project, so neither can push over the master copy.
import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function dryRun(script: string, ...args: string[]): string[] {
  const out = execFileSync(process.execPath, [`scripts/${script}`, '--dry-run', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\n').filter((line) => line.startsWith('$ '));
}

describe('npm run deploy', () => {
  it('pushes to the stand-alone project, makes a version and a new deployment of it', () => {
    expect(dryRun('deploy.mjs', 'Fix the filter')).toEqual([
      '$ clasp -P .clasp-addon.json push --force',
      '$ clasp -P .clasp-addon.json create-version "Fix the filter"',
      '$ clasp -P .clasp-addon.json create-deployment -V <version> -d "Fix the filter"',
    ]);
  });

  it('moves an existing deployment to the new version when given its ID', () => {
    const commands = dryRun('deploy.mjs', 'Fix the filter', '--deployment', 'AKfy123');
    expect(commands.at(-1)).toBe(
      '$ clasp -P .clasp-addon.json update-deployment AKfy123 -V <version> -d "Fix the filter"',
    );
  });

  it('refuses, in plain words, while .clasp-addon.json has no script ID', () => {
    const result = spawnSync(process.execPath, ['scripts/deploy.mjs'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^\.clasp-addon\.json has no script ID yet\. Put the script ID of the stand-alone/,
    );
  });
});

describe('npm run live-check', () => {
  it('pushes dist-live/ to the scratch copy’s project and nothing else', () => {
    expect(dryRun('live-check.mjs')).toEqual(['$ clasp -P .clasp-live.json push --force']);
  });
});

describe('npm run template', () => {
  it('pushes to the master copy’s bound project', () => {
    expect(dryRun('template.mjs')).toEqual(['$ clasp -P .clasp.json push --force']);
  });
});
