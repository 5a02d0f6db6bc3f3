import { KindSupport } from '../kindSupport';
import { completeComponent } from './complete/completion';
import { hoverComponent } from './hover/hover';
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
    complete: (analysis, offset) => completeComponent(analysis, offset),
    hover: (analysis, offset) => hoverComponent(analysis, offset),
    describe(analysis) {
      const platform = componentPlatform(analysis).platform;
      return platform ? { platform } : {};
    },
  };
}
