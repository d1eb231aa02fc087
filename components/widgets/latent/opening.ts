import { opening, type Opening } from '../runtime/opening';
import type { ShellProps } from '../runtime/widget';
import { computeTraining } from '../training/compute';
import { trainingFigures } from '../training/opening';
import { latentBadge, latentRun, latentText, trainingValues } from './compute';
import { latentTable } from './table';

/** The latent explorer's opening state: the data panel under θ(k), as the live widget draws it. */
export function latentOpening(props: ShellProps): Opening {
  return opening(latentTable, props, {
    compute: (v) => latentRun(computeTraining(trainingValues(v)), v),
    count: (run) => run.training.result.history.length,
    text: (run, k) => latentText(run, k),
    badge: (_run, k) => latentBadge(k),
    figures: (run, k) => ({ plot: trainingFigures(run.training, k).plot ?? '' }),
  });
}
