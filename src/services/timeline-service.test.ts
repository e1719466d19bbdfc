import { describe, expect, it } from "vitest";
import type { PairTie } from "../db/tie-store.js";
import type { EventFact, PartialDate } from "../nlp/types.js";
import {
  buildTimeline,
  MAX_EVENTS,
  MAX_MONTHS,
  shiftMonth,
  TimelineService,
  type TimelineSource,
} from "./timeline-service.js";

let nextId = 1;
function tie(publishedAt: string | null, tone: [number, number] = [3, 0], storyId?: number) {
  const articleId = nextId++;
  return {
    articleId,
    storyId: storyId ?? articleId,
    publishedAt,
    score: 10,
    cooperation: tone[0],
    conflict: tone[1],
  } satisfies PairTie;
}

function event(type: EventFact["type"], date: PartialDate | null, planned = false): EventFact {
  return { kind: "event", type, date, planned, place: "Moskow", people: [], sentence: "" };
}

const MY_RU: ["MY", "RU"] = ["MY", "RU"];

describe("buildTimeline", () => {
  it("counts a story told by several outlets once, in the month of its first article", () => {
    const timeline = buildTimeline(
      MY_RU,
      [tie("2025-06-02", [2, 0], 100), tie("2025-05-31", [2, 0], 100), tie("2025-05-14")],
      [],
    )!;
    expect(timeline.months.map((m) => [m.month, m.stories])).toEqual([["2025-05", 2]]);
    expect(timeline.stories).toBe(2);
    expect(timeline.left).toBe(0);
  });

  it("colours each month by its summed cooperation and conflict", () => {
    const timeline = buildTimeline(
      MY_RU,
      [
        tie("2025-01-10", [5, 0]),
        tie("2025-02-10", [0, 4]),
        tie("2025-02-20", [1, 0]),
        tie("2025-03-10", [3, 2]),
      ],
      [],
    )!;
    expect(timeline.months.map((m) => m.tone)).toEqual(["cooperation", "conflict", "mixed"]);
    expect(timeline.tone).toBe("mixed");
  });

  it("shows every month between the first and the last, empty ones too, oldest first", () => {
    const timeline = buildTimeline(MY_RU, [tie("2025-11-01"), tie("2026-02-01")], [])!;
    expect(timeline.months.map((m) => [m.month, m.stories, m.tone])).toEqual([
      ["2025-11", 1, "cooperation"],
      ["2025-12", 0, "neutral"],
      ["2026-01", 0, "neutral"],
      ["2026-02", 1, "cooperation"],
    ]);
  });

  it("counts stories without a publication month apart, and places none when no story has one", () => {
    const timeline = buildTimeline(MY_RU, [tie("2025-05-14"), tie("2025"), tie(null)], [])!;
    expect(timeline.stories).toBe(1);
    expect(timeline.left).toBe(2);
    expect(buildTimeline(MY_RU, [tie("2025"), tie(null)], [])).toBeNull();
  });

  it("marks acts, not statements or undated events, and planned ones stretch the axis", () => {
    const timeline = buildTimeline(
      MY_RU,
      [tie("2025-05-14")],
      [
        event("statement", { year: 2025, month: 5, day: 14 }),
        event("meeting", { year: 2025, month: 5, day: 14 }),
        event("visit", { year: 2025, month: 10 }, true),
        event("call", null),
        event("signing", { year: 2025 }),
      ],
    )!;
    expect(timeline.events.map((e) => [e.month, e.event.type])).toEqual([
      ["2025-05", "meeting"],
      ["2025-10", "visit"],
    ]);
    expect(timeline.months).toHaveLength(6);
  });

  it("keeps one mark a month, a held event before a planned one", () => {
    const timeline = buildTimeline(
      MY_RU,
      [tie("2025-05-14")],
      [event("visit", { year: 2025, month: 5 }, true), event("meeting", { year: 2025, month: 5 })],
    )!;
    expect(timeline.events.map((e) => e.event.type)).toEqual(["meeting"]);
  });

  it("marks at most a few events, the newest, and none from long before the stories", () => {
    const events = [1, 2, 3, 4, 5, 6].map((month) => event("meeting", { year: 2025, month }));
    events.push(event("visit", { year: 2020, month: 1 }));
    const timeline = buildTimeline(MY_RU, [tie("2025-06-30")], events)!;
    expect(timeline.events.map((e) => e.month)).toEqual([
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
    expect(timeline.events).toHaveLength(MAX_EVENTS);
    expect(timeline.months[0]?.month).toBe("2025-03");
  });

  it("shows at most five years, the newest, and counts the older stories as left out", () => {
    const timeline = buildTimeline(MY_RU, [tie("2015-01-05"), tie("2025-06-30")], [])!;
    expect(timeline.months).toHaveLength(MAX_MONTHS);
    expect(timeline.months[0]?.month).toBe("2020-07");
    expect([timeline.stories, timeline.left]).toEqual([1, 1]);
  });
});

describe("shiftMonth", () => {
  it("moves across years", () => {
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
    expect(shiftMonth("2025-01", -13)).toBe("2023-12");
  });
});

describe("TimelineService.answer", () => {
  const source = (ties: PairTie[], events: EventFact[] = []): TimelineSource => ({
    tiesOf: () => ties,
    recentEvents: () => events,
  });

  it("asks for two countries when given none or one", () => {
    const service = new TimelineService(source([tie("2025-05-14")]));
    expect(service.answer("").kind).toBe("usage");
    expect(service.answer("Rusia").kind).toBe("usage");
  });

  it("names an unknown country back with suggestions", () => {
    const answer = new TimelineService(source([])).answer("Malaysiaa Rusia");
    expect(answer).toMatchObject({
      kind: "unknown",
      names: [{ name: "Malaysiaa", suggestions: [{ code: "MY", name: "Malaysia" }] }],
    });
  });

  it("tells a pair with no tie, and a tie with no dated story, from a timeline", () => {
    expect(new TimelineService(source([])).answer("Serbia Kosovo")).toEqual({
      kind: "noTie",
      countries: ["RS", "XK"],
    });
    expect(new TimelineService(source([tie(null)])).answer("Indonesia Kazakhstan")).toMatchObject({
      kind: "undated",
      stories: 1,
    });
  });

  it("charts the pair in the order named, leaving a third country out", () => {
    const answer = new TimelineService(source([tie("2025-05-14")])).answer("Rusia Malaysia Mesir");
    expect(answer.kind === "timeline" && answer.timeline.countries).toEqual(["RU", "MY"]);
    expect(answer.kind === "timeline" && answer.ignored).toEqual(["EG"]);
  });
});
