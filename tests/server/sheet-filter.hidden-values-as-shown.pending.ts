// sheet-filter.test.ts again, with getHiddenValues() not echoing what was set (blanks dropped, repeats merged, sorted).
// Pending: four of its cases fail until the add-on recognises its own filter without comparing hidden values
// (issue 11). Rename this file to end in .test.ts once that fix is merged, so vitest runs it.
import { useVariantsForThisFile } from './addon';

useVariantsForThisFile({ hiddenValues: 'as-shown' });
await import('./sheet-filter.test');
