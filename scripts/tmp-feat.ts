import { readJsonl, parseEvalArticle, type EvalArticle } from "../src/eval/understanding-eval.js";
import { readParties } from "../src/nlp/article-parties.js";
import { rankCandidates, pairKey } from "../src/nlp/ties.js";
import { directedPairs } from "../src/nlp/tie-acts.js";
const [set, idPart, pairArg] = process.argv.slice(2);
const arts = readJsonl<EvalArticle>(set!.endsWith(".jsonl") ? set! : `test/fixtures/${set}/articles.jsonl`).filter((a) => a.id.includes(idPart!));
const labels = set!.endsWith(".jsonl") ? [] : readJsonl<any>(`test/fixtures/${set}/labels.jsonl`);
for (const a of arts) {
  const p = parseEvalArticle(a);
  const { evidence, parties } = readParties(p);
  const lab = labels.find((l) => l.id === a.id);
  console.log("==", a.id, "|", p.title, "| gold:", JSON.stringify(lab?.ties), JSON.stringify(lab?.tone));
  console.log("leadSubjects", [...(evidence.leadSubjects ?? [])], "headline", evidence.headline, "market", evidence.marketReport);
  for (const s of rankCandidates(evidence).slice(0, 8)) console.log(pairKey(s.pair), s.score.toFixed(2), JSON.stringify(s.features));
  for (const sp of parties) {
    const d = directedPairs(sp, p.publishedAt?.year ?? null).map((x) => x.join("-"));
    if (sp.parties.size < 2 && !process.env.ALL) continue;
    if (pairArg && !pairArg.split("-").every((c) => sp.parties.has(c))) continue;
    console.log(`  [${sp.sentence.index}] {${[...sp.parties]}} cues=${sp.cues.map((c: any) => c.term ?? c.category).join(",")} dir=${d} abroad=${[...sp.abroad]} groups=${JSON.stringify(sp.groups?.map((g) => g.codes))}\n      ${sp.sentence.text.slice(0, 400)}`);
  }
}
