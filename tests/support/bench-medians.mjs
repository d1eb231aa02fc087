// Prints the median of each solver benchmark against its target, from Vitest's JSON output.
import { readFileSync } from 'node:fs';

const TARGETS = [
  [/forward gradient/, 2],
  [/reverse gradient/, 4],
  [/landscape/, 30],
];
const report = JSON.parse(readFileSync(process.argv[2] ?? 'tests/.output/bench.json', 'utf8'));
console.log('\nMedian times (one core):');
let epoch;
for (const file of report.files) {
  for (const group of file.groups) {
    for (const b of group.benchmarks) {
      const target = TARGETS.find(([re]) => re.test(b.name))?.[1];
      const verdict =
        target === undefined
          ? ''
          : b.median <= target
            ? `  (target ≤ ${target} ms: met)`
            : `  (target ≤ ${target} ms: MISSED)`;
      console.log(`  ${b.name}: ${b.median.toFixed(2)} ms${verdict}`);
      if (/^digits-epoch fast/.test(b.name)) epoch = b.median;
    }
  }
}
// One digits training update (fast path, forward + backward), the line issue 16 asks for.
if (epoch !== undefined) console.log(`digits-epoch-ms ${epoch.toFixed(3)}`);
