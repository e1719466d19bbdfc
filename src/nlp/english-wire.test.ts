import { describe, expect, it } from "vitest";
import { analyzeArticle } from "./analyze.js";
import { parseArticle } from "./article-parser.js";
import { toIsoDate } from "./dates.js";
import { toneOf } from "./tone.js";
import type { EventFact } from "./types.js";

/**
 * English news in the shapes wire services and Malaysian, Philippine and Vietnamese papers write
 * it: datelines with a day ("TOKYO, Sept. 6 (Reuters) -"), a colon ("KUALA LUMPUR:"), agencies
 * in brackets, and English verb forms ("was expelling", "summoned"). Written for these tests.
 */
interface WireStory {
  name: string;
  page: string;
  published: string;
  ties: string[];
  tone: ReturnType<typeof toneOf>;
  dateline: string;
  eventDate?: string;
  eventType?: EventFact["type"];
}

const STORIES: WireStory[] = [
  {
    name: "a dateline with a day and an agency",
    page: `Japan and South Korea sign defence pact

TOKYO, Sept. 6 (Reuters) - Japan and South Korea signed an agreement on Friday to share military intelligence, officials said, after talks between Prime Minister Fumio Kishida and President Yoon Suk Yeol in Seoul.`,
    published: "2024-09-07",
    ties: ["JP-KR"],
    tone: "cooperation",
    dateline: "Tokyo",
    eventDate: "2024-09-06",
  },
  {
    name: "a colon after a capital in capitals",
    page: `Malaysia, China trade hits record

KUALA LUMPUR: Trade between Malaysia and China rose to US$98.8 billion in 2023, Malaysia's trade ministry said on Thursday. China has been Malaysia's largest trading partner for 15 consecutive years.`,
    published: "2024-03-22",
    ties: ["CN-MY"],
    tone: "cooperation",
    dateline: "Kuala Lumpur",
  },
  {
    name: "an expulsion told in the progressive",
    page: `Russia expels German diplomats

MOSCOW — Russia said on Wednesday it was expelling 20 German diplomats in retaliation for Berlin's decision last week to expel Russian embassy staff.`,
    published: "2024-03-21",
    ties: ["DE-RU"],
    tone: "conflict",
    dateline: "Moscow",
    eventType: "expulsion",
  },
  {
    name: "a summoned ambassador",
    page: `Indonesia summons Australian envoy over spying report

JAKARTA — Indonesia summoned Australia's ambassador on Monday to protest against reports that Canberra had tapped the phone of the president, the foreign ministry said. Foreign Minister Marty Natalegawa said the relationship had been damaged.`,
    published: "2013-11-19",
    ties: ["AU-ID"],
    tone: "conflict",
    dateline: "Jakarta",
    eventType: "protest",
  },
  {
    name: "a phone call dated by its weekday after a dated dateline",
    page: `Xi, Biden hold phone call

BEIJING, April 2 (Reuters) - Chinese President Xi Jinping and U.S. President Joe Biden held a phone call on Tuesday, their first conversation since a summit in November, China's state media said.`,
    published: "2024-04-02",
    ties: ["CN-US"],
    tone: "cooperation",
    dateline: "Beijing",
    eventDate: "2024-04-02",
  },
  {
    name: "imports from a country, from a national agency",
    page: `Vietnam to import more Indonesian coal

HANOI (VNA) – Vietnam's imports of coal from Indonesia rose 30 percent to 2.5 billion USD last year, the General Department of Customs said on January 10, 2024.`,
    published: "2024-01-11",
    ties: ["ID-VN"],
    tone: "cooperation",
    dateline: "Hanoi",
  },
  {
    name: "a short month before its day, told the day after",
    page: `Lavrov, Wang meet in Beijing

BEIJING (Reuters) - Russian Foreign Minister Sergei Lavrov held talks with his Chinese counterpart Wang Yi in Beijing on Sept. 17, the two ministries said yesterday.

Lavrov said Moscow and Beijing would deepen cooperation in energy.`,
    published: "2019-09-20",
    ties: ["CN-RU"],
    tone: "cooperation",
    dateline: "Beijing",
    eventDate: "2019-09-17",
  },
  {
    name: "a meeting last Friday",
    page: `Australia, Indonesia leaders meet

SYDNEY — Australian Prime Minister Scott Morrison met Indonesian President Joko Widodo last Friday in Jakarta, his office said. The two leaders agreed to speed up a trade pact.`,
    published: "2019-09-20",
    ties: ["AU-ID"],
    tone: "cooperation",
    dateline: "Sydney",
    eventDate: "2019-09-13",
  },
  {
    name: "a diplomatic protest lodged with the other",
    page: `Philippines protests Chinese coast guard water cannon attack

MANILA, Philippines — The Philippines lodged a diplomatic protest with China on Sunday after a Chinese coast guard vessel fired a water cannon at a Philippine supply boat near Second Thomas Shoal on Saturday, Dec. 9.`,
    published: "2023-12-10",
    ties: ["CN-PH"],
    tone: "conflict",
    dateline: "Manila, Philippines",
    eventType: "protest",
    eventDate: "2023-12-10",
  },
];

