// The dumps of the workspace on disk (those matched by `newsLens.files`), read by the server
// itself so that Go to Symbol in Workspace and cross-file duplicates see files that are not
// open. Each file keeps only its articles and duplicate fingerprints, not its text.

import { readFile, stat } from "node:fs/promises";
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { type CancellationToken, type DumpFingerprints, DumpSession, noopToken } from "../analysis/index.js";
import { decodeText } from "../node/textFile.js";

export interface IndexedDump extends DumpFingerprints {
  path: string;
}

export interface WorkspaceScope {
  folders: string[]; // file-system paths
  patterns: string[];
  maxBytes: number;
}

export class WorkspaceDumps {
  private readonly byPath = new Map<string, IndexedDump>();
  private scope: WorkspaceScope = { folders: [], patterns: [], maxBytes: 0 };
  private matchers: ((path: string) => boolean)[] = [];
  private generation = 0;

  /** Which files are the workspace's dumps (for `matches` at once, for `rescan` to read). */
  setScope(scope: WorkspaceScope): void {
    this.scope = scope;
    this.matchers = scope.patterns.map((p) => picomatch(p, { dot: false }));
  }

  /** Re-reads every matching file; resolves when done, cancelled, or superseded by a newer rescan. */
  async rescan(onProgress?: (done: number, total: number) => void, token: CancellationToken = noopToken): Promise<void> {
    const generation = ++this.generation;
    const scope = this.scope;
    const found: string[] = [];
    for (const folder of scope.folders) {
      const paths = await glob(scope.patterns, { cwd: folder, absolute: true, ignore: ["**/node_modules/**", "**/.git/**"] });
      found.push(...paths);
    }
    if (generation !== this.generation) return;
    this.byPath.clear();
    for (let i = 0; i < found.length; i++) {
      if (generation !== this.generation || token.isCancellationRequested) return;
      await this.refresh(found[i]!);
      onProgress?.(i + 1, found.length);
    }
  }

  /** Whether `path` is a dump of the workspace by the `newsLens.files` patterns. */
  matches(path: string): boolean {
    return this.scope.folders.some((folder) => {
      const rel = relative(folder, path).split("\\").join("/");
      return !rel.startsWith("..") && this.matchers.some((m) => m(rel));
    });
  }

  async refresh(path: string): Promise<void> {
    try {
      const info = await stat(path);
      if (!info.isFile() || info.size > this.scope.maxBytes) {
        this.byPath.delete(path);
        return;
      }
      const { text } = decodeText(await readFile(path));
      const session = new DumpSession(text);
      if (session.notText) {
        this.byPath.delete(path);
        return;
      }
      this.byPath.set(path, { uri: pathToFileURL(path).href, path, articles: session.articles(), fingerprints: session.fingerprints() ?? [] });
    } catch {
      this.byPath.delete(path); // unreadable or gone: not part of the index
    }
  }

  remove(path: string): void {
    this.byPath.delete(path);
  }

  all(): IndexedDump[] {
    return [...this.byPath.values()];
  }
}
