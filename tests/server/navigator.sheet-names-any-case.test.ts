// navigator.test.ts again, with getSheetByName finding a tab whatever the case of its name.
import { useVariantsForThisFile } from './addon';

useVariantsForThisFile({ sheetNameLookup: 'any-case' });
await import('./navigator.test');
