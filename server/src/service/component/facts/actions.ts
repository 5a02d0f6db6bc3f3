/**
 * The table of AWSTOE action modules: every value a step's `action` may take, with the shape and
 * keys of its `inputs` and the fields of its `outputs`.
 *
 * Source of the facts: the AWSTOE action-module reference of the EC2 Image Builder user guide
 * (names, inputs, defaults, platforms in the headings of its current edition), cross-checked
 * against the `ComponentAction` enum of the AWS CDK Image Builder module (the same 30 names) and
 * against the real-world corpus (see test/component/facts.test.ts). Descriptions are our own words.
 */
import { EXECUTION_ACTIONS } from './actions/execution';
import { FILE_PROPERTY_ACTIONS } from './actions/fileProperties';
import { FILE_ACTIONS } from './actions/files';
import { SYSTEM_ACTIONS } from './actions/system';
import { TRANSFER_ACTIONS } from './actions/transfer';
import { ActionFact } from './types';

/** Every action module, in the order of the reference (by category). */
export const ACTIONS: readonly ActionFact[] = [
  ...EXECUTION_ACTIONS,
  ...TRANSFER_ACTIONS,
  ...FILE_ACTIONS,
  ...FILE_PROPERTY_ACTIONS,
  ...SYSTEM_ACTIONS,
];
