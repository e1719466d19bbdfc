import { describe, expect, it } from "vitest";
import {
  daysApart,
  fingerprintOverlap,
  SAME_STORY_OVERLAP,
  sameStoryOverlap,
  storyFingerprint,
  storyToJoin,
} from "./story.js";

const overlap = (a: [string, string], b: [string, string]) =>
  fingerprintOverlap(storyFingerprint(...a), storyFingerprint(...b));

describe("telling whether two articles tell the same story", () => {
  it("sees two outlets' versions of one story as the same story", () => {
    const kompas: [string, string] = [
      "Jokowi Minta China Beli Lebih Banyak Minyak Kelapa Sawit dari RI",
      "Presiden Joko Widodo meminta China membeli lebih banyak minyak kelapa sawit dari Indonesia untuk mengurangi defisit perdagangan.",
    ];
    const tempo: [string, string] = [
      "Jokowi Minta Cina Tingkatkan Impor Sawit dari RI",
      "Presiden Jokowi berharap Cina meningkatkan impor minyak sawit dari Indonesia guna menekan defisit perdagangan kedua negara.",
    ];
    expect(overlap(kompas, tempo)).toBeGreaterThanOrEqual(SAME_STORY_OVERLAP);
  });

  it("keeps two different stories about the same pair apart", () => {
    const palmOil: [string, string] = [
      "Jokowi Minta China Beli Lebih Banyak Minyak Sawit",
      "Presiden Joko Widodo meminta China membeli lebih banyak minyak kelapa sawit.",
    ];
    const inauguration: [string, string] = [
      "Wapres China Akan Hadiri Pelantikan Jokowi",
      "Wakil Presiden China Wang Qishan dijadwalkan menghadiri pelantikan presiden di Gedung MPR.",
    ];
    expect(overlap(palmOil, inauguration)).toBeLessThan(SAME_STORY_OVERLAP);
  });

  it("counts days only between articles dated to the day", () => {
    expect(daysApart({ year: 2019, month: 9, day: 20 }, { year: 2019, month: 9, day: 22 })).toBe(2);
    expect(daysApart({ year: 2019, month: 9, day: 30 }, { year: 2019, month: 10, day: 1 })).toBe(1);
    expect(daysApart({ year: 2019, month: 9 }, { year: 2019, month: 9, day: 20 })).toBeNull();
  });

  it("asks articles days apart to share more than articles of the same day", () => {
    expect(sameStoryOverlap(0)).toBe(SAME_STORY_OVERLAP);
    expect(sameStoryOverlap(2)).toBeGreaterThan(sameStoryOverlap(1));
    expect(sameStoryOverlap(1)).toBeGreaterThan(sameStoryOverlap(0));
  });

  it("joins a story only when the article retells every version of it, not just its latest development", () => {
    const close = SAME_STORY_OVERLAP + 0.2;
    const far = SAME_STORY_OVERLAP - 0.1;
    // Story 1: the attack, then the accusation; the new article (the denial) is close only to the accusation.
    const chained = [
      { storyId: 1, daysApart: 0, overlap: far },
      { storyId: 1, daysApart: 0, overlap: close },
    ];
    expect(storyToJoin(chained)).toBeNull();
    expect(storyToJoin([{ storyId: 1, daysApart: 0, overlap: close }])).toBe(1);
  });

  it("joins the story it shares most with when it retells several", () => {
    const matches = [
      { storyId: 1, daysApart: 0, overlap: SAME_STORY_OVERLAP + 0.05 },
      { storyId: 2, daysApart: 0, overlap: SAME_STORY_OVERLAP + 0.3 },
      { storyId: 2, daysApart: 1, overlap: SAME_STORY_OVERLAP + 0.2 },
    ];
    expect(storyToJoin(matches)).toBe(2);
    expect(storyToJoin([])).toBeNull();
  });
});
