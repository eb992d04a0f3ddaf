// Where the editor's "Export Annotations…" writes: a file format replaces the chosen file whole
// (written beside it, then renamed), and never the dump or the files its corrections come from;
// brat goes into a new folder inside the chosen one, named after the dump, so that no file
// already there is overwritten. Plain Node (no vscode): the extension calls it, the unit tests do.

import { statSync } from "node:fs";
import path from "node:path";
import { isSameFile, writeFileAtomically, writeFolderAtomically } from "../../server/src/node/safeWrite";

/** An export target that is one of the export's inputs, or otherwise unusable; the message says which. */
export class ExportRefused extends Error {}

/** Writes a one-file export to `target`; `inputs` (the dump, its annotations file, the lexicon) are refused. */
export function writeExportFile(target: string, content: string, inputs: readonly string[]): void {
  const input = inputs.find((file) => path.resolve(file) === path.resolve(target) || isSameFile(file, target));
  if (input) throw new ExportRefused(`${path.basename(target)} is ${path.basename(input)}, which the export reads: choose another file.`);
  const info = statSync(target, { throwIfNoEntry: false });
  if (info && !info.isFile()) throw new ExportRefused(`${path.basename(target)} is not a regular file: choose another file.`);
  writeFileAtomically(target, content, info ? info.mode & 0o7777 : undefined);
}

/** Writes a brat export into a new folder in `parent` named after the dump (`NAME-brat`, `NAME-brat-2`…); returns the folder. */
export function writeBratFolder(parent: string, dumpPath: string, files: readonly { path: string; content: string }[]): string {
  const base = `${path.basename(dumpPath).replace(/\.txt$/i, "")}-brat`;
  for (let n = 1; ; n++) {
    const folder = path.join(parent, n === 1 ? base : `${base}-${n}`);
    if (statSync(folder, { throwIfNoEntry: false })) continue;
    writeFolderAtomically(folder, files);
    return folder;
  }
}