describe("English wire stories", () => {
  for (const story of STORIES) {
    describe(story.name, () => {
      const article = parseArticle(story.page, { date: story.published });
      const analysis = analyzeArticle(article);

      it("ties the pair and reads its tone", () => {
        expect(analysis.ties.map((tie) => tie.pair.join("-"))).toEqual(story.ties);
        const [tie] = analysis.ties;
        expect(tie && toneOf(tie.cooperation, tie.conflict)).toBe(story.tone);
      });

      it("takes the dateline's place, and not the dateline into the text", () => {
        expect(article.dateline).toBe(story.dateline);
        expect(article.body).not.toContain(`${story.dateline.toUpperCase()}`);
      });

      if (story.eventType)
        it("names the kind of event", () => {
          const kinds = analysis.ties[0]?.facts.map(
            (entry) => entry.fact.kind === "event" && entry.fact.type,
          );
          expect(kinds).toContain(story.eventType);
        });

      if (story.eventDate)
        it("dates the event", () => {
          const event = analysis.ties[0]?.facts
            .map((entry) => entry.fact)
            .find((fact): fact is EventFact => fact.kind === "event" && fact.type !== "statement");
          expect(event?.date && toIsoDate(event.date)).toBe(story.eventDate);
        });
    });
  }
});

describe("an English news page with its furniture", () => {
  const page = `Skip to main content
World
Japan, Philippines sign troop pact as China tensions rise
By Kiyoshi Takenaka
July 8, 2024 9:12 AM GMT+7 Updated 2 hours ago

MANILA, July 8 (Reuters) - Japan and the Philippines signed a defence pact on Monday that allows the deployment of forces on each other's soil, as the two countries seek to counter China's growing assertiveness in the region.

The Reciprocal Access Agreement was signed in Manila by Japanese Foreign Minister Yoko Kamikawa and Philippine Defence Secretary Gilberto Teodoro.

Advertisement · Scroll to continue

China's foreign ministry said Asia-Pacific countries should not form exclusive groups.

(Reporting by Karen Lema; Editing by Ed Davies)

Our Standards: The Thomson Reuters Trust Principles.

Read Next
Vietnam and Cambodia agree to boost trade to $20 billion
South Korea, US hold nuclear talks in Washington
Share this article`;
  const article = parseArticle(page, {});
  const analysis = analyzeArticle(article);

  it("finds the headline, the date beside its time and zone, and the publisher", () => {
    expect(article.title).toBe("Japan, Philippines sign troop pact as China tensions rise");
    expect(article.publishedAt).toEqual({ year: 2024, month: 7, day: 8 });
    expect(article.publisher).toBe("Reuters");
  });

  it("keeps ads, credits, standards and the read-next list out of the text", () => {
    for (const furniture of ["Advertisement", "Reporting by", "Our Standards", "Vietnam"])
      expect(article.body).not.toContain(furniture);
  });

  it("ties the two that signed, not the third country they mean to counter", () => {
    expect(analysis.ties.map((tie) => tie.pair.join("-"))).toEqual(["JP-PH"]);
    const signing = analysis.ties[0]?.facts
      .map((entry) => entry.fact)
      .find((fact): fact is EventFact => fact.kind === "event");
    expect(signing).toMatchObject({ type: "signing", place: "Manila" });
    expect(signing?.date && toIsoDate(signing.date)).toBe("2024-07-08");
  });
});
