/**
 * Logistic regression for the training scripts (train-summarizer.ts, train-ties.ts), by hand (no
 * dependency): L2 penalty, features standardised so that one penalty fits all of them, full-batch
 * gradient descent, and the weights returned in the features' own units so that scoring needs no
 * standardising.
 */

export interface Logistic {
  bias: number;
  weights: number[];
}

export interface FitOptions {
  l2: number;
  steps: number;
  rate: number;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function linear(model: Logistic, row: number[]): number {
  return row.reduce((z, value, k) => z + model.weights[k]! * value, model.bias);
}

/** Each feature's mean and standard deviation over the rows. */
export function moments(
  rows: number[][],
  width = rows[0]?.length ?? 0,
): { mean: number[]; std: number[] } {
  const columns = Array.from({ length: width }, (_, k) => rows.map((row) => row[k]!));
  const mean = columns.map((column) => column.reduce((a, b) => a + b, 0) / rows.length);
  const std = columns.map((column, k) => {
    const variance = column.reduce((sum, value) => sum + (value - mean[k]!) ** 2, 0) / rows.length;
    // A constant feature stays at 0 after centring; its weight is then 0 too.
    return Math.sqrt(variance) || 1;
  });
  return { mean, std };
}

export function fitLogistic(rows: number[][], targets: number[], options: FitOptions): Logistic {
  const width = rows[0]?.length ?? 0;
  const { mean, std } = moments(rows, width);
  const x = rows.map((row) => row.map((value, k) => (value - mean[k]!) / std[k]!));
  const w = new Array<number>(width).fill(0);
  let b = 0;
  for (let step = 0; step < options.steps; step++) {
    const grad = w.map((weight) => options.l2 * weight);
    let gradB = 0;
    x.forEach((row, i) => {
      const error = sigmoid(linear({ bias: b, weights: w }, row)) - targets[i]!;
      gradB += error / x.length;
      for (let k = 0; k < width; k++) grad[k]! += (error * row[k]!) / x.length;
    });
    b -= options.rate * gradB;
    for (let k = 0; k < width; k++) w[k]! -= options.rate * grad[k]!;
  }
  const weights = w.map((weight, k) => weight / std[k]!);
  const bias = w.reduce((sum, weight, k) => sum - (weight * mean[k]!) / std[k]!, b);
  return { bias, weights };
}
