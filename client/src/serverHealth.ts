// Keeping the language server alive: a liveness check that notices a server that is running but
// no longer answering (a loop, a stall), which the client library never does (its process is
// alive), and a restart policy that backs off when the server keeps crashing but never gives up
// for good (the library's default stops after five crashes in three minutes, until VS Code is
// restarted). Plain Node (no vscode): the extension wires them, the tests drive them.

/** How the server is asked whether it answers, and what is done when it does not. */
export interface LivenessHooks {
  /** A request the server answers at once when its event loop is free. */
  ping(): Promise<unknown>;
  /** Whether the server is up (no ping while it starts, stops or restarts). */
  running(): boolean;
  /** The server has not answered a ping for `timeoutMs`. */
  hung(): void;
}

export class LivenessCheck {
  private readonly timer: NodeJS.Timeout;
  /** When the unanswered ping was sent, if one is. */
  private pending: number | undefined;
  private told = false;

  constructor(
    private readonly hooks: LivenessHooks,
    readonly intervalMs = 20_000,
    readonly timeoutMs = 60_000,
  ) {
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  private check(): void {
    if (!this.hooks.running()) {
      this.pending = undefined;
      this.told = false;
      return;
    }
    if (this.pending === undefined) {
      const sent = Date.now();
      this.pending = sent;
      this.told = false;
      // An answer, or a failure (a server that is stopping): either way it is not hung.
      void this.hooks.ping().then(
        () => this.answered(sent),
        () => this.answered(sent),
      );
    } else if (!this.told && Date.now() - this.pending >= this.timeoutMs) {
      this.told = true;
      this.hooks.hung();
    }
  }

  private answered(sent: number): void {
    if (this.pending === sent) this.pending = undefined;
  }

  dispose(): void {
    clearInterval(this.timer);
  }
}

/** What to do once the server's connection closed: start it again after `delayMs`, telling the user `message` if any. */
export interface Restart {
  delayMs: number;
  message?: string;
}

/**
 * When to restart a server that stopped: at once, unless it keeps stopping soon after it starts;
 * then, after `quickRestarts` such stops, with waits that double from `firstWaitMs` up to
 * `longestWaitMs`, telling the user each time. A run of `healthyMs` without a stop starts afresh.
 */
export class RestartPolicy {
  private startedAt = 0;
  private streak = 0;

  constructor(
    private readonly quickRestarts = 5,
    private readonly healthyMs = 3 * 60_000,
    private readonly firstWaitMs = 10_000,
    private readonly longestWaitMs = 5 * 60_000,
  ) {}

  /** The server is up (again) at `now`. */
  started(now: number): void {
    this.startedAt = now;
  }

  /** The server's connection closed at `now`. */
  closed(now: number): Restart {
    this.streak = now - this.startedAt < this.healthyMs ? this.streak + 1 : 1;
    const over = this.streak - this.quickRestarts;
    if (over <= 0) return { delayMs: 0 };
    const delayMs = Math.min(this.longestWaitMs, this.firstWaitMs * 2 ** (over - 1));
    const wait = delayMs >= 60_000 ? `${Math.round(delayMs / 60_000)} min` : `${Math.round(delayMs / 1000)} s`;
    return {
      delayMs,
      message: `the language server stopped ${this.streak} times in a row soon after starting; it will be started again in ${wait} (the News Lens output says why it stopped).`,
    };
  }
}
