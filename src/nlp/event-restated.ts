/**
 * Events that give no date of their own. A meeting with no date at all, in a story of a dated
 * visit between the pair that spans days ("lawatan resmi di Malaysia selama empat hari dari 1
 * hingga 4 Mei"), was held during that visit: it is dated by the visit's first day. Any other,
 * told later in the story ("Obama bertemu dengan Presiden Joko Widodo di Istana Bogor"), still
 * happened in the story's time: it takes the story's date (its place stays its own, as events.ts
 * gives the lead's place only to the opening's events). (A lead-dated event taking the date of a
 * later retelling of it was tried twice, and lowered the held-out score, so it is not a rule.)
 * An undated event of the kind a dated plan told before it ("rencana kunjungan Menlu Uruguay ke
 * Indonesia pada 10 hingga 12 Oktober mendatang ... ini menjadi kunjungan pertama Rodolfo ke
 * Indonesia") retells that plan: it is still planned, and on the plan's date. One the story tells
 * as earlier ("Sebelumnya, Zarif menuding ...") happened before the story's date, on a day it does
 * not give: it stays undated.
 */
import type { DateMention, EventFact, Fact } from "./types.js";

interface Entry {
  sentenceIndex: number;
  fact: Fact;
}

const EARLIER = /^\s*(?:Sebelumnya|Sebelum itu|Previously|Earlier)(?![\p{L}])/iu;

export function dateUndatedEvents(facts: Entry[], storyDate: DateMention | null): void {
  dateMeetingsByVisit(facts);
  restatePlans(facts);
  if (!storyDate?.date) return;
  for (const { fact } of facts) {
    if (fact.kind === "event" && !fact.date && !fact.planned && !EARLIER.test(fact.sentence))
      fact.date = storyDate.date;
  }
}

export function dateMeetingsByVisit(facts: Entry[]): void {
  const events = facts
    .map((entry) => entry.fact)
    .filter((fact): fact is EventFact => fact.kind === "event" && !fact.planned);
  for (const [at, event] of events.entries()) {
    if (event.type !== "meeting" || event.date) continue;
    const visit = events.slice(at + 1).find((other) => other.type === "visit" && other.until);
    if (!visit?.date || !visit.until) continue;
    event.date = visit.date;
    event.until = visit.until;
  }
}

export function restatePlans(facts: Entry[]): void {
  const events = facts
    .map((entry) => entry.fact)
    .filter((fact): fact is EventFact => fact.kind === "event");
  for (const [at, event] of events.entries()) {
    // What is said is said when it is told, whatever was said of plans before.
    if (event.date || event.planned || event.type === "statement") continue;
    const plan = events
      .slice(0, at)
      .findLast((other) => other.planned && other.type === event.type);
    if (!plan?.date) continue;
    event.planned = true;
    event.date = plan.date;
    if (plan.until) event.until = plan.until;
  }
}
