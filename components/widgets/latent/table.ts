import { GHOST_SPEC, type ParamTable } from '../runtime/params';

/** The latent explorer's parameters: the latent y to generate from, and the training it follows. */
export const latentTable: ParamTable = [
  { name: 'y', kind: 'number', label: 'Latent y', default: 1, min: -3, max: 3, step: 0.05 },
  { name: 'N', kind: 'number', label: 'Inner steps N', default: 20, min: 1, max: 200, step: 1, integer: true },
  { name: 'epochs', kind: 'number', label: 'Updates K', default: 2500, min: 1, max: 5000, step: 1, integer: true },
  { name: 'a0', kind: 'number', label: 'Start a₀', default: 2.7, min: 0.5, max: 4, step: 0.1 },
  { name: 'b0', kind: 'number', label: 'Start b₀', default: 0, min: -8, max: 4, step: 0.1 },
  GHOST_SPEC,
];
