// The custom part of the protocol between this extension and the Image Builder language server.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageclient';

/** Where the server's decision about a document's kind came from. */
export type KindSource = 'content' | 'schema' | 'comment' | 'setting' | 'file-name' | 'override' | 'none';

export interface DocumentKindParams {
  uri: string;
}

export interface DocumentKindResult {
  /** Kind id such as `component-document` or `create-infrastructure-configuration`; null: not an Image Builder file. */
  kind: string | null;
  title: string | null;
  /** For component documents: Linux, Windows or macOS. */
  platform?: string;
  source: KindSource;
}

export interface SetDocumentKindParams {
  uri: string;
  /** null: back to automatic detection. */
  kind: string | null;
}

export interface KindInfo {
  kind: string;
  title: string;
}

export const DocumentKindRequest = new RequestType<DocumentKindParams, DocumentKindResult, void>('imagebuilder/documentKind');
export const SetDocumentKindNotification = new NotificationType<SetDocumentKindParams>('imagebuilder/setDocumentKind');
export const ListKindsRequest = new RequestType0<KindInfo[], void>('imagebuilder/listKinds');
