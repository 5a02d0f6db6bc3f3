import { KindSupport } from '../kindSupport';
import { documentIndex } from './model/documentIndex';
import { componentPlatform } from './model/platform';
import { explainedSyntaxErrors } from './validate/general';
import { validateComponent } from './validate/validateComponent';

/** Component documents (AWSTOE YAML): the whole language, from the facts in `facts/`. */
export function componentSupport(): KindSupport {
  return {
    validate: (analysis) => validateComponent(analysis),
    filterSyntax(analysis, errors) {
      const explained = explainedSyntaxErrors(documentIndex(analysis), analysis.parsed.text, errors);
      return explained.size === 0 ? errors : errors.filter((e) => !explained.has(e));
    },
    complete: () => undefined,
    hover: () => undefined,
    describe(analysis) {
      const platform = componentPlatform(analysis).platform;
      return platform ? { platform } : {};
    },
  };
}
