/** Least-squares fit of resources = base + perAgency·agencies + perApplication·applications. */

/** Solves the 3×3 normal equations of the least-squares fit (Cramer's rule). */
export function fit(samples: ReadonlyArray<[number, number, number]>): {
  base: number;
  perAgency: number;
  perApplication: number;
} {
  const s = { n: 0, a: 0, b: 0, aa: 0, ab: 0, bb: 0, y: 0, ay: 0, by: 0 };
  for (const [a, b, y] of samples) {
    s.n++;
    s.a += a;
    s.b += b;
    s.aa += a * a;
    s.ab += a * b;
    s.bb += b * b;
    s.y += y;
    s.ay += a * y;
    s.by += b * y;
  }
  const det3 = (m: number[][]) =>
    m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) -
    m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0]) +
    m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  const M = [
    [s.n, s.a, s.b],
    [s.a, s.aa, s.ab],
    [s.b, s.ab, s.bb],
  ];
  const rhs = [s.y, s.ay, s.by];
  const d = det3(M);
  if (Math.abs(d) < 1e-9) throw new Error("calibration samples do not determine the fit");
  const col = (k: number) => det3(M.map((row, i) => row.map((v, j) => (j === k ? rhs[i] : v))));
  return { base: col(0) / d, perAgency: col(1) / d, perApplication: col(2) / d };
}
