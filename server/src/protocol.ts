// The News Lens protocol between the extension's client and the language server, beside LSP:
// the `newsLens/*` requests and notifications with their parameters and results, the items the
// views show, and the commands the server names in code actions and hovers. Both sides import it;
// it holds no code of either.

import { type DocumentSymbol, type Location, NotificationType, type Position, type Range, RequestType } from "vscode-languageserver-protocol";
import type { Correction, EntityType, ExportedFile, ExportFormat } from "./analysis/index.js";
import type { CorrectionType } from "./vocabulary/entityTypes.js";

export type { Correction };

/** A document, and optionally one of its articles (the views' scope). */
export interface ViewParams {
  uri: string;
  article?: number;
}

/** A row of the Entities view: one entity with its aliases and mentions. */
export interface EntityItem {
  type: EntityType;
  name: string;
  aliases: string[];
  count: number;
  articles: number[];
  mentions: Location[];
}

/** A row of the News Timeline: one dated mention, with the sentence it comes from. */
export interface TimelineItem {
  value: string;
  label: string;
  text: string;
  sentence: string;
  article: number;
  headline: string;
  location: Location;
}

/** A group of duplicates ("News Lens: Show Duplicates"). */
export interface DuplicateItem {
  kind: string;
  similarity?: number;
  copies: { headline: string; location: Location }[];
}

export const requests = {
  /** People, organisations and places of a dump (or one article), by mention count. */
  entities: new RequestType<ViewParams, EntityItem[], void>("newsLens/entities"),
  /** Dated mentions of a dump (or one article), in calendar order. */
  timeline: new RequestType<ViewParams, TimelineItem[], void>("newsLens/timeline"),
  /** The duplicate groups of a dump. */
  duplicates: new RequestType<ViewParams, DuplicateItem[], void>("newsLens/duplicates"),
  /** Which article holds a line (null: none). */
  articleAt: new RequestType<{ uri: string; line: number }, number | null, void>("newsLens/articleAt"),
  /** The entity mention under a position, for the correction commands. */
  entityAt: new RequestType<{ uri: string; position: Position }, { range: Range; text: string } | null, void>("newsLens/entityAt"),
  /** The correction to record for a range; the client writes it to the annotations file. */
  makeCorrection: new RequestType<{ uri: string; range: Range; type: CorrectionType; scope: "mention" | "all" }, Correction | null, void>(
    "newsLens/makeCorrection",
  ),
  /** The dump's annotations in an ML format; the client writes the files where the user chose. */
  export: new RequestType<{ uri: string; format: ExportFormat; dates: boolean }, ExportedFile[], void>("newsLens/export"),
  /** Whether a plain-text document looks like a dump (its first 64 KB). */
  looksLikeDump: new RequestType<{ text: string }, boolean, void>("newsLens/looksLikeDump"),
  /** Answered at once: the client's liveness check (a server that is running but does not answer this is hung). */
  alive: new RequestType<null, true, void>("newsLens/alive"),
  /** A file over 50 MB, which VS Code keeps from extensions, read by the server: its Outline (null: not a dump). */
  openLargeFile: new RequestType<{ uri: string }, DocumentSymbol[] | null, void>("newsLens/openLargeFile"),
} as const;

export const notifications = {
  /** The client closed the last tab of a file the server read from disk. */
  closeLargeFile: new NotificationType<{ uri: string }>("newsLens/closeLargeFile"),
  /** Server → client: whether a dump gets only its Outline, and why (the status bar says it). */
  sizeLimit: new NotificationType<{ uri: string; limited: boolean; message: string }>("newsLens/sizeLimit"),
  /** Server → client, once per document: the editor seems to have decoded it with the wrong encoding (why, in `message`). */
  misdecoded: new NotificationType<{ uri: string; message: string }>("newsLens/misdecoded"),
} as const;

/** Commands the server puts in code actions and hovers; the client registers them. */
export const commands = {
  /** Arguments: uri, range. */
  revealLocation: "newsLens.revealLocation",
  /** Arguments: uri, range, correction type, text. */
  correctEntity: "newsLens.correctEntity",
} as const;
