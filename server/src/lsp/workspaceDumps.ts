// The dumps of the workspace on disk (those matched by `newsLens.files`), read by the server
// itself so that Go to Symbol in Workspace and cross-file duplicates see files that are not
// open. Each file keeps only its articles and duplicate fingerprints, not its text. Only files
// inside the workspace's folders are read, whatever the patterns say (`../*`, absolute paths) and
// wherever symbolic links point; a file reached by two paths (a link, a loop of links) is read once.

import { realpath } from "node:fs/promises";
import { isAbsolute, relative } from "node:path";
import { pathToFileURL } from "node:url";
import picomatch from "picomatch";
import { glob } from "tinyglobby";
import { type CancellationToken, type DumpFingerprints, DumpSession, noopToken } from "../analysis/index.js";
import { readTextFile } from "../node/textFile.js";
import type { LayoutName } from "../vocabulary/settings.js";

export interface IndexedDump extends DumpFingerprints {
  path: string;
  /** The file it is, symbolic links resolved. */
  real: string;
}

/** Whether `path` is `folder` or inside it. */
function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return !rel.startsWith("..") && !isAbsolute(rel);
}

export interface WorkspaceScope {
  folders: string[]; // file-system paths
  patterns: string[];
  maxBytes: number;
  /** `newsLens.layout`: how the dumps' articles are found. */
  layout: LayoutName;
}

export class WorkspaceDumps {
  private readonly byPath = new Map<string, IndexedDump>();
  /** Which path indexes each file (symbolic links resolved). */
  private readonly pathOfReal = new Map<string, string>();
  private scope: WorkspaceScope = { folders: [], patterns: [], maxBytes: 0, layout: "auto" };
  private matchers: ((path: string) => boolean)[] = [];
  /** The folders, symbolic links resolved (a folder may itself be reached through one). */
  private realFolders: Promise<string[]> = Promise.resolve([]);
  private generation = 0;

  /** Which files are the workspace's dumps (for `matches` at once, for `rescan` to read). */
  setScope(scope: WorkspaceScope): void {
    this.scope = scope;
    this.matchers = scope.patterns.map((p) => picomatch(p, { dot: false }));
    this.realFolders = Promise.all(scope.folders.map((f) => realpath(f).catch(() => f)));
  }

  /** Re-reads every matching file; resolves when done, cancelled, or superseded by a newer rescan. */
  async rescan(onProgress?: (done: number, total: number) => void, token: CancellationToken = noopToken): Promise<void> {
    const generation = ++this.generation;
    const scope = this.scope;
    const found: string[] = [];
    for (const folder of scope.folders) {
      // Links are not followed: a link to / would walk the whole disk, and a loop would never end.
      const paths = await glob(scope.patterns, { cwd: folder, absolute: true, followSymbolicLinks: false, ignore: ["**/node_modules/**", "**/.git/**"] });
      found.push(...paths);
    }
    if (generation !== this.generation) return;
    this.byPath.clear();
    this.pathOfReal.clear();
    for (let i = 0; i < found.length; i++) {
      if (generation !== this.generation || token.isCancellationRequested) return;
      await this.refresh(found[i]!);
      onProgress?.(i + 1, found.length);
    }
  }

  /** Whether `path` is a dump of the workspace by the `newsLens.files` patterns. */
  matches(path: string): boolean {
    return this.scope.folders.some((folder) => isInside(folder, path) && this.matchers.some((m) => m(relative(folder, path).split("\\").join("/"))));
  }

  async refresh(path: string): Promise<void> {
    try {
      const real = await realpath(path);
      const folders = await this.realFolders;
      const owner = this.pathOfReal.get(real);
      if (!folders.some((folder) => isInside(folder, real)) || (owner !== undefined && owner !== path)) {
        this.remove(path);
        return;
      }
      const session = new DumpSession(await readTextFile(real, this.scope.maxBytes), { layout: this.scope.layout });
      if (session.notText) {
        this.remove(path);
        return;
      }
      this.byPath.set(path, { uri: pathToFileURL(path).href, path, real, articles: session.articles(), fingerprints: session.fingerprints() ?? [] });
      this.pathOfReal.set(real, path);
    } catch {
      this.remove(path); // unreadable, not a regular file, too big, or gone: not part of the index
    }
  }

  remove(path: string): void {
    const held = this.byPath.get(path);
    if (held && this.pathOfReal.get(held.real) === path) this.pathOfReal.delete(held.real);
    this.byPath.delete(path);
  }

  all(): IndexedDump[] {
    return [...this.byPath.values()];
  }
}
