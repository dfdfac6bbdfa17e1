// Compile-time proof that the server's entry provides every sidebar API function with the same types.
// Nothing imports this file, so it is type-checked but never bundled.

import type { SidebarApi } from '../core/api';
import type * as entry from './main';

type Missing = Exclude<keyof SidebarApi, keyof typeof entry>;
type Mismatched = {
  [K in keyof SidebarApi]: (typeof entry)[K] extends SidebarApi[K] ? never : K;
}[keyof SidebarApi];

export const serverProvidesSidebarApi: [Missing, Mismatched] extends [never, never]
  ? true
  : [Missing, Mismatched] = true;
