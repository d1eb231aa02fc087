/** The research behind the toy (issue 18): roots against N, the explosion map, rough losses. */
export { factorClass, fitResidual, onEdge, rootDiagram, truncatedFitRoots } from './roots.ts';
export type { FactorClass, FitRoot, RootsParams } from './roots.ts';
export { LAND_A, LAND_T, landing, landingParams } from './landing.ts';
export type { Landing, LandingOptions } from './landing.ts';
export { explosionMap, MAP_OBSERVATION, tangent, tangentClosedForm } from './explode.ts';
export type { MapCell, MapParams, Observation } from './explode.ts';
export { extremaCount, lossCurveOverA, roughness, ROUGH_DEFAULTS } from './rough.ts';
export type { RoughParams } from './rough.ts';
export { gapMultiple, implicitLimit, MAX_LIMIT_STEPS, neumannFactor } from './neumann.ts';
export type { ImplicitLimit, ImplicitLimitParams, ImplicitLimitStep, MethodValues } from './neumann.ts';
export { bitsLostPerStep, MAX_REWIND_STEPS, memoryValues, rewind, startIsLost, startLostAfter } from './rewind.ts';
export type { Rewind, RewindParams, RewindStep } from './rewind.ts';
export { MAX_TAPE_STEPS, MAX_TAPE_UPDATES, nestedTape, sweepGap, tapeAt } from './tape.ts';
export type { Tape, TapeParams, TapePhase, TapeRecord, TapeSample } from './tape.ts';
