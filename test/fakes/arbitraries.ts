import fc from 'fast-check';

/**
 * Strings for property tests: random code units (any unicode, controls, lone
 * surrogates) mixed with `pieces`, the fragments a given parser is most likely
 * to trip on (schemes, quotes, markers). `pieceWeight` against 3 for random units.
 */
export function nastyStringOf(pieces: readonly string[], maxLength: number, pieceWeight = 1): fc.Arbitrary<string> {
  return fc.string({
    unit: fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      { weight: pieceWeight, arbitrary: fc.constantFrom(...pieces) },
    ),
    maxLength,
  });
}
