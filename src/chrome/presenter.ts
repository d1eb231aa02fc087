import { milestones } from '../../components/widgets/runtime/milestones';
import { fitAndReveal, fitHeight, fitTicks, inView, keepFitted } from '../../components/widgets/drawing/projector';
import type { ObjectiveRequest } from '../../components/widgets/runtime/spec';

/**
 * Presenter mode for a lesson: one section at a time at projector size. Clicker keys
 * (PageDown/PageUp, →/←, Space) move the section's widget through the milestones of its run
 * (runtime/milestones.ts: a long training run in at most 8 presses), then to the next section;
 * Home/End jump to the first/last milestone; Esc leaves. Sections are the lesson's `h2` blocks
 * (plus the title block first).
 */

const NEXT = new Set(['PageDown', 'ArrowRight', ' ']);
const PREV = new Set(['PageUp', 'ArrowLeft']);

/** The milestone after k (or the last), for the clicker's "next". */
export function nextMilestone(marks: readonly number[], k: number): number | null {
  return marks.find((m) => m > k) ?? null;
}

/** The milestone before k, for the clicker's "previous". */
export function previousMilestone(marks: readonly number[], k: number): number | null {
  return [...marks].reverse().find((m) => m < k) ?? null;
}

/**
 * Groups an article's children into slides: everything before the first h2, then each h2 and what
 * follows it. A prediction is a question slide of its own, so the class answers before the reveal.
 */
export function slidesOf(article: HTMLElement): HTMLElement[][] {
  const slides: HTMLElement[][] = [[]];
  for (const child of Array.from(article.children) as HTMLElement[]) {
    const question = child.dataset.prediction !== undefined;
    if ((child.tagName === 'H2' || question) && (slides.at(-1)?.length ?? 0) > 0) slides.push([]);
    slides.at(-1)?.push(child);
    if (question) slides.push([]);
  }
  return slides.filter((s) => s.length > 0);
}

/** The prediction a slide asks, if it is a question slide. */
const questionOf = (slide: HTMLElement[]) => (slide[0]?.dataset.prediction !== undefined ? slide[0] : undefined);

export interface Presenter {
  readonly active: boolean;
  readonly index: number;
  readonly count: number;
  enter(): void;
  leave(): void;
  go(index: number): void;
}

/** Creates the presenter for `article`; `onChange` hears every enter, leave and slide change. */
export function createPresenter(article: HTMLElement, onChange: (p: Presenter) => void): Presenter {
  const slides = slidesOf(article);
  let active = false;
  let index = 0;
  /** Whether the clicker has already brought this slide's widget onto the screen. */
  let revealed = false;
  /** Stops refitting the previous slide's widget as its content changes. */
  let stopFitting = () => {};

  const widgetIn = (slide: HTMLElement[]) =>
    slide
      .flatMap((el) => [el, ...el.querySelectorAll<HTMLElement>('*')])
      .find((el) => el.dataset.widget && el.dataset.count);

  const show = () => {
    slides.forEach((slide, i) => slide.forEach((el) => el.classList.toggle('off-slide', active && i !== index)));
    revealed = false;
    // A question slide opens asking: its reveal stays hidden (even if this reader answered before) until a press.
    const question = questionOf(slides[index] ?? []);
    article.querySelectorAll<HTMLElement>('[data-asking]').forEach((q) => delete q.dataset.asking);
    if (active && question) question.dataset.asking = 'true';
    fitTicks(article, active);
    const widget = active ? widgetIn(slides[index] ?? []) : undefined;
    if (widget) marksOf(widget);
    stopFitting();
    stopFitting = widget ? keepFitted(widget) : () => {};
    if (!active) article.querySelectorAll<HTMLElement>('[data-widget]').forEach((w) => fitHeight(w, false));
    onChange(presenter);
  };

  /**
   * The milestones of the slide's widget, from its current run's objective (asked each time: the
   * run changes when a parameter does). Also written to `data-milestones` for tests and styles.
   */
  const marksOf = (widget: HTMLElement): number[] => {
    let marks = Array.from({ length: Number(widget.dataset.count) }, (_, k) => k);
    const reply: ObjectiveRequest['reply'] = (count, objective) => (marks = milestones(count, objective));
    widget.dispatchEvent(new CustomEvent<ObjectiveRequest>('unrolled:objective', { detail: { reply } }));
    widget.dataset.milestones = marks.join(' ');
    return marks;
  };

  /** Moves the slide's widget to record k, bringing its figure, equation and badge onto the screen. */
  const seek = (widget: HTMLElement, k: number) => {
    widget.dispatchEvent(new CustomEvent('unrolled:seek', { detail: { k } }));
    fitAndReveal(widget);
  };

  /** Moves the slide's widget to its next (previous) milestone if it has one; otherwise changes slide. */
  const advance = (delta: 1 | -1) => {
    const question = questionOf(slides[index] ?? []);
    if (question?.dataset.asking && delta > 0) {
      // The press after the question is the reveal: the prediction opens (as a skip, nothing kept).
      delete question.dataset.asking;
      question.dispatchEvent(new CustomEvent('unrolled:reveal'));
      question.querySelector('[data-reveal]')?.scrollIntoView({ block: 'start' });
      return;
    }
    const widget = widgetIn(slides[index] ?? []);
    if (widget && delta > 0 && !revealed && !inView(widget)) {
      // The first press shows the widget as it opens (caption, figure, equation, badge).
      revealed = true;
      return fitAndReveal(widget);
    }
    if (widget) {
      const k = Number(widget.dataset.k);
      const target = delta > 0 ? nextMilestone(marksOf(widget), k) : previousMilestone(marksOf(widget), k);
      if (target !== null) return seek(widget, target);
    }
    presenter.go(index + delta);
  };

  /** Home / End: the first / last milestone of the slide's widget; false if the slide has none. */
  const jump = (end: boolean): boolean => {
    const widget = widgetIn(slides[index] ?? []);
    if (!widget) return false;
    const marks = marksOf(widget);
    seek(widget, (end ? marks.at(-1) : marks[0]) ?? 0);
    return true;
  };

  const onKey = (event: KeyboardEvent) => {
    if (!active || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, select, textarea')) return;
    if (event.key === 'Escape') presenter.leave();
    else if (NEXT.has(event.key) && !(event.key === ' ' && target.closest('button, summary'))) advance(1);
    else if (PREV.has(event.key)) advance(-1);
    else if (!((event.key === 'Home' || event.key === 'End') && jump(event.key === 'End'))) return;
    // Captured before the widget's own keys, so one press is one step.
    event.preventDefault();
    event.stopPropagation();
  };
  document.addEventListener('keydown', onKey, true);

  const presenter: Presenter = {
    get active() {
      return active;
    },
    get index() {
      return index;
    },
    get count() {
      return slides.length;
    },
    enter() {
      active = true;
      document.documentElement.classList.add('presenting');
      document.documentElement.requestFullscreen?.().catch(() => {
        /* full screen needs a user gesture or is not allowed here: the layout still changes */
      });
      show();
      scrollTo(0, 0);
    },
    leave() {
      active = false;
      document.documentElement.classList.remove('presenting');
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      show();
      slides[index]?.[0]?.scrollIntoView({ block: 'start' });
    },
    go(i) {
      index = Math.max(0, Math.min(slides.length - 1, i));
      show();
      scrollTo(0, 0);
    },
  };
  addEventListener('resize', () => fitTicks(article, active));
  document.addEventListener('fullscreenchange', () => {
    if (!document.fullscreenElement && active) presenter.leave();
  });
  return presenter;
}
