// The preview's HTTP API in Node: google.script.run round trips, errors as messages, limits, and the saved workbook.

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../preview/http';
import { type Preview, startPreview } from '../../preview/server';
import { failureMessage } from '../../preview/session';

function post(preview: Preview, path: string, body: unknown): Promise<Response> {
  return fetch(new URL(path, preview.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function run(
  preview: Preview,
  name: string,
  ...args: unknown[]
): Promise<{ result?: unknown; error?: string }> {
  return (await post(preview, '/api/run', { name, args })).json();
}

describe('the preview server', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, statePath: null });
  });
  afterAll(() => preview.close());

  it('runs a server function with JSON arguments and returns its JSON result', async () => {
    const { result } = await run(preview, 'getCatalogue');
    expect((result as { examples: unknown[] }).examples).toHaveLength(53);
  });

  it('returns a stand-in service failure as the message Apps Script shows, and keeps serving', async () => {
    preview.standIn.failNext(
      'Range.getValues',
      new Error('Service Spreadsheets failed while accessing document.'),
    );
    expect(await run(preview, 'getCatalogue')).toEqual({
      error: 'Exception: Service Spreadsheets failed while accessing document.',
    });
    expect((await run(preview, 'getCatalogue')).error).toBeUndefined();
  });

  it('names an error the script throws itself by its kind, as Apps Script does', () => {
    expect(failureMessage(runInNewContext('new TypeError("Cannot read properties of undefined")'))).toBe(
      'TypeError: Cannot read properties of undefined',
    );
  });

  it('says a function does not exist, and will not call one whose name ends in "_" (private in Apps Script)', async () => {
    expect(await run(preview, 'noSuchFunction')).toEqual({
      error: 'Script function not found: noSuchFunction',
    });
    expect(await run(preview, 'constructor')).toEqual({ error: 'Script function not found: constructor' });
  });

  it('answers 404 for a path it does not serve', async () => {
    expect((await fetch(new URL('/etc/passwd', preview.url))).status).toBe(404);
    expect((await fetch(new URL('/sidebar/99', preview.url))).status).toBe(404);
  });

  it('refuses a body larger than the limit with 413', async () => {
    const response = await post(preview, '/api/run', {
      name: 'getCatalogue',
      args: ['x'.repeat(MAX_BODY_BYTES)],
    });
    expect(response.status).toBe(413);
  });

  it('refuses a body that is not JSON, so a form on another site cannot post to it', async () => {
    const response = await fetch(new URL('/api/run', preview.url), {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=getCatalogue',
    });
    expect(response.status).toBe(415);
    expect((await post(preview, '/api/run', '{"name":')).status).toBe(400);
  });

  it('refuses a request addressed to another host name (DNS rebinding)', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        new URL('/api/version', preview.url),
        { headers: { Host: 'attacker.example' } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });

  it('serves the sidebar the add-on showed from the frame origin, with google.script defined before its own script', async () => {
    await post(preview, '/api/menu', { functionName: 'showSidebar' });
    const path = `/sidebar/${preview.standIn.ui.sidebars.length - 1}`;
    const response = await fetch(new URL(path, preview.frameOrigin));
    const html = await response.text();
    expect(html.indexOf('google')).toBeLessThan(html.indexOf('initial-data'));
    expect(html).toContain(`data-page-origin="${new URL(preview.url).origin}"`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain(`frame-ancestors ${new URL(preview.url).origin}`);
  });

  it('serves the page and the add-on’s frames on two host names, each only its own paths', async () => {
    expect(new URL(preview.url).hostname).toBe('localhost');
    expect(new URL(preview.frameOrigin).hostname).toBe('127.0.0.1');
    await post(preview, '/api/menu', { functionName: 'showSidebar' });
    const path = `/sidebar/${preview.standIn.ui.sidebars.length - 1}`;
    expect((await fetch(new URL(path, preview.url))).status).toBe(404);
    expect((await fetch(new URL('/api/workbook', preview.frameOrigin))).status).toBe(404);
    const run = await fetch(new URL('/api/run', preview.frameOrigin), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'getCatalogue', args: [] }),
    });
    expect(run.status).toBe(404);
    const page = await fetch(new URL('/', preview.url));
    expect(page.headers.get('content-security-policy')).toContain(`frame-src ${preview.frameOrigin}`);
  });

  it('sends a visit to the frame origin’s root on to the page', async () => {
    const response = await fetch(new URL('/', preview.frameOrigin), { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe(preview.url);
  });

  it('makes a person’s edit in the workbook', async () => {
    await post(preview, '/api/edit', { sheet: 'Key', a1: 'C1', text: 'A note of my own' });
    const key = preview.standIn.snapshot().sheets.find((s) => s.name === 'Key');
    expect(key?.values[0][2]).toBe('A note of my own');
  });
});

describe('a person’s edit in the preview', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview({ port: 0, statePath: null });
  });
  afterAll(() => preview.close());

  it('says which tab is missing when the edit names none that exists', async () => {
    const response = await post(preview, '/api/edit', { sheet: 'Nowhere', a1: 'A1', text: 'x' });
    expect(await response.json()).toEqual({ error: 'No sheet named "Nowhere" to edit.' });
  });

  it('keeps the edit when onEdit fails, and says the trigger failed', async () => {
    preview.standIn.failNext('Range.getValues', new Error('Service Spreadsheets timed out.'));
    const response = await post(preview, '/api/edit', {
      sheet: 'Framework in Action',
      a1: 'B90',
      text: 'Kept',
    });
    expect(await response.json()).toEqual({
      error: 'The edit was made, but onEdit failed: Exception: Service Spreadsheets timed out.',
    });
    expect(preview.standIn.snapshot().sheets[0].values[89][1]).toBe('Kept');
  });
});

describe('the preview’s saved workbook', () => {
  const folder = mkdtempSync(`${tmpdir()}/preview-state-`);
  const statePath = `${folder}/workbook.json`;
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('is written after a change and read back on the next start', async () => {
    const first = await startPreview({ port: 0, statePath });
    await post(first, '/api/edit', { sheet: 'Key', a1: 'C1', text: 'Kept between runs' });
    await first.close();
    expect(JSON.parse(readFileSync(statePath, 'utf8')).sheets[2].values[0][2]).toBe('Kept between runs');
    const second = await startPreview({ port: 0, statePath });
    expect(second.standIn.snapshot().sheets[2].values[0][2]).toBe('Kept between runs');
    await second.close();
  });

  it('is set aside, not written over, when it cannot be read', async () => {
    writeFileSync(statePath, '{"sheets": [');
    const lines: string[] = [];
    const preview = await startPreview({ port: 0, statePath, log: (line) => lines.push(line) });
    expect(readFileSync(`${statePath}.unreadable`, 'utf8')).toBe('{"sheets": [');
    expect(lines.join('\n')).toContain('Starting again from data/');
    expect(preview.standIn.snapshot().sheets).toHaveLength(3);
    await preview.close();
  });

  it('is set aside by fresh: the workbook starts again from data/', async () => {
    const fresh = await startPreview({ port: 0, statePath, fresh: true });
    expect(fresh.standIn.snapshot().sheets[2].values[0]?.[2] ?? '').toBe('');
    await fresh.close();
  });
});
