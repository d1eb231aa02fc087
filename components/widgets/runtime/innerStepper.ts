import { part } from './dom';
import { bindKeys } from './keys';
import { transportHtml } from './markup';
import { SPEEDS, Stepper } from './stepper';
import { bindTransport, type Transport } from './transport';

/**
 * The stepper of a step-into view inside widget `root`: its own transport (counting `unit`s) and
 * keys in `box`, and its `close`: Esc and "Step out" close it, which stops the view's computation
 * (`on.abort`), hides the box, pauses its stepper and tells the widget (`on.closed`). The view's
 * keys never step the outer widget.
 */
export function bindInnerStepper(
  root: HTMLElement,
  box: HTMLElement,
  unit: string,
  on: { abort(): void; closed(): void },
): { stepper: Stepper; transport: Transport; close: () => void } {
  const stepper = new Stepper(1);
  const close = () => {
    on.abort();
    box.hidden = true;
    stepper.pause();
    on.closed();
  };
  const host = part(box, '[data-part="inner-transport"]');
  host.innerHTML = transportHtml(`${root.id}-inner`, unit, SPEEDS, stepper.speed);
  const transport = bindTransport(host, stepper, unit);
  bindKeys(box, () => stepper);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    e.stopPropagation(); // the outer widget must not step too
  });
  part(box, '[data-action="step-out"]').addEventListener('click', () => close());
  return { stepper, transport, close };
}
