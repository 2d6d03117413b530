// Axis arithmetic for the statistics charts: a round maximum, so the gridlines fall on whole numbers.

/** Smallest 1, 2 or 5 × 10ⁿ that is at least `value`. */
function roundUp(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 5, 10].find((factor) => factor * magnitude >= value) ?? 10;
  return step * magnitude;
}

/** Four equal intervals from 0 to a round maximum that holds `max`: « 0, 5, 10, 15, 20 ». */
export function chartTicks(max: number, intervals = 4): number[] {
  const step = roundUp(Math.max(1, Math.ceil(max / intervals)));
  return Array.from({ length: intervals + 1 }, (_, index) => index * step);
}
