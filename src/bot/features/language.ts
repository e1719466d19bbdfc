import { Composer } from "grammy";
import type { AppContext } from "../context.js";
import { languageCurrent, languageSet, languageUnknown } from "../format/messages.js";
import { parseLang, translator } from "../i18n.js";
import { replyHtml } from "../reply.js";

/**
 * /lang id|en and /bahasa id|en: the chat's interface language, kept in the store. Without a
 * language, the current one and how to change it. Article text stays in its own language.
 */
export const languageFeature = new Composer<AppContext>();

languageFeature.command(["lang", "bahasa"], async (ctx) => {
  const given = ctx.match.trim();
  if (!given) return replyHtml(ctx, languageCurrent(ctx.tr));
  const lang = parseLang(given);
  if (!lang) return replyHtml(ctx, languageUnknown(given, ctx.tr));
  ctx.deps.settings.setLanguage(ctx.chat.id, lang);
  ctx.tr = translator(lang);
  return replyHtml(ctx, languageSet(ctx.tr));
});
