// Files over 50 MB, which VS Code keeps from extensions: no didOpen reaches the server, so the
// client asks for them (`newsLens/openLargeFile`) when such a file is the active tab, and the
// server reads it from disk, read-only, under a cancellable progress, then keeps it like an open
// dump until the client says its last tab closed (`newsLens/closeLargeFile`) or the editor
// hands the same file over after all.

import { fileURLToPath } from "node:url";
import type { CancellationToken } from "vscode-languageserver/node";
import { LSPErrorCodes, ResponseError } from "vscode-languageserver/node";
import { isDumpFile, readText } from "../../node/textFile.js";
import type { OpenDump } from "../documents.js";
import type { Progress } from "../progress.js";

export interface LargeFileHooks {
  /** Resolves once settings and the workspace's patterns are known. */
  ready: Promise<void>;
  /** Whether `newsLens.files` names the file, and whether plain text that looks like a dump counts. */
  named(path: string): boolean;
  autoDetect(): boolean;
  progress(title: string, token: CancellationToken): Promise<Progress>;
  isOpen(uri: string): boolean;
  open(uri: string, text: string): OpenDump;
  close(uri: string): void;
}

export class LargeFiles {
  private readonly fromDisk = new Set<string>();

  constructor(private readonly hooks: LargeFileHooks) {}

  /** Reads the file at `uri` from disk and opens it as a dump; null when it is not one or the editor has it. */
  async open(uri: string, token: CancellationToken): Promise<OpenDump | null> {
    const hooks = this.hooks;
    const path = uri.startsWith("file:") ? fileURLToPath(uri) : undefined;
    await hooks.ready;
    const failed = (e: Error): never => {
      throw new ResponseError(LSPErrorCodes.RequestFailed, `cannot read ${fileName(uri)}: ${e.message}`);
    };
    if (!path || !(await isDumpFile(path, hooks.named(path), hooks.autoDetect()).catch(failed))) return null;
    // The progress lasts until the articles are found too (a few seconds for 50 MB).
    const progress = await hooks.progress(`News Lens: reading ${fileName(uri)}`, token);
    try {
      const text = await readText(path, progress).catch(failed);
      if (text === undefined) throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
      if (hooks.isOpen(uri) && !this.fromDisk.has(uri)) return null; // the editor handed it over meanwhile
      if (this.fromDisk.has(uri)) hooks.close(uri); // read again: the new text replaces the old
      const dump = hooks.open(uri, text);
      this.fromDisk.add(uri);
      return dump;
    } finally {
      progress.done();
    }
  }

  /** The client closed the file's last tab, or the editor now hands it over: the copy read from disk goes. */
  release(uri: string): void {
    if (this.fromDisk.delete(uri)) this.hooks.close(uri);
  }
}

export function fileName(uri: string): string {
  return decodeURIComponent(uri.split("/").pop() ?? uri);
}
