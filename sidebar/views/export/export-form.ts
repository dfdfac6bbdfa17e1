// The export form: format, grouping and what to include, the count before confirming, then the export itself.

import { describeQuery } from '../../../src/core/export/describe-query';
import type {
  ExportFormat,
  ExportGrouping,
  ExportOptions,
  ExportResult,
} from '../../../src/core/export/document';
import { filterExamples } from '../../../src/core/filter';
import { type App, announce } from '../../app';
import { type ErrorSummary, errorSummary } from '../../components/error-summary';
import { button, choice } from '../../components/fields';
import { h, replaceChildren } from '../../dom';
import { server, serverMessage } from '../../server';
import { plural } from '../../words';
import { copyText, downloadText, openPage } from './deliver';
import { showNotice } from './messages';

interface Choice<T extends string> {
  value: T;
  label: string;
  hint: string;
}

const FORMATS: Choice<ExportFormat>[] = [
  {
    value: 'sheet',
    label: 'A new tab in this spreadsheet',
    hint: 'With links, the resources and the principles.',
  },
  {
    value: 'csv',
    label: 'A CSV file',
    hint: 'For Excel or another spreadsheet. Downloads to your computer.',
  },
  { value: 'markdown', label: 'Markdown text', hint: 'To paste into a document, an email or a wiki.' },
  { value: 'html', label: 'A page to print or save as PDF', hint: 'Opens in a new window.' },
];

const GROUPINGS: Choice<ExportGrouping>[] = [
  { value: 'none', label: 'In the order shown', hint: '' },
  {
    value: 'principle',
    label: 'By principle',
    hint: 'An example showing two principles appears under both.',
  },
  { value: 'type', label: 'By type of action', hint: 'Easiest first: Tweak, Tactic, Project, Strategy.' },
];

const ACTIONS: Record<ExportFormat, string> = {
  sheet: 'Make the tab',
  csv: 'Download the CSV file',
  markdown: 'Make the Markdown',
  html: 'Open the printable page',
};

function radios<T extends string>(name: string, options: Choice<T>[], checked: T): HTMLElement[] {
  return options.map(
    (option) =>
      choice({
        type: 'radio',
        id: `export-${name}-${option.value}`,
        name: `export-${name}`,
        value: option.value,
        label: option.label,
        hint: option.hint,
        checked: option.value === checked,
      }).row,
  );
}

function checkbox(id: string, label: string): HTMLElement {
  return choice({ type: 'checkbox', id, label, checked: true }).row;
}

function chosen<T extends string>(form: HTMLFormElement, name: string): T {
  return (form.querySelector<HTMLInputElement>(`input[name="export-${name}"]:checked`)?.value ?? '') as T;
}

export function exportForm(app: App, section: HTMLElement): HTMLElement {
  const errors = errorSummary('export-errors');
  const count = h('p', { class: 'export-count', id: 'export-count' });
  const filter = h('p', { class: 'hint', id: 'export-filter' });
  const grouping = h(
    'fieldset',
    { class: 'fieldset', id: 'export-grouping' },
    h('legend', { class: 'legend' }, 'Order of the examples'),
    radios('grouping', GROUPINGS, 'none'),
  );
  const include = h(
    'fieldset',
    { class: 'fieldset', id: 'export-include' },
    h('legend', { class: 'legend' }, 'Also include'),
    checkbox('export-resources', 'The useful resources'),
    checkbox('export-legend', 'The nine principles, as a key'),
  );
  const submit = h('button', { class: 'button', type: 'submit' }, ACTIONS.sheet);
  const result = h('div', { id: 'export-result', hidden: true });
  const form = h(
    'form',
    { novalidate: true, 'aria-describedby': 'export-count export-filter' },
    count,
    filter,
    h(
      'fieldset',
      { class: 'fieldset' },
      h('legend', { class: 'legend' }, 'How do you want them?'),
      radios('format', FORMATS, 'sheet'),
    ),
    grouping,
    include,
    submit,
  );

  const matching = () => filterExamples(app.index, app.query);
  const options = (): ExportOptions => ({
    grouping: chosen<ExportGrouping>(form, 'grouping') || 'none',
    includeResources: form.querySelector<HTMLInputElement>('#export-resources')?.checked ?? true,
    includeLegend: form.querySelector<HTMLInputElement>('#export-legend')?.checked ?? true,
  });

  const update = () => {
    const n = matching().length;
    replaceChildren(count, h('strong', {}, `${plural(n, 'example')} will be exported`));
    replaceChildren(
      filter,
      `From the filter in Explore: ${describeQuery(app.query, n, app.catalogue.examples.length)}.`,
    );
    const format = chosen<ExportFormat>(form, 'format');
    grouping.hidden = format !== 'markdown' && format !== 'html';
    include.hidden = format === 'csv';
    submit.textContent = ACTIONS[format] ?? ACTIONS.sheet;
  };

  form.addEventListener('change', update);
  app.onChange(update, section);
  update();

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const format = chosen<ExportFormat>(form, 'format');
    if (matching().length === 0) {
      errors.show([
        {
          target: `export-format-${format}`,
          message: 'No examples match the filter in Explore. Change the filter there, then export.',
        },
      ]);
      return;
    }
    errors.hide();
    if (format === 'sheet') void exportToSheet(app, options(), submit, errors, result);
    else void exportFileNow(app, format, options(), submit, errors, result);
  });

  return h('div', {}, errors.element, form, result);
}

