// "Correct your course": for the weakest principles, the easiest examples that show them, with "Show in sheet".

import { levelFor, type Recommendation, type RecommendedExample } from '../../../src/core/navigator';
import { button, visuallyHidden } from '../../components/fields';
import { h } from '../../dom';

function exampleCard(
  example: RecommendedExample,
  onShow: (example: RecommendedExample) => void,
): HTMLElement {
  return h(
    'li',
    { class: 'course__example' },
    h('p', { class: 'course__name' }, example.name),
    h(
      'p',
      { class: 'course__meta' },
      [example.council, example.type ? `${example.type}` : ''].filter((t) => t !== '').join(' · '),
    ),
    h('p', { class: 'course__note' }, example.note),
    button('link-button', () => onShow(example), 'Show', visuallyHidden(` ${example.name}`), ' in sheet'),
  );
}

/** The recommendations, one section per weak principle, with the person's score for it. */
export function buildRecommendations(
  recommendations: readonly Recommendation[],
  scoreOf: (principle: number) => number | undefined,
  onShow: (example: RecommendedExample) => void,
): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'navigator-course-title' },
    h('h2', { class: 'heading', id: 'navigator-course-title' }, 'Correct your course'),
    h(
      'p',
      { class: 'hint' },
      'Councils leading the way on your weakest principles: the easiest actions first (Tweak, Tactic, Project, Strategy).',
    ),
    recommendations.map((r) => {
      const score = scoreOf(r.principle);
      return h(
        'div',
        { class: 'course__principle' },
        h('h3', { class: 'course__title' }, `${r.principle}. ${r.principleName}`),
        score === undefined
          ? null
          : h('p', { class: 'course__score' }, `Your score: ${score} – ${levelFor(score)?.name ?? ''}`),
        r.examples.length === 0
          ? h('p', {}, 'No example in the sheet shows this principle yet.')
          : h(
              'ol',
              { class: 'course__list' },
              r.examples.map((e) => exampleCard(e, onShow)),
            ),
      );
    }),
  );
}
