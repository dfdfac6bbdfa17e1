// The Relationships Navigator view: take your coordinates, plot them, read your bearing, correct your course.

import {
  type Assessment,
  LEVELS,
  type NavigatorDraft,
  type NavigatorState,
  type Recommendation,
  recommendations,
  type TeamSummary,
  teamSummary,
  validateAnswers,
} from '../../src/core/navigator';
import { PRINCIPLES } from '../../src/core/principles';
import { type App, announce } from '../app';
import { h, replaceChildren } from '../dom';
import { saveSequence } from '../save-sequence';
import { server, serverMessage } from '../server';
import { buildCompass } from './navigator/compass';
import { buildForm } from './navigator/form';
import { buildRecommendations } from './navigator/recommendations';

/** How long typing pauses before the draft is saved. */
const DRAFT_DELAY_MS = 800;

interface Plotted {
  assessment: Assessment;
  previous: Assessment | null;
  team: TeamSummary | null;
  recommendations: Recommendation[];
}

export function mountNavigator(root: HTMLElement, app: App): void {
  const results = h('div');
  const draftNotice = h('p', { class: 'notice navigator-notice', role: 'status', hidden: true });
  let draftTimer: ReturnType<typeof setTimeout> | undefined;
  /** Every assessment the view knows of, oldest first: the team's average is computed from it. */
  let history: readonly Assessment[] = [];

  const saveDraft = (draft: NavigatorDraft) => {
    clearTimeout(draftTimer);
    draftTimer = setTimeout(() => {
      server
        .saveNavigatorDraft(draft, saveSequence())
        .then((saved) => showNotice(saved.message))
        .catch((error) => showNotice(serverMessage(error)));
    }, DRAFT_DELAY_MS);
  };
  const showNotice = (message: string) => {
    draftNotice.textContent = message;
    draftNotice.hidden = message === '';
  };

  const form = buildForm(PRINCIPLES, LEVELS, {
    onChange: saveDraft,
    onSubmit: (draft) => {
      const problems = validateAnswers(draft);
      if (problems.length > 0) {
        form.showProblems(problems);
        return;
      }
      clearTimeout(draftTimer);
      form.clearProblems();
      form.setBusy(true);
      announce('Plotting your coordinates…');
      server
        .saveNavigator(draft, saveSequence())
        .then((result) => {
          showNotice('');
          history = [...history, result.assessment];
          // The server's figure counts anyone who plotted since the view opened; the view's own history is the fallback.
          showResults({ ...result, team: result.team ?? teamSummary(history) }, true);
          announce(`Plotted on the “${result.sheetName}” tab.`);
        })
        .catch((error) => form.showProblems([], serverMessage(error)))
        .finally(() => form.setBusy(false));
    },
  });

  const showInSheet = (id: string) => {
    server
      .selectExample(id)
      .then((result) => announce(result.message))
      .catch((error) => announce(serverMessage(error)));
  };

  const showResults = (plotted: Plotted, moveFocus: boolean) => {
    const { assessment } = plotted;
    const heading = h(
      'h2',
      { class: 'heading', id: 'navigator-bearing-title', tabindex: -1 },
      'Your bearing',
    );
    replaceChildren(
      results,
      h(
        'section',
        { 'aria-labelledby': 'navigator-bearing-title' },
        heading,
        buildCompass(PRINCIPLES, assessment, plotted.previous, plotted.team),
      ),
      buildRecommendations(
        plotted.recommendations,
        (principle) => assessment.scores.find((s) => s.principle === principle)?.score,
        (example) => showInSheet(example.id),
      ),
    );
    if (moveFocus) {
      heading.focus();
      heading.scrollIntoView({ block: 'start' });
    }
  };

  const start = (state: NavigatorState) => {
    history = state.history;
    if (state.current) {
      showResults(
        {
          assessment: state.current,
          previous: state.previous,
          team: teamSummary(history),
          recommendations: recommendations(app.catalogue.examples, state.current.weakest),
        },
        false,
      );
    }
    if (state.draft && !form.touched()) {
      form.fill(state.draft);
      showNotice('Your draft answers are back where you left them.');
    }
  };

  replaceChildren(
    root,
    h('h1', { id: 'navigator-title', class: 'title' }, 'Relationships Navigator'),
    h(
      'p',
      { class: 'navigator-intro' },
      'See how closely your work follows the nine principles: take your coordinates, plot them, read your bearing by the brightness of your North Star, then correct your course with help from councils leading the way.',
    ),
    results,
    form.element,
    draftNotice,
  );

  if (app.page.navigator) start(app.page.navigator);
  else
    server
      .getNavigator()
      .then(start)
      .catch((error) => showNotice(`Your earlier answers could not be loaded: ${serverMessage(error)}`));
}
