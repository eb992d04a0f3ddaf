// The entity model, loaded on first use. When it cannot be loaded, the user is told once (and the
// server log says why) and entities stay off; every later request simply finds no model.

import type { NerModel } from "../../analysis/index.js";

export function modelWithNotice(load: () => NerModel | undefined, why: () => string | undefined, tell: (message: string) => void): () => NerModel | undefined {
  let told = false;
  return () => {
    const model = load();
    if (!model && !told) {
      told = true;
      tell(`the entity model could not be loaded, so entities are off (${why() ?? "unknown error"}).`);
    }
    return model;
  };
}
