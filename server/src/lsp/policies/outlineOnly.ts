// Which dumps get only their Outline: those over `newsLens.maxFileSizeMB`, and those whose first
// analysis the user cancelled. Their costly stages stay empty; the client says why in the status
// bar, and is told whenever a dump enters or leaves this state.

export interface OutlineOnlyDump {
  readonly uri: string;
  size(): number;
}

export interface OutlineOnlyHooks {
  maxFileSizeMB(): number;
  cancelledByUser(dump: OutlineOnlyDump): boolean;
  /** The dump entered (`message`) or left (undefined) the outline-only state. */
  changed(dump: OutlineOnlyDump, message: string | undefined): void;
}

export class OutlineOnly {
  private readonly limited = new Set<string>();

  constructor(private readonly hooks: OutlineOnlyHooks) {}

  /** Why `dump` gets only its Outline, if it does. */
  reason(dump: OutlineOnlyDump): string | undefined {
    if (this.hooks.cancelledByUser(dump)) {
      return "the analysis was cancelled: entities, dates and duplicates are off until the file is opened again; the Outline stays.";
    }
    const max = this.hooks.maxFileSizeMB();
    if (dump.size() <= max * 1024 * 1024) return undefined;
    const mb = (dump.size() / (1024 * 1024)).toFixed(0);
    return `${mb} MB is over newsLens.maxFileSizeMB (${max} MB): entities, dates and duplicates are off; the Outline stays.`;
  }

  /** Judges `dump` again (after an edit, a setting, a warm-up); tells the hooks when its state changed. */
  update(dump: OutlineOnlyDump): void {
    const message = this.reason(dump);
    if ((message !== undefined) === this.limited.has(dump.uri)) return;
    if (message) this.limited.add(dump.uri);
    else this.limited.delete(dump.uri);
    this.hooks.changed(dump, message);
  }

  forget(uri: string): void {
    this.limited.delete(uri);
  }
}
