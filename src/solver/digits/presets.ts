/**
 * The settings the course uses everywhere for the digits (lessons, widgets, tests, bench):
 * α = 0.005 sits at about half of 1/λ_max for the class means (λ_max ≈ 103), N = 20 inner steps,
 * Adam with β = 0.01 for 100 updates, starting from the class means.
 */
export const DIGITS_PRESET = { alpha: 0.005, steps: 20, rate: 0.01, updates: 100 } as const;
