// Go to Symbol in Workspace: the headlines of every dump, open ones from the editor's text and
// the others from the server's own index of the workspace.

import { SymbolKind, type WorkspaceSymbol } from "vscode-languageserver";
import type { Article } from "../../analysis/index.js";
import { articleDetail, symbolName } from "./documentSymbols.js";

export interface DumpHeadlines {
  uri: string;
  articles: readonly Article[];
}

const LIMIT = 2000;

export function workspaceSymbols(dumps: Iterable<DumpHeadlines>, query: string): WorkspaceSymbol[] {
  const q = query.toLowerCase().replace(/\s+/g, "");
  const out: WorkspaceSymbol[] = [];
  for (const dump of dumps) {
    for (const article of dump.articles) {
      if (!fuzzyContains(article.headline.toLowerCase(), q)) continue;
      out.push({
        name: symbolName(article.headline),
        kind: SymbolKind.Module,
        containerName: articleDetail(article),
        location: { uri: dump.uri, range: article.headlineRange },
      });
      if (out.length >= LIMIT) return out;
    }
  }
  return out;
}

/** The query's characters appear in order in the text (as VS Code's own filter expects). */
function fuzzyContains(text: string, query: string): boolean {
  let j = 0;
  for (let i = 0; i < text.length && j < query.length; i++) if (text[i] === query[j]) j++;
  return j === query.length;
}
