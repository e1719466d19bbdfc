import { Composer, InputFile } from "grammy";
import { countryName } from "../../nlp/countries.js";
import type { TimelineAnswer } from "../../services/timeline-service.js";
import type { AppContext } from "../context.js";
import { bold, type Html, html } from "../format/html.js";
import { unknownNames } from "../format/messages.js";
import { renderTimeline, timelineCaption } from "../format/timeline-chart.js";
import { replyHtml } from "../reply.js";

/**
 * /timeline A B and /linimasa A B: the pair's coverage per month as a chart, sent as a photo with
 * a caption. Bad input is answered as /relations answers it, in text.
 */

export const timelineFeature = new Composer<AppContext>();

const EXAMPLE = "/timeline Malaysia Rusia";

type TextAnswer = Exclude<TimelineAnswer, { kind: "timeline" }>;

/** Every answer that is not a chart: usage, unknown names, nothing to chart. */
export function timelineText(answer: TextAnswer): Html {
  switch (answer.kind) {
    case "usage":
      return html`Tulis dua nama negara untuk grafik pemberitaan hubungan keduanya per bulan, misalnya:\n<code>${EXAMPLE}</code>\n<code>/linimasa Tiongkok Kirgistan</code>`;
    case "unknown":
      return unknownNames(answer, EXAMPLE);
    case "noTie": {
      const [a, b] = answer.countries.map((code) => countryName(code));
      return html`Belum ada artikel yang membahas hubungan ${bold(a!)} dan ${bold(b!)}, jadi belum ada linimasa untuk digambar.\n\nLihat mitra masing-masing: <code>/relations ${a!}</code> atau <code>/relations ${b!}</code>`;
    }
    case "undated": {
      const [a, b] = answer.countries.map((code) => countryName(code));
      return html`Ada ${answer.stories} cerita tentang hubungan ${bold(a!)} dan ${bold(b!)}, tetapi bulan terbitnya tidak diketahui, jadi belum ada linimasa untuk digambar.\n\nLembar faktanya: <code>/relations ${a!} ${b!}</code>`;
    }
  }
}

function inGroup(ctx: AppContext): boolean {
  return ctx.chat?.type === "group" || ctx.chat?.type === "supergroup";
}

timelineFeature.command(["timeline", "linimasa"], async (ctx) => {
  // As with /relations: sent in reply to a message about two countries, it asks about those two.
  const quoted = ctx.msg.reply_to_message;
  const question = ctx.match.trim() || quoted?.text || quoted?.caption || "";
  const answer = ctx.deps.timeline.answer(question);
  if (answer.kind !== "timeline") return replyHtml(ctx, timelineText(answer));
  const { png, ms } = await renderTimeline(answer.timeline);
  ctx.deps.logger.debug(
    { countries: answer.timeline.countries, ms: Math.round(ms) },
    "rendered a timeline chart",
  );
  const asked = ctx.msg.message_id;
  await ctx.replyWithPhoto(new InputFile(png, "linimasa.png"), {
    caption: timelineCaption(answer.timeline, answer.ignored).markup,
    parse_mode: "HTML",
    // In a group the chart quotes the message that asked, as replyHtml does for text.
    ...(inGroup(ctx)
      ? { reply_parameters: { message_id: asked, allow_sending_without_reply: true } }
      : {}),
  });
});
