import { Composer, InputFile } from "grammy";
import { countryName } from "../../nlp/countries.js";
import type { TimelineAnswer } from "../../services/timeline-service.js";
import type { AppContext } from "../context.js";
import { bold, code, type Html } from "../format/html.js";
import { unknownNames } from "../format/messages.js";
import { renderTimeline, timelineCaption } from "../format/timeline-chart.js";
import { ID, type Translator } from "../i18n.js";
import { replyHtml } from "../reply.js";

/**
 * /timeline A B and /linimasa A B: the pair's coverage per month as a chart, sent as a photo with
 * a caption. Bad input is answered as /relations answers it, in text.
 */

export const timelineFeature = new Composer<AppContext>();

type TextAnswer = Exclude<TimelineAnswer, { kind: "timeline" }>;

/** Every answer that is not a chart: usage, unknown names, nothing to chart. */
export function timelineText(answer: TextAnswer, tr: Translator = ID()): Html {
  switch (answer.kind) {
    case "usage":
      return tr.h("timeline-usage", {
        example: code(tr.t("example-timeline")),
        alias: code(tr.t("example-timeline-alias")),
      });
    case "unknown":
      return unknownNames(answer, tr.t("example-timeline"), tr);
    case "noTie": {
      const [a, b] = answer.countries.map((country) => countryName(country, tr.lang));
      return tr.h("timeline-no-tie", {
        a: bold(a!),
        b: bold(b!),
        exampleA: code(`/relations ${a!}`),
        exampleB: code(`/relations ${b!}`),
      });
    }
    case "undated": {
      const [a, b] = answer.countries.map((country) => countryName(country, tr.lang));
      return tr.h("timeline-undated", {
        stories: answer.stories,
        a: bold(a!),
        b: bold(b!),
        example: code(`/relations ${a!} ${b!}`),
      });
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
  if (answer.kind !== "timeline") return replyHtml(ctx, timelineText(answer, ctx.tr));
  const { png, ms } = await renderTimeline(answer.timeline, undefined, ctx.tr);
  ctx.deps.logger.debug(
    { countries: answer.timeline.countries, ms: Math.round(ms) },
    "rendered a timeline chart",
  );
  const asked = ctx.msg.message_id;
  await ctx.replyWithPhoto(new InputFile(png, ctx.tr.t("timeline-file")), {
    caption: timelineCaption(answer.timeline, answer.ignored, ctx.tr).markup,
    parse_mode: "HTML",
    // In a group the chart quotes the message that asked, as replyHtml does for text.
    ...(inGroup(ctx)
      ? { reply_parameters: { message_id: asked, allow_sending_without_reply: true } }
      : {}),
  });
});
