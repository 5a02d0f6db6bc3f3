import { ClientCapabilities } from 'vscode-languageserver/node';
import { CompletionOptions } from '../service/languageService';

/** What the client's `initialize` says its completion lists can take (every capability absent is false). */
export function completionOptionsFrom(capabilities: ClientCapabilities): CompletionOptions {
  const completion = capabilities.textDocument?.completion;
  const item = completion?.completionItem;
  const itemDefaults = completion?.completionList?.itemDefaults;
  return {
    snippetSupport: item?.snippetSupport === true,
    insertReplaceSupport: item?.insertReplaceSupport === true,
    labelDetailsSupport: item?.labelDetailsSupport === true,
    ...(Array.isArray(itemDefaults) ? { itemDefaults: itemDefaults.filter((d): d is string => typeof d === 'string') } : {}),
  };
}
