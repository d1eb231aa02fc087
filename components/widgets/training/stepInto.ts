import { stepInto, type UpdateDetail } from '../../../src/solver';
import { formatFixed, formatSig, paren } from '../../../src/words/format';
import { el, part } from '../runtime/dom';
import { bindKeys } from '../runtime/keys';
import { Stepper } from '../runtime/stepper';
import { transportHtml } from '../runtime/markup';
import { bindTransport } from '../runtime/transport';
import { createTangentPlot } from './tangentPlot';
import { SPEEDS } from '../runtime/stepper';
import type { TrainingRun } from './compute';

/** One record of the inner view: inner step n of sample i, or the final sum and update. */
type InnerRecord = { kind: 'inner'; i: number; n: number } | { kind: 'sum' };

function records(detail: UpdateDetail, M: number): InnerRecord[] {
  const out: InnerRecord[] = [];
  for (const s of detail.samples)
    for (let n = 0; n <= Math.min(M, s.inner.length - 1); n++) out.push({ kind: 'inner', i: s.i, n });
  out.push({ kind: 'sum' });
  return out;
}

/**
 * The step-into view of update k: each sample's inner iterates g(n) with the forward-mode
 * tangents dg/da, dg/db building up, then the sum into ∂T/∂θ and the θ update. It has its own
 * stepper and keys; "Step out" returns to the outer run.
 */
