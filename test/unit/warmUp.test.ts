// The warm-up of a big dump collects its garbage once done (where the runtime exposes gc), and not
// when it was stopped. The workers' script is not built here: the articles are tagged in-thread.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { OpenDump } from "../../server/src/lsp/documents.js";
import { WARM_UP_MIN_CHARS, WarmUps } from "../../server/src/lsp/policies/warmUp.js";
import type { Progress } from "../../server/src/lsp/progress.js";

const fixtures = join(__dirname, "..", "fixtures", "layouts");
const article = readFileSync(join(fixtures, "dashes-headers.txt"), "utf8");

function bigDump(): OpenDump {
  let text = "";
  for (let i = 0; text.length < WARM_UP_MIN_CHARS; i++) text += `${article.replace(/^/, `Copy ${i} `)}\n`;
  return new OpenDump("file:///big.txt", 1, text);
}

async function warmUp(stopAfterStage: boolean): Promise<{ collections: number; stages: string[] }> {
  let collections = 0;
  const stages: string[] = [];
  const saved = (globalThis as { gc?: () => void }).gc;
  (globalThis as { gc?: () => void }).gc = () => void collections++;
  try {
    const progress: Progress = { token: { isCancellationRequested: false }, cancelledByUser: () => false, report: () => undefined, done: () => undefined };
    const dump = bigDump();
    const warmUps: WarmUps = new WarmUps({
      progress: async () => progress,
      model: () => undefined, // no entities to tag: the stages still run
      modelFound: () => false,
      analyse: (_, [stage]) => {
        stages.push(stage!);
        if (stopAfterStage) warmUps.stop(dump);
      },
    });
    await warmUps.start(dump, "big.txt");
  } finally {
    (globalThis as { gc?: () => void }).gc = saved;
  }
  return { collections, stages };
}

test("a finished warm-up collects the garbage of the first analysis once", async () => {
  assert.deepEqual(await warmUp(false), { collections: 1, stages: ["entities", "dates"] });
});

test("a stopped warm-up leaves the collector alone", async () => {
  assert.deepEqual(await warmUp(true), { collections: 0, stages: ["entities"] });
});

test("this thread loads the model only for articles whose entities are not known yet", async () => {
  const progress: Progress = { token: { isCancellationRequested: false }, cancelledByUser: () => false, report: () => undefined, done: () => undefined };
  const warm = async (dump: OpenDump): Promise<number> => {
    let loads = 0;
    const model = () => {
      loads++;
      return undefined;
    };
    dump.session.configure({ nerModel: model });
    await new WarmUps({ progress: async () => progress, model, modelFound: () => false, analyse: (d, stages) => void d.session.stage(stages[0]!) }).start(
      dump,
      "big.txt",
    );
    return loads;
  };
  // every article tagged elsewhere (worker threads, the disk cache): the warm-up and the entity stage never ask for it
  const tagged = bigDump();
  for (const work of tagged.session.articleWork()) work.provideEntities([]);
  assert.equal(await warm(tagged), 0);
  // nothing tagged: the articles are tagged here
  assert.ok((await warm(bigDump())) > 0);
});
