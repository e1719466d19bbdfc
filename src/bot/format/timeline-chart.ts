import { createRequire } from "node:module";
import { renderAsync } from "@resvg/resvg-js";
import { parse, View } from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { type CountryCode, countryName } from "../../nlp/countries.js";
import { MONTH_NAMES_EN, MONTH_NAMES_ID } from "../../nlp/date-words.js";
import { truncateWords } from "../../nlp/text.js";
import type { Tone } from "../../nlp/tone.js";
import type { Timeline, TimelineEvent } from "../../services/timeline-service.js";
import { ID, type Lang, type Translator } from "../i18n.js";
import { bold, fitBlocks, type Html, italic } from "./html.js";
import { eventTypeLabel, formatDateRange, formatPlace, listWords, toneWord } from "./values.js";

/**
 * The /timeline chart: a pure Vega-Lite spec from a pair's timeline, then Vega (no browser, no
 * canvas: renderer "none" and toSVG) and resvg (a prebuilt binary from npm) to a PNG; and its
 * caption, which gives the marked events' full dates.
 */

/** The spec's size in CSS pixels and the zoom to the PNG: 1280×720, as Telegram keeps a photo at
 * most 1280 pixels on its longer side. */
export const CHART: ChartSize = { width: 800, height: 450, zoom: 1.6 };

export interface ChartSize {
  width: number;
  height: number;
  /** PNG pixels per spec pixel. */
  zoom: number;
}

/**
 * DejaVu Sans from an npm package, the only fonts resvg is given: the chart looks the same on
 * every machine, needs no system fonts (a bare container has none) and skips scanning them.
 */
const FONT_FAMILY = "DejaVu Sans";
const require = createRequire(import.meta.url);
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) =>
  require.resolve(`dejavu-fonts-ttf/ttf/${file}`),
);

const TONE_COLOURS: Record<Tone, string> = {
  cooperation: "#2e9d57",
  conflict: "#d64541",
  mixed: "#f0a30a",
  neutral: "#9aa0a6",
};
const TONES = Object.keys(TONE_COLOURS) as Tone[];
const INK = "#333333";

/** Jan, Feb, … Mei, … Agu, … Okt, … Des: the three first letters of each month's name. */
const SHORT_MONTHS: Record<Lang, string[]> = {
  id: MONTH_NAMES_ID.map((name) => name.slice(0, 3)),
  en: MONTH_NAMES_EN.map((name) => name.slice(0, 3)),
};

/** "2025-05" → "Mei 2025" / "May 2025". */
export function monthLabel(month: string, lang: Lang = "id"): string {
  return `${SHORT_MONTHS[lang][Number(month.slice(5, 7)) - 1] ?? "?"} ${month.slice(0, 4)}`;
}

/** "Malaysia – Rusia", in the order the user named them. */
export function pairTitle(timeline: Timeline, lang: Lang = "id"): string {
  return timeline.countries.map((code) => countryName(code, lang)).join(" – ");
}

/** A mark's label: what happened, and that it is only planned. */
export function eventLabel({ event }: TimelineEvent, tr: Translator = ID()): string {
  const label = eventTypeLabel(event.type, tr);
  return event.planned ? tr.t("event-planned", { event: label }) : label;
}

/** Label layout, in spec pixels: the plot is the chart less its axis and legend, roughly. */
const LABEL = { fontSize: 11, charWidth: 6.8, gap: 5, rowHeight: 16, plotShare: 0.72 };

/**
 * One text layer per marked event. A label sits beside its rule, to the right in the axis's left
 * half and to the left in its right half, so that none runs off the chart; a label that would
 * overlap one already placed goes down a row. Widths are estimated: Vega measures no text here.
 */
function eventLabelLayers(marks: TimelineEvent[], months: string[], width: number, tr: Translator) {
  const rows: [number, number][][] = [];
  return marks.map((mark) => {
    const position = months.indexOf(mark.month);
    const toRight = position < months.length / 2;
    const x = ((position + 0.5) / months.length) * width * LABEL.plotShare;
    const text = eventLabel(mark, tr);
    const extent = text.length * LABEL.charWidth + LABEL.gap;
    const span: [number, number] = toRight ? [x, x + extent] : [x - extent, x];
    let row = rows.findIndex((taken) =>
      taken.every(([from, to]) => span[1] < from || span[0] > to),
    );
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(span);
    return {
      data: { values: [{ month: monthLabel(mark.month, tr.lang), text }] },
      mark: {
        type: "text" as const,
        align: toRight ? ("left" as const) : ("right" as const),
        baseline: "top" as const,
        dx: toRight ? LABEL.gap : -LABEL.gap,
        y: 4 + row * LABEL.rowHeight,
        fontSize: LABEL.fontSize,
        color: INK,
      },
      encoding: {
        x: { field: "month", type: "ordinal" as const },
        text: { field: "text", type: "nominal" as const },
      },
    };
  });
}

/** Telegram refuses a photo caption longer than this, counted as for a message's text. */
export const CAPTION_LIMIT = 1024;

/** "pertemuan 14 Mei 2025 · Moskow": the marks' full dates, which the chart only shows by month. */
function eventLine({ event }: TimelineEvent, tr: Translator): string {
  const place = event.place ? ` · ${truncateWords(formatPlace(event.place, tr), 40)}` : "";
  const date = event.date ? ` ${formatDateRange(event.date, event.until, tr.lang)}` : "";
  const line = `${eventTypeLabel(event.type, tr).toLowerCase()}${date}${place}`;
  return event.planned ? tr.t("event-planned", { event: line }) : line;
}