export function createStepInto(root: HTMLElement, onClose: () => void) {
  const box = part(root, '[data-part="step-into"]');
  const body = part(box, '[data-part="inner-body"]');
  const title = part(box, '[data-part="inner-title"]');
  const live = part(box, '[data-part="inner-live"]');
  const linearEq = box.querySelector<HTMLElement>('[data-part="inner-equation"]');
  const plotHost = part(box, '[data-part="inner-plot"]');
  // Created on first open, once the box is shown: the figure sizes its text to its rendered width.
  let drawTangents: ReturnType<typeof createTangentPlot> | null = null;
  let detail: UpdateDetail | null = null;
  let recs: InnerRecord[] = [];
  let run: TrainingRun | null = null;
  const stepper = new Stepper(1);
  const host = part(box, '[data-part="inner-transport"]');
  host.innerHTML = transportHtml(`${root.id}-inner`, 'inner step', SPEEDS, stepper.speed);
  const transport = bindTransport(host, stepper, 'inner step');
  bindKeys(box, () => stepper);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') close();
    e.stopPropagation(); // the outer widget must not step too
  });
  part(box, '[data-action="step-out"]').addEventListener('click', () => close());

  function sampleTable(d: UpdateDetail, i: number, n: number): HTMLElement {
    const s = d.samples[i];
    if (!s) return el('p');
    const head = el('tr', {}, ...['n', 'g(n)', 'dg/da', 'dg/db', 'L'].map((h) => el('th', { scope: 'col', text: h })));
    const rows = s.inner
      .slice(0, n + 1)
      .map((r) =>
        el(
          'tr',
          { class: r.n === n ? 'current-row' : undefined },
          el('td', { text: String(r.n) }),
          el('td', { text: formatFixed(r.g) }),
          el('td', { text: formatFixed(r.dg[0]) }),
          el('td', { text: formatFixed(r.dg[1]) }),
          el('td', { text: formatFixed(r.loss) }),
        ),
      );
    return el(
      'table',
      { class: 'inner-table' },
      el('caption', { text: `Sample ${i + 1}: x = ${formatFixed(s.x, 2)}, y = ${formatFixed(s.y, 2)}` }),
      el('thead', {}, head),
      el('tbody', {}, ...rows.slice(-8)),
    );
  }

  function sumTable(d: UpdateDetail): HTMLElement {
    const head = el(
      'tr',
      {},
      ...['i', 'yᵢ − h(xᵢ)', 'dh/da', 'dh/db', 'term a', 'term b'].map((h) => el('th', { scope: 'col', text: h })),
    );
    const rows = d.samples.map((s) =>
      el(
        'tr',
        {},
        ...[
          String(s.i + 1),
          formatFixed(s.residual),
          formatFixed(s.dh[0]),
          formatFixed(s.dh[1]),
          formatFixed(s.contribution[0]),
          formatFixed(s.contribution[1]),
        ].map((t) => el('td', { text: t })),
      ),
    );
    const total = el(
      'tr',
      { class: 'current-row' },
      el('th', { scope: 'row', colspan: 4, text: 'Σ = ∂T/∂θ' }),
      el('td', { text: formatFixed(d.grad[0]) }),
      el('td', { text: formatFixed(d.grad[1]) }),
    );
    return el(
      'table',
      { class: 'inner-table sum-table' },
      el('caption', { text: 'Each sample’s term −2(yᵢ − h(xᵢ))·dh/dθ, and their sum' }),
      el('thead', {}, head),
      el('tbody', {}, ...rows, total),
    );
  }

  function render(): void {
    if (!detail || !run) return;
    const r = recs[stepper.k];
    transport.sync();
    box.dataset.k = String(stepper.k);
    if (!r) return;
    if (r.kind === 'sum') {
      const [a = 0, b = 0] = detail.nextTheta;
      const beta = formatSig(run.params.beta, 3);
      const text = `Sum over the samples: ∂T/∂a = ${formatFixed(detail.grad[0])}, ∂T/∂b = ${formatFixed(detail.grad[1])}. The update gives a = ${formatFixed(detail.theta[0])} − ${beta}·${paren(formatFixed(detail.grad[0]))} = ${formatFixed(a)}${detail.clamped[0] ? ' (after the clamp a ≥ 0.5)' : ''}, b = ${formatFixed(b)}.`;
      body.replaceChildren(sumTable(detail), el('p', { class: 'inner-update', text: text }));
      plotHost.hidden = true;
      if (linearEq) linearEq.hidden = true;
      live.textContent = text;
      return;
    }
    const s = detail.samples[r.i];
    const cur = s?.inner[r.n];
    const nxt = s?.inner[r.n + 1];
    if (!s || !cur) return;
    if (linearEq) {
      linearEq.hidden = run.params.model !== 'linear' || !nxt;
      const [a = 0, b = 0] = detail.theta;
      const slots: Record<string, string> = {
        n: String(r.n),
        n1: String(r.n + 1),
        alpha: formatSig(run.params.inner.alpha, 3),
        x: paren(formatFixed(s.x, 2)),
        a: formatFixed(a),
        b: paren(formatFixed(b)),
        g: paren(formatFixed(cur.g)),
        dga: paren(formatFixed(cur.dg[0])),
        dgb: paren(formatFixed(cur.dg[1])),
        dganext: formatFixed(nxt?.dg[0]),
        dgbnext: formatFixed(nxt?.dg[1]),
      };
      for (const slot of linearEq.querySelectorAll<HTMLElement>('[data-slot]')) {
        const v = slots[slot.dataset.slot ?? ''];
        if (v !== undefined) slot.textContent = v;
      }
    }
    body.replaceChildren(sampleTable(detail, r.i, r.n));
    plotHost.hidden = false;
    drawTangents ??= createTangentPlot(plotHost);
    drawTangents(s.inner, r.n, run.params.gradient.steps ?? run.params.inner.steps);
    live.textContent = `Sample ${r.i + 1}, inner step ${r.n}: g = ${formatSig(cur.g, 4)}, dg/da = ${formatSig(cur.dg[0], 4)}, dg/db = ${formatSig(cur.dg[1], 4)}.`;
  }
  stepper.onChange(render);

  function open(trainingRun: TrainingRun, k: number): void {
    run = trainingRun;
    const last = trainingRun.result.history.length - 1;
    detail = stepInto(trainingRun.params, trainingRun.result, Math.min(k, last));
    recs = records(detail, trainingRun.params.gradient.steps ?? trainingRun.params.inner.steps);
    title.textContent = `Inside update ${detail.k}: θ = (${formatFixed(detail.theta[0])}, ${formatFixed(detail.theta[1])})`;
    box.hidden = false;
    stepper.reset(recs.length, 0);
    box.focus();
  }
  function close(): void {
    box.hidden = true;
    stepper.pause();
    onClose();
  }
  return { open, close, isOpen: () => !box.hidden, stepper };
}
