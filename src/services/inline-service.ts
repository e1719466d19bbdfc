import type { TieStore } from "../db/tie-store.js";
import type { CountryCode } from "../nlp/countries.js";
import { parseCountryQuery } from "../nlp/query.js";
import type { EventFact, FigureFact } from "../nlp/types.js";
import type { Cited, FactSheet, Story } from "./fact-sheet.js";
import type { RelationsService } from "./relations-service.js";

/**
 * Inline mode ("@bot Malaysia Rusia" in any chat): cards to share. Two countries give the pair's
 * fact sheet, its latest event and its key figure; one country gives its top partners' sheets;
 * nothing gives the pairs most in the news in the latest week.
 */

export type InlineCard =
  | { kind: "sheet"; sheet: FactSheet }
  | { kind: "event"; sheet: FactSheet; event: Cited<EventFact>; story: Story }
  | { kind: "figure"; sheet: FactSheet; figure: Cited<FigureFact>; story: Story }
  | { kind: "noTie"; countries: [CountryCode, CountryCode] };

/** Partners or busy pairs offered at once: more would be slow to build and to scroll. */
const MAX_SHEETS = 8;

function firstStory<T>(sheet: FactSheet, cited: Cited<T> | undefined): Story | undefined {
  const id = cited?.storyIds[0];
  return id === undefined ? undefined : sheet.stories.get(id);
}

export class InlineService {
  constructor(
    private readonly relations: RelationsService,
    private readonly ties: TieStore,
  ) {}

  cards(query: string): InlineCard[] {
    const { countries, unknown } = parseCountryQuery(query);
    const [first, second] = countries;
    if (first && second) return this.pairCards([first, second]);
    // Words that name no country: no card fits; the answer's button still leads to the bot.
    if (!first && unknown.length) return [];
    const pairs: [CountryCode, CountryCode][] = first
      ? this.partnersOf(first).map((partner) => [first, partner])
      : this.ties.busiestPairs(MAX_SHEETS).map((pair) => [pair[0], pair[1]]);
    return pairs.flatMap((pair) => {
      const sheet = this.relations.sheet(pair);
      return sheet ? [{ kind: "sheet" as const, sheet }] : [];
    });
  }

  private partnersOf(country: CountryCode): CountryCode[] {
    const answer = this.relations.partners(country);
    return answer.kind === "partners"
      ? answer.partners.slice(0, MAX_SHEETS).map((p) => p.country)
      : [];
  }

  private pairCards(countries: [CountryCode, CountryCode]): InlineCard[] {
    const sheet = this.relations.sheet(countries);
    if (!sheet) return [{ kind: "noTie", countries }];
    const cards: InlineCard[] = [{ kind: "sheet", sheet }];
    const event = sheet.events.find((cited) => !cited.fact.planned);
    const eventStory = firstStory(sheet, event);
    if (event && eventStory) cards.push({ kind: "event", sheet, event, story: eventStory });
    const figure = sheet.figures[0];
    const figureStory = firstStory(sheet, figure);
    if (figure && figureStory) cards.push({ kind: "figure", sheet, figure, story: figureStory });
    return cards;
  }
}
