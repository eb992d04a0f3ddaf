// Long work the user can see and stop: a server-initiated `window/workDoneProgress`, cancellable,
// with a token that the core's loops poll. A client that cannot show progress sees nothing, and
// only the request's own token (if any) stops the work.

import type { Connection, CancellationToken as LspToken } from "vscode-languageserver/node";
import type { CancellationToken } from "../analysis/index.js";

export interface Progress {
  /** Set once the user cancels the progress (or the request it serves is cancelled). */
  readonly token: CancellationToken;
  /** Whether the user cancelled (not the request). */
  readonly cancelledByUser: () => boolean;
  report(percentage: number, message: string): void;
  done(): void;
}

export async function startProgress(connection: Connection, supported: boolean, title: string, request?: LspToken): Promise<Progress> {
  const reporter = supported ? await connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
  reporter?.begin(title, 0, undefined, true);
  const cancelledByUser = () => reporter?.token.isCancellationRequested === true;
  let shown = -1;
  return {
    token: {
      get isCancellationRequested() {
        return cancelledByUser() || request?.isCancellationRequested === true;
      },
    },
    cancelledByUser,
    // Only whole-percent steps forward go out: a read in 64 KB chunks would otherwise send
    // thousands, and a second pass over work mostly done elsewhere must not move the bar back.
    report(percentage, message) {
      const rounded = Math.floor(percentage);
      if (rounded <= shown) return;
      shown = rounded;
      reporter?.report(rounded, message);
    },
    done: () => reporter?.done(),
  };
}
