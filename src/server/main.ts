// The server's entry: every export here becomes a global function in dist/Code.js (see scripts/build.mjs).

export { getCatalogue } from './catalogue';
export { saveExploreState } from './explore-state';
export { insertExamples } from './insert-examples';
export { onInstall, onOpen } from './menu';
export { getNavigator, saveNavigator, saveNavigatorDraft, showNavigator } from './navigator';
export { selectExample } from './select-example';
export { applySheetFilter, clearSheetFilter } from './sheet-filter';
export { showSidebar } from './sidebar';
export { exportExamples } from './export';
export { deleteView, listSavedViews, renameView, saveView } from './saved-views';
export { addExample } from './add-example';
export { checkExamples, checkExamplesFromMenu, onEdit, selectProblemCell } from './validation-marks';
