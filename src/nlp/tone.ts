/**
 * The tone of a relation from counts of cooperation and conflict words (PLOVER categories in
 * data/relation-lexicon.json): one side must clearly outweigh the other to set the tone.
 */
export type Tone = "cooperation" | "conflict" | "mixed" | "neutral";

/** How many times one side must outweigh the other to set the tone on its own. */
const DOMINANCE = 2;

export function toneOf(cooperation: number, conflict: number): Tone {
  if (!cooperation && !conflict) return "neutral";
  if (cooperation >= conflict * DOMINANCE) return "cooperation";
  if (conflict >= cooperation * DOMINANCE) return "conflict";
  return "mixed";
}
