// Clients that cannot pull diagnostics (Neovim before 0.10, …) get them pushed once edits settle.

export class PushDiagnostics {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(
    /** Whether the client needs pushes at all. */
    private readonly needed: () => boolean,
    private readonly push: (uri: string) => Promise<void>,
    private readonly delayMs = 300,
  ) {}

  schedule(uri: string): void {
    if (!this.needed()) return;
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.push(uri);
      }, this.delayMs),
    );
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}
