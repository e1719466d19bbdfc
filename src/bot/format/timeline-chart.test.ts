import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import type { EventFact } from "../../nlp/types.js";
import { shiftMonth, type Timeline, type TimelineMonth } from "../../services/timeline-service.js";
import { visibleLength } from "./html.js";
import {
  CAPTION_LIMIT,
  CHART,
  monthLabel,
  renderTimeline,
  timelineCaption,
  timelineSpec,
} from "./timeline-chart.js";

const month = (key: string, stories = 0, tone: TimelineMonth["tone"] = "neutral") => ({
  month: key,
  stories,
  cooperation: 0,
  conflict: 0,
  tone,
});

const meeting: EventFact = {
  kind: "event",
  type: "meeting",
  date: { year: 2025, month: 5, day: 14 },
  planned: false,
  place: "Moskow",
  people: [],
  sentence: "",
};

const timeline: Timeline = {
  countries: ["MY", "RU"],
  months: [
    month("2025-05", 2, "cooperation"),
    month("2025-06"),
    month("2025-07", 1, "conflict"),
    month("2025-08", 3, "mixed"),
    month("2025-09", 1, "neutral"),
    month("2025-10"),
  ],
  events: [
    { month: "2025-05", event: meeting },
    {
      month: "2025-10",
      event: { ...meeting, type: "visit", date: { year: 2025, month: 10 }, planned: true },
    },
  ],
  stories: 7,
  tone: "cooperation",
  left: 0,
};

const single: Timeline = {
  ...timeline,
  months: [month("2021-04", 1, "cooperation")],
  events: [],
  stories: 1,
};

/** The spec's layers: bars, then (with events) their rules, then one label each. */
const layers = (t: Timeline) => {
  const spec = timelineSpec(t);
  return "layer" in spec ? spec.layer : [];
};

/** The PNG signature, then the IHDR chunk: its width and height as big-endian 32-bit numbers. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe("timelineSpec", () => {
  it("titles the chart with the pair and labels axes and legends in Indonesian", () => {
    expect(timelineSpec(timeline)).toMatchObject({
      title: { text: "Malaysia – Rusia" },
      encoding: { x: { axis: { title: "Bulan" } } },
    });
    const [bars, rules] = layers(timeline);
    expect(bars).toMatchObject({
      encoding: { y: { axis: { title: "Jumlah cerita" } }, color: { legend: { title: "Nada" } } },
    });
    expect(rules).toMatchObject({ encoding: { strokeDash: { legend: { title: "Peristiwa" } } } });
  });

  it("has a bar a month, every month on the axis, coloured by tone with a fixed legend", () => {
    expect(timelineSpec(timeline)).toMatchObject({
      encoding: {
        x: {
          scale: {
            domain: ["Mei 2025", "Jun 2025", "Jul 2025", "Agu 2025", "Sep 2025", "Okt 2025"],
          },
        },
      },
    });
    expect(layers(timeline)[0]).toMatchObject({
      data: {
        values: [
          { month: "Mei 2025", stories: 2, tone: "kerja sama" },
          { month: "Jun 2025", stories: 0 },
          { month: "Jul 2025", stories: 1, tone: "konflik" },
          { month: "Agu 2025", stories: 3, tone: "campuran" },
          { month: "Sep 2025", stories: 1, tone: "netral" },
          { month: "Okt 2025", stories: 0 },
        ],
      },
      encoding: {
        // Headroom above the tallest bar (3) for the event labels.
        y: { scale: { domain: [0, 4] } },
        color: {
          scale: {
            domain: ["kerja sama", "konflik", "campuran", "netral"],
            range: ["#2e9d57", "#d64541", "#f0a30a", "#9aa0a6"],
          },
        },
      },
    });
  });

  it("marks each event with a rule and a label at its month, dashed when planned", () => {
    const [, rules, ...labels] = layers(timeline);
    expect(rules).toMatchObject({
      data: {
        values: [
          { month: "Mei 2025", kind: "terjadi" },
          { month: "Okt 2025", kind: "rencana" },
        ],
      },
    });
    expect(labels).toMatchObject([
      {
        data: { values: [{ month: "Mei 2025", text: "Pertemuan" }] },
        mark: { align: "left", y: 4 },
      },
      {
        data: { values: [{ month: "Okt 2025", text: "Kunjungan (rencana)" }] },
        mark: { align: "right", y: 4 },
      },
    ]);
  });

  it("puts a label that would overlap another on the next row", () => {
    const months = Array.from({ length: 24 }, (_, i) => month(shiftMonth("2024-01", i)));
    const crowded = ["2025-09", "2025-10", "2025-11"].map((key) => ({
      month: key,
      event: { ...meeting, type: "signing" as const },
    }));
    const [, , ...labels] = layers({ ...timeline, months, events: crowded });
    expect(labels).toMatchObject([{ mark: { y: 4 } }, { mark: { y: 20 } }, { mark: { y: 36 } }]);
  });

  it("has no event layers without events, and is pure: same data, same spec", () => {
    const copy = structuredClone(single);
    expect(timelineSpec(single)).toEqual(timelineSpec(copy));
    expect(copy).toEqual(single);
    expect(layers(single)).toHaveLength(1);
  });

  it("compiles with Vega-Lite", () => {
    expect(compile(timelineSpec(timeline)).spec.marks).toBeDefined();
  });
});

describe("rendering", () => {
  it("renders a PNG of the configured size", async () => {
    const { png } = await renderTimeline(timeline);
    expect(pngSize(png)).toEqual({
      width: CHART.width * CHART.zoom,
      height: CHART.height * CHART.zoom,
    });
  });

  it("renders a single month too, and another size when asked", async () => {
    const { png } = await renderTimeline(single, { width: 400, height: 300, zoom: 2 });
    expect(pngSize(png)).toEqual({ width: 800, height: 600 });
  });
});

describe("timelineCaption", () => {
  it("says the pair, the stories, the months, the tone and the marked events", () => {
    const caption = timelineCaption(timeline);
    expect(caption.markup).toContain("<b>Linimasa Malaysia – Rusia</b>");
    expect(caption.toString()).toContain(": 7 cerita, Mei 2025 – Okt 2025. Nada: kerja sama.");
    expect(caption.markup).toContain(
      "Peristiwa: pertemuan 14 Mei 2025 · Moskow; kunjungan Oktober 2025 · Moskow (rencana).",
    );
    expect(timelineCaption(single).markup).toContain("1 cerita, Apr 2021.");
  });

  it("escapes what the articles say and stays within Telegram's caption limit", () => {
    const place = `<b>${"Kuala Lumpur ".repeat(20)}</b>`;
    const events = Array.from({ length: 4 }, () => ({
      month: "2025-05",
      event: { ...meeting, place },
    }));
    const caption = timelineCaption({ ...timeline, events, left: 3 }, ["EG", "SA"]);
    expect(caption.markup).not.toContain("<b>Kuala");
    expect(caption.markup).toContain("3 cerita tanpa bulan terbit");
    expect(caption.markup).toContain("Mesir dan Arab Saudi tidak disertakan");
    expect(visibleLength(caption)).toBeLessThanOrEqual(CAPTION_LIMIT);
  });

  it("labels months the Indonesian way", () => {
    expect(["2025-05", "2025-08"].map((month) => monthLabel(month, "en"))).toEqual([
      "May 2025",
      "Aug 2025",
    ]);
    expect(["2025-01", "2025-08", "2025-12"].map((month) => monthLabel(month))).toEqual([
      "Jan 2025",
      "Agu 2025",
      "Des 2025",
    ]);
  });
});
