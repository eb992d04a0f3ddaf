// The Outline and folding providers, registered so that the editor can be made to ask again.
// LSP has no "symbols changed" request: an editor asks for a document's symbols and folding
// ranges again when the text changes or when the provider is registered anew. A change of
// `newsLens.layout` re-segments open dumps without an edit, so where the client lets providers be
// registered at run time, they are, and a layout change registers them again; a client that
// cannot gets them statically (its Outline follows at the next edit).

import { type Connection, type Disposable, DocumentSymbolRequest, FoldingRangeRequest, type InitializeParams } from "vscode-languageserver/node";

export class OutlineProviders {
  private registrations: Promise<Disposable[]> | undefined;

  constructor(private readonly connection: Connection) {}

  /** Whether the client registers both providers at run time (then `initialize` must not announce them). */
  dynamic = false;

  initialize(params: InitializeParams): void {
    const text = params.capabilities.textDocument;
    this.dynamic = text?.documentSymbol?.dynamicRegistration === true && text?.foldingRange?.dynamicRegistration === true;
  }

  /** Registers the providers (at `initialized`), or registers them anew so that the editor asks again. */
  async register(): Promise<void> {
    if (!this.dynamic) return;
    const previous = this.registrations;
    this.registrations = (async () => {
      for (const registration of (await previous) ?? []) registration.dispose();
      return Promise.all([
        this.connection.client.register(DocumentSymbolRequest.type, { documentSelector: null, label: "News Lens" }),
        this.connection.client.register(FoldingRangeRequest.type, { documentSelector: null }),
      ]);
    })().catch((e: unknown) => {
      this.connection.console.error(`registering the Outline failed: ${(e as Error).message ?? e}`);
      return [];
    });
    await this.registrations;
  }
}
