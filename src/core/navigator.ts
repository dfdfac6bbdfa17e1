// The Relationships Navigator's rules in one place: scale, scoring, team view, recommendations, the tab's layout.

import type { Assessment } from './navigator/assessment';
import type { NavigatorDraft } from './navigator/draft';
import type { Recommendation } from './navigator/recommend';
import type { ScaleLevel } from './navigator/scale';
import type { TeamSummary } from './navigator/team';
import type { Principle } from './principles';

export * from './navigator/assessment';
export * from './navigator/draft';
export * from './navigator/history';
export * from './navigator/recommend';
export * from './navigator/scale';
export * from './navigator/tab-layout';
export * from './navigator/team';

/** What getNavigator returns: everything the Navigator view needs to start, plain JSON. */
export interface NavigatorState {
  principles: Principle[];
  levels: ScaleLevel[];
  /** The most recent assessment in the history; null before the first. */
  current: Assessment | null;
  /** The assessment before the current one by the same respondent (drawn dashed); null if none. */
  previous: Assessment | null;
  /** Every assessment, oldest first. */
  history: Assessment[];
  /** Each principle's average and spread once two or more people have assessed; null before. */
  team: TeamSummary | null;
  /** The person's unsent answers, as last saved; null when there is none. */
  draft: NavigatorDraft | null;
}

/** What saveNavigator returns. */
export interface NavigatorResult {
  assessment: Assessment;
  previous: Assessment | null;
  team: TeamSummary | null;
  sheetName: string;
  recommendations: Recommendation[];
}

export interface DraftSaved {
  saved: boolean;
  /** Empty unless the draft had to be shortened to fit (see fitDraft). */
  message: string;
}
