import { readFileSync } from "node:fs";
import leaderData from "../data/leaders.json" with { type: "json" };
import { findPeople } from "../src/nlp/people.js";
const known = new Set((leaderData as any).leaders.flatMap((l: any) => l.names));
const counts = new Map<string, number>();
for (const file of ["../shared/corpus/click-id.jsonl", "../shared/corpus/indosum-dev.jsonl"]) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const a = JSON.parse(line);
    for (const p of findPeople(`${a.title ?? ""}\n\n${a.text}`)) {
      if (!p.country || p.country === "ID") continue;
      if (!/^(Presiden|Perdana Menteri|PM|Menteri Luar Negeri|Menlu|Raja|Putra Mahkota|Menteri Pertahanan|Kanselir|Menhan|Wakil Presiden|Emir|Sultan|Pemimpin|Pemimpin Tertinggi|Sekretaris Negara|Menteri Perdagangan)$/i.test(p.role)) continue;
      const last = p.name.split(" ");
      if (known.has(p.name) || last.some((w) => known.has(w))) continue;
      const k = `${p.country}\t${p.role}\t${p.name}`;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
}
for (const [k, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 70)) console.log(n, k);
