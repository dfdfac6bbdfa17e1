// sheet-filter.test.ts again, with getHiddenValues() not echoing what was set (blanks dropped, repeats merged, sorted).
// The add-on knows its own filter without comparing hidden values (issue 11), so every case passes here too.
import { useVariantsForThisFile } from './addon';

useVariantsForThisFile({ hiddenValues: 'as-shown' });
await import('./sheet-filter.test');
