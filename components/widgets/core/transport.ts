import { el } from './dom';
import { icon } from './icons';
import { SPEEDS, type Stepper } from './stepper';

/** The step buttons, speed and scrubber of a widget, all driven by one stepper. */
export interface Transport {
  element: HTMLElement;
  /** Updates the labels and scrubber to the stepper's state. */
  sync(): void;
}

const button = (action: string, label: string) =>
  el(
    'button',
    { type: 'button', class: 'tbtn', 'data-action': action, 'aria-label': label, title: label },
    icon(action),
  );

/**
 * Reset, back, play/pause, forward, end, a speed choice and a native range scrubber labelled
 * "step n of N". `unit` names what a step is ("step", "update").
 */
export function buildTransport(id: string, stepper: Stepper, unit = 'step'): Transport {
  const play = button('play', 'Play');
  const buttons = [
    button('reset', `Reset to ${unit} 0`),
    button('back', `Previous ${unit}`),
    play,
    button('forward', `Next ${unit}`),
    button('end', `Jump to the last ${unit}`),
  ];
  const scrubId = `${id}-scrub`;
  const scrubLabel = el('label', { for: scrubId, class: 'scrub-label' });
  const scrub = el('input', {
    id: scrubId,
    type: 'range',
    min: 0,
    step: 1,
    class: 'scrubber',
    'data-role': 'scrubber',
  });
  const speedId = `${id}-speed`;
  const speed = el('select', { id: speedId, class: 'speed' });
  for (const s of SPEEDS) speed.append(el('option', { value: s, selected: s === stepper.speed, text: `${s}/s` }));

  const actions: Record<string, () => void> = {
    reset: () => stepper.seek(0),
    back: () => stepper.step(-1),
    play: () => stepper.toggle(),
    forward: () => stepper.step(1),
    end: () => stepper.seek(stepper.last),
  };
  for (const b of buttons) b.addEventListener('click', () => actions[b.dataset.action ?? '']?.());
  scrub.addEventListener('input', () => stepper.seek(Number(scrub.value)));
  speed.addEventListener('change', () => stepper.setSpeed(Number(speed.value)));

  const element = el(
    'div',
    { class: 'transport', role: 'group', 'aria-label': 'Step controls' },
    el('div', { class: 'tbuttons' }, ...buttons),
    el('div', { class: 'scrub' }, scrubLabel, scrub),
    el('div', { class: 'speedbox' }, el('label', { for: speedId, text: 'Speed' }), speed),
  );
  const sync = () => {
    const label = `${unit} ${stepper.k} of ${stepper.last}`;
    scrubLabel.textContent = label.charAt(0).toUpperCase() + label.slice(1);
    scrub.max = String(stepper.last);
    scrub.value = String(stepper.k);
    scrub.setAttribute('aria-valuetext', label);
    const playing = stepper.playing;
    play.replaceChildren(icon(playing ? 'pause' : 'play'));
    play.setAttribute('aria-label', playing ? 'Pause' : 'Play');
    play.title = playing ? 'Pause' : 'Play';
    play.setAttribute('aria-pressed', String(playing));
  };
  sync();
  return { element, sync };
}
