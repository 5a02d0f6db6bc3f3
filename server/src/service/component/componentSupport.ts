import { KindSupport } from '../kindSupport';

/**
 * Component documents (AWSTOE YAML). Placeholder until the component language lands: syntax errors
 * only (reported by the facade), no other features.
 */
export function componentSupport(): KindSupport {
  return {
    validate: () => [],
    complete: () => undefined,
    hover: () => undefined,
  };
}
