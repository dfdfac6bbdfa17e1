// The server's entry: every export here becomes a global function in dist/Code.js (see scripts/build.mjs).

export { getCatalogue } from './catalogue';
export { onInstall, onOpen } from './menu';
export { showSidebar } from './sidebar';
