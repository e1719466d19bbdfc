import roleData from "../../data/roles.json" with { type: "json" };
import { type CountryCode, findCountryMentions } from "./countries.js";
import { roleWords } from "./lexicon.js";
import { pairOf } from "./pairs.js";
import type { SentenceParties } from "./sentence-parties.js";
import type { Pair } from "./types.js";

/**
 * "Habibie Meninggal, Duta Besar Ukraina Ucapkan Belasungkawa", "Dalam cuitannya, Jenkins
 * belasungkawa sedalam-dalamnya atas meninggalnya BJ Habibie": condolences are offered to someone,
 * and in national news a foreign country's condolences with no other country named, or only the
 * news' own country ("Kedutaan Besar Malaysia di Indonesia"), are offered to the news' own country
 * (data/roles.json `home`), the bereaved nation. Where another country is
 * named ("belasungkawa atas gempa di Turki", "warga Turki"), the bereaved may be that one: no act.
 */
const HOME: CountryCode = roleData.home.country;

export function condolencesToHome(parties: SentenceParties): Pair | null {
  const foreign = [...parties.parties].filter((code) => code !== HOME);
  if (foreign.length !== 1 || parties.offTopic) return null;
  const [condoler] = foreign;
  if (!condoler) return null;
  // Every condolence word is a cooperation word: most sentences are ruled out without a scan.
  if (!parties.cues.some((cue) => cue.tone > 0)) return null;
  const text = parties.sentence.text;
  if (roleWords.condolences.findAll(text).length === 0) return null;
  const named = findCountryMentions(text).map((mention) => mention.code);
  if (named.some((code) => code !== condoler && code !== HOME)) return null;
  return pairOf(condoler, HOME);
}
