/**
 * Test tiers, as rust-analyzer keeps slow tests behind a flag. `npm run test:unit` (and `npm test`, what
 * CI runs) runs everything; `npm run test:fast`, a developer's loop, sets IB_TEST_TIER=fast, and the
 * tests given `SLOW` (long property suites: fuzzed edits, every prefix, adversarial regular-expression
 * inputs, megabyte inputs) are reported as skipped.
 */
export const SLOW: { readonly skip: string | false } = {
  skip: process.env.IB_TEST_TIER === 'fast' ? 'slow: npm run test:unit runs it' : false,
};
