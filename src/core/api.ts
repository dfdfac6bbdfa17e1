// The sidebar API: what crosses google.script.run, typed once for the server and the sidebar.
// Arguments and results are plain JSON: no Date (dates travel as ISO strings), no functions, no undefined in arrays.

import type { Catalogue } from './model';

export interface SidebarApi {
  getCatalogue(): Catalogue;
}

/** The shape of every promise-returning call the sidebar makes through google.script.run. */
export type PromisedApi = {
  [K in keyof SidebarApi]: (...args: Parameters<SidebarApi[K]>) => Promise<ReturnType<SidebarApi[K]>>;
};
