// What the user is told, once per document, when an opened document cannot be read as a dump:
// text the editor decoded with the wrong encoding (a Windows-1252 or UTF-16 file opened as UTF-8
// is full of U+FFFD), which the client offers to reopen with the right encoding; or binary data,
// for which features offer nothing.

import { fileName } from "./largeFiles.js";

export interface TextNoticeHooks {
  /** The editor's text of `uri` looks decoded with the wrong encoding; `message` says why. */
  misdecoded(uri: string, message: string): void;
  /** `uri` is not text at all; `message` says why. */
  notText(uri: string, message: string): void;
}

export interface NoticedDump {
  readonly uri: string;
  /** Why the text looks decoded with the wrong encoding, if it does. */
  readonly misdecoded: string | undefined;
  readonly session: { readonly notText: string | undefined };
}

export class TextNotices {
  private readonly told = new Set<string>();

  constructor(private readonly hooks: TextNoticeHooks) {}

  opened(dump: NoticedDump): void {
    const name = fileName(dump.uri);
    const misdecoded = dump.misdecoded;
    const notText = dump.session.notText;
    if ((!misdecoded && !notText) || this.told.has(dump.uri)) return;
    this.told.add(dump.uri);
    // Misdecoded text may also pass for binary (U+FFFD everywhere): reopening it is the remedy.
    if (misdecoded) this.hooks.misdecoded(dump.uri, `${name}: ${misdecoded}.`);
    else this.hooks.notText(dump.uri, `${name} is ${notText}.`);
  }
}
