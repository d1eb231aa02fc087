/**
 * Wires every exercise form on the page; the checking (exercise.ts) loads on the first
 * "Check", so a lesson does not pay for it up front. The form is components/AnswerForm.astro,
 * which drills share (drill.ts shows its verdicts with {@link showVerdict} too).
 */
import type { Verdict } from './exercise';

/** Writes a verdict into the form's feedback line (`message`, by default its own) and marks an unreadable answer invalid. */
export function showVerdict(
  input: HTMLInputElement,
  feedback: HTMLElement,
  verdict: Verdict,
  message = verdict.message,
): void {
  feedback.dataset.correct = String(verdict.correct === true);
  feedback.textContent = message;
  if (verdict.correct === null) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** Wires every exercise form: checks the answer within its tolerance and opens the working. */
export function bindExercises(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-exercise]:not([data-bound])')) {
    form.dataset.bound = 'true';
    const feedback = form.querySelector<HTMLElement>('[data-feedback]');
    const input = form.querySelector<HTMLInputElement>('input');
    const working = form.parentElement?.querySelector<HTMLDetailsElement>('details.working');
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (!feedback || !input) return;
      const { judge } = await import('./exercise');
      const tolerance = form.dataset.tolerance === undefined ? undefined : Number(form.dataset.tolerance);
      const verdict = judge(input.value, Number(form.dataset.answer), Number(form.dataset.decimals ?? 2), tolerance);
      showVerdict(input, feedback, verdict);
      if (working && verdict.correct) working.open = true;
    });
  }
}
