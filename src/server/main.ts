// The server's entry: every export here becomes a global function in dist/Code.js (see scripts/build.mjs).

export { addExample } from './add-example';
export { getCatalogue } from './catalogue';
export { saveExploreState } from './explore-state';
export { exportExamples } from './export';
export { insertExamples } from './insert-examples';
export { onInstall, onOpen } from './menu';
export { getNavigator, saveNavigator, saveNavigatorDraft } from './navigator';
export { deleteView, listSavedViews, renameView, saveView } from './saved-views';
export { selectExample } from './select-example';
export { getCatalogueIfChanged } from './sheet-changes';
export { applySheetFilter, clearSheetFilter } from './sheet-filter';
export { showNavigator, showSidebar } from './sidebar';
export { checkExamples, checkExamplesFromMenu, onEdit, selectProblemCell } from './validation-marks';
