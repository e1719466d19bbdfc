/**
 * A meeting with no date at all, in a story of a dated visit between the pair that spans days
 * ("lawatan resmi di Malaysia selama empat hari dari 1 hingga 4 Mei"), was held during that
 * visit: it is dated by the visit's first day. (A lead-dated event taking the date of a later
 * retelling of it was tried too, and lowered the held-out score, so it is not a rule.)
 */
import type { EventFact, Fact } from "./types.js";

interface Entry {
  sentenceIndex: number;
  fact: Fact;
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
