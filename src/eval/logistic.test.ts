import { describe, expect, it } from "vitest";
import { fitLogistic, linear, sigmoid } from "./logistic.js";

const options = { l2: 1e-3, steps: 2000, rate: 0.5 };

describe("learning tie weights by logistic regression", () => {
  it("separates a toy set that one feature separates, and ignores a noise feature", () => {
    const rows = [
      [0, 5],
      [1, 3],
      [2, 4],
      [8, 5],
      [9, 3],
      [10, 4],
    ];
    const targets = [0, 0, 0, 1, 1, 1];
    const model = fitLogistic(rows, targets, options);
    const predicted = rows.map((row) => (sigmoid(linear(model, row)) >= 0.5 ? 1 : 0));
    expect(predicted).toEqual(targets);
    expect(model.weights[0]!).toBeGreaterThan(0);
    expect(Math.abs(model.weights[1]!)).toBeLessThan(model.weights[0]!);
  });

  it("returns weights in the features' own units, whatever their scale", () => {
    const rows = [[0], [100], [200], [800], [900], [1000]];
    const model = fitLogistic(rows, [0, 0, 0, 1, 1, 1], options);
    expect(sigmoid(linear(model, [950]))).toBeGreaterThan(0.9);
    expect(sigmoid(linear(model, [50]))).toBeLessThan(0.1);
  });

  it("shrinks the weights more under a stronger penalty", () => {
    const rows = [[0], [1], [2], [3]];
    const weak = fitLogistic(rows, [0, 0, 1, 1], options);
    const strong = fitLogistic(rows, [0, 0, 1, 1], { ...options, l2: 1 });
    expect(strong.weights[0]!).toBeLessThan(weak.weights[0]!);
    expect(strong.weights[0]!).toBeGreaterThan(0);
  });

  it("gives a constant feature no weight", () => {
    const model = fitLogistic(
      [
        [0, 1],
        [3, 1],
      ],
      [0, 1],
      options,
    );
    expect(model.weights[1]).toBe(0);
  });
});
