/**
 * Events that give no date of their own. A meeting with no date at all, in a story of a dated
 * visit between the pair that spans days ("lawatan resmi di Malaysia selama empat hari dari 1
 * hingga 4 Mei"), was held during that visit: it is dated by the visit's first day. Any other,
 * told later in the story ("Obama bertemu dengan Presiden Joko Widodo di Istana Bogor"), still
 * happened in the story's time: it takes the story's date (its place stays its own, as events.ts
 * gives the lead's place only to the opening's events). (A lead-dated event taking the date of a
 * later retelling of it was tried twice, and lowered the held-out score, so it is not a rule.)
 */
import type { DateMention, EventFact, Fact } from "./types.js";

interface Entry {
  sentenceIndex: number;
  fact: Fact;
}

export function dateUndatedEvents(facts: Entry[], storyDate: DateMention | null): void {
  dateMeetingsByVisit(facts);
  if (!storyDate?.date) return;
  for (const { fact } of facts) {
    if (fact.kind === "event" && !fact.date && !fact.planned) fact.date = storyDate.date;
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
