import { findCountryMentions } from "./countries.js";
import { roleWords } from "./lexicon.js";
import { pairOf } from "./pairs.js";
import { HOME_COUNTRY as HOME } from "./people.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { Pair } from "./types.js";

/**
 * "Habibie Meninggal, Duta Besar Ukraina Ucapkan Belasungkawa", "Dalam cuitannya, Jenkins
 * belasungkawa sedalam-dalamnya atas meninggalnya BJ Habibie": condolences are offered to someone,
 * and in national news a foreign country's condolences with no other country named, or only the
 * news' own country ("Kedutaan Besar Malaysia di Indonesia"), are offered to the news' own country
 * (data/roles.json `home`), the bereaved nation; so are those of several offered together. Where
 * another country is named ("belasungkawa atas gempa di Turki", "warga Turki"), the bereaved may
 * be that one: no act.
 */
export function condolencesToHome(parties: SentenceParties): Pair[] {
  const foreign = [...parties.parties].filter((code) => code !== HOME);
  if (foreign.length === 0 || parties.offTopic) return [];
  // Several foreign countries offer them together only as one group ("Inggris, Rusia dan Amerika
  // Ucapkan Belasungkawa"), not one to another.
  if (foreign.length > 1 && !parties.groups?.some((group) => group.joint)) return [];
  // Every condolence word is a cooperation word: most sentences are ruled out without a scan.
  if (!parties.cues.some((cue) => cue.tone > 0)) return [];
  const text = parties.sentence.text;
  if (roleWords.condolences.findAll(text).length === 0) return [];
  const named = findCountryMentions(text).map((mention) => mention.code);
  if (named.some((code) => !foreign.includes(code) && code !== HOME)) return [];
  return foreign.map((condoler) => pairOf(condoler, HOME));
}
