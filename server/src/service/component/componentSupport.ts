import { KindSupport } from '../kindSupport';
import { completeComponent } from './complete/completion';
import { hoverComponent } from './hover/hover';
import { documentIndex } from './model/documentIndex';
import { componentPlatform } from './model/platform';
import { componentSymbolsInSlices } from './model/symbols';
import { componentFolding, componentFoldingInSlices, componentOutline } from './navigate/outline';
import { partDefinition } from './navigate/partDefinition';
import { definitionsOf, referencesOf } from './navigate/references';
import { prepareRename, rename } from './navigate/rename';
import { symbolAt } from './navigate/symbolAt';
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
    prepare: (analysis) => componentSymbolsInSlices(analysis),
    complete: (analysis, offset) => completeComponent(analysis, offset),
    hover: (analysis, offset) => hoverComponent(analysis, offset),
    definition(analysis, offset) {
      const hit = symbolAt(analysis, offset);
      return hit ? definitionsOf(analysis, hit.symbol) : partDefinition(analysis, offset);
    },
    references(analysis, offset, includeDeclaration) {
      const hit = symbolAt(analysis, offset);
      if (!hit) return [];
      const references = referencesOf(analysis, hit.symbol);
      return includeDeclaration ? [...definitionsOf(analysis, hit.symbol), ...references] : references;
    },
    prepareRename: (analysis, offset) => prepareRename(analysis, offset),
    rename: (analysis, offset, newName) => rename(analysis, offset, newName),
    symbols: (analysis) => componentOutline(analysis),
    folding: (analysis) => componentFolding(analysis),
    foldingInSlices: (analysis, limit) => componentFoldingInSlices(analysis, limit),
    describe(analysis) {
      const platform = componentPlatform(analysis).platform;
      return platform ? { platform } : {};
    },
  };
}