async function exportToSheet(
  app: App,
  options: ExportOptions,
  submit: HTMLButtonElement,
  errors: ErrorSummary,
  result: HTMLElement,
): Promise<void> {
  submit.disabled = true;
  const label = submit.textContent ?? '';
  submit.textContent = 'Making the tab…';
  try {
    const made = await server.exportExamples(app.query, 'sheet', options);
    const message = `Made the tab “${made.sheetName}” with ${plural(made.count, 'example')}. It is open in the spreadsheet now.`;
    showNotice(result, h('p', {}, message));
    announce(message);
  } catch (error) {
    errors.show([{ target: 'export-format-sheet', message: serverMessage(error) }]);
  } finally {
    submit.disabled = false;
    submit.textContent = label;
  }
}

/**
 * The file is built on the server from the sheet as it is now (not from the examples the sidebar read
 * when it opened), so an edit made in the grid a moment ago is in it.
 */
async function exportFileNow(
  app: App,
  format: Exclude<ExportFormat, 'sheet'>,
  options: ExportOptions,
  submit: HTMLButtonElement,
  errors: ErrorSummary,
  result: HTMLElement,
): Promise<void> {
  submit.disabled = true;
  const label = submit.textContent ?? '';
  submit.textContent = 'Reading the sheet…';
  let file: ExportResult;
  try {
    file = await server.exportExamples(app.query, format, options);
  } catch (error) {
    errors.show([{ target: `export-format-${format}`, message: serverMessage(error) }]);
    return;
  } finally {
    submit.disabled = false;
    submit.textContent = label;
  }
  deliverFile(format, file, result);
}

function deliverFile(format: Exclude<ExportFormat, 'sheet'>, file: ExportResult, result: HTMLElement): void {
  const content = file.content ?? '';
  const filename = file.filename ?? 'framework-in-action.txt';
  const mimeType = file.mimeType ?? 'text/plain';
  const examples = plural(file.count, 'example');
  if (format === 'csv') {
    downloadText(content, filename, mimeType);
    const message = `Downloaded ${filename} with ${examples}. Look for it in your browser's downloads.`;
    showNotice(result, h('p', {}, message));
    announce(message);
  } else if (format === 'markdown') {
    void showMarkdown(result, content, filename, mimeType, examples);
  } else {
    const blockedUrl = openPage(content);
    const message = blockedUrl
      ? `Your browser blocked the new window. Open the printable page of ${examples} with the link below.`
      : `Opened the printable page of ${examples} in a new window. Use Print there to print it or save it as a PDF.`;
    showNotice(
      result,
      h('p', {}, message),
      blockedUrl
        ? h(
            'p',
            {},
            h(
              'a',
              { href: blockedUrl, target: '_blank', rel: 'noopener noreferrer' },
              'Open the printable page (opens in a new tab)',
            ),
          )
        : '',
      h(
        'p',
        {},
        button(
          'button button--secondary',
          () => downloadText(content, filename, mimeType),
          'Download the page as a file',
        ),
      ),
    );
    announce(message);
  }
}

async function showMarkdown(
  result: HTMLElement,
  content: string,
  filename: string,
  mimeType: string,
  examples: string,
) {
  const text = h('textarea', {
    class: 'textarea export-markdown',
    id: 'export-markdown',
    rows: 8,
    readonly: true,
  });
  text.value = content;
  const status = h('p', { id: 'export-copy-status' });
  const copy = async () => {
    const copied = await copyText(content);
    if (copied) {
      status.textContent = `Copied the Markdown for ${examples}. Paste it where you need it.`;
    } else {
      text.focus();
      text.select();
      status.textContent =
        'Your browser did not let the add-on copy. The text is selected: press Ctrl+C (Cmd+C on a Mac) to copy it.';
    }
    announce(status.textContent ?? '');
  };
  showNotice(
    result,
    status,
    h('label', { class: 'label', for: 'export-markdown' }, `Markdown for ${examples}`),
    text,
    h(
      'div',
      { class: 'button-group' },
      button('button', () => void copy(), 'Copy to clipboard'),
      button(
        'button button--secondary',
        () => downloadText(content, filename, mimeType),
        'Download as a file',
      ),
    ),
  );
  await copy();
}