/** "Linimasa Malaysia – Rusia: 3 cerita, Mei 2025 – Okt 2025. Nada: kerja sama." and the marks. */
export function timelineCaption(
  timeline: Timeline,
  ignored: CountryCode[] = [],
  tr: Translator = ID(),
): Html {
  const first = timeline.months[0]?.month ?? "";
  const last = timeline.months.at(-1)?.month ?? first;
  const month = (value: string) => monthLabel(value, tr.lang);
  const range = first === last ? month(first) : `${month(first)} – ${month(last)}`;
  const blocks = [
    tr.h("timeline-caption", {
      title: bold(tr.t("timeline-title", { pair: pairTitle(timeline, tr.lang) })),
      stories: tr.t("count-stories", { stories: timeline.stories }),
      range,
      tone: toneWord(timeline.tone, tr),
    }),
  ];
  if (timeline.events.length) {
    const events = timeline.events.map((event) => eventLine(event, tr)).join("; ");
    blocks.push(tr.h("timeline-events", { events }));
  }
  if (timeline.left) blocks.push(italic(tr.t("timeline-left", { stories: timeline.left })));
  if (ignored.length) {
    const names = listWords(
      ignored.map((code) => countryName(code, tr.lang)),
      tr,
    );
    blocks.push(italic(tr.t("timeline-ignored", { names })));
  }
  return fitBlocks(blocks, italic(tr.t("timeline-caption-cut")), CAPTION_LIMIT);
}

/** The chart's Vega-Lite spec: pure, data in and spec out. */
export function timelineSpec(
  timeline: Timeline,
  size: ChartSize = CHART,
  tr: Translator = ID(),
): TopLevelSpec {
  const monthLabelOf = (month: string) => monthLabel(month, tr.lang);
  const happened = tr.t("chart-happened");
  const planned = tr.t("chart-planned");
  const months = timeline.months.map((entry) => entry.month);
  const most = Math.max(1, ...timeline.months.map((entry) => entry.stories));
  const bars = timeline.months.map((entry) => ({
    month: monthLabelOf(entry.month),
    stories: entry.stories,
    tone: toneWord(entry.tone, tr),
  }));
  const marks = timeline.events.map((mark) => ({
    month: monthLabelOf(mark.month),
    kind: mark.event.planned ? planned : happened,
  }));
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width: size.width,
    height: size.height,
    autosize: { type: "fit", contains: "padding" },
    padding: 16,
    background: "white",
    title: {
      text: pairTitle(timeline, tr.lang),
      subtitle: tr.t("chart-subtitle"),
    },
    config: { font: FONT_FAMILY, view: { stroke: null } },
    encoding: {
      x: {
        field: "month",
        type: "ordinal",
        sort: null,
        // Every month, from the first to the last, in order, whatever the layers hold.
        scale: { domain: months.map(monthLabelOf), paddingInner: 0.2 },
        axis: {
          title: tr.t("chart-month"),
          labelAngle: months.length > 12 ? -45 : 0,
          labelOverlap: true,
        },
      },
    },
    layer: [
      {
        data: { values: bars },
        // A band is the plot's width over the months: with only a few, a full band is a slab.
        mark: { type: "bar", width: { band: Math.min(0.8, months.length * 0.12) } },
        encoding: {
          // Headroom above the tallest bar keeps the event labels clear of it.
          y: {
            field: "stories",
            type: "quantitative",
            scale: { domain: [0, Math.max(most + 1, Math.ceil(most * 1.3))] },
            axis: { title: tr.t("chart-stories"), tickMinStep: 1, format: "d" },
          },
          color: {
            field: "tone",
            type: "nominal",
            scale: {
              domain: TONES.map((tone) => toneWord(tone, tr)),
              range: Object.values(TONE_COLOURS),
            },
            legend: { title: tr.t("chart-tone") },
          },
        },
      },
      ...(marks.length
        ? [
            {
              data: { values: marks },
              mark: { type: "rule" as const, color: INK, strokeWidth: 1.5 },
              encoding: {
                strokeDash: {
                  field: "kind",
                  type: "nominal" as const,
                  scale: {
                    domain: [happened, planned],
                    range: [
                      [1, 0],
                      [5, 4],
                    ],
                  },
                  legend: { title: tr.t("chart-events") },
                },
              },
            },
            ...eventLabelLayers(timeline.events, months, size.width, tr),
          ]
        : []),
    ],
  };
}

/** Spec → Vega → SVG → PNG; `ms` is how long it took, for the log. */
async function renderChart(spec: TopLevelSpec, zoom: number) {
  const started = performance.now();
  const view = new View(parse(compile(spec).spec), { renderer: "none" });
  let svg: string;
  try {
    svg = await view.toSVG();
  } finally {
    view.finalize();
  }
  // renderAsync draws on libuv's thread pool, so other updates go on meanwhile.
  const image = await renderAsync(svg, {
    fitTo: { mode: "zoom", value: zoom },
    background: "white",
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
  });
  return { png: image.asPng(), ms: performance.now() - started };
}

export function renderTimeline(timeline: Timeline, size: ChartSize = CHART, tr: Translator = ID()) {
  return renderChart(timelineSpec(timeline, size, tr), size.zoom);
}
