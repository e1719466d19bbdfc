import type { StoredArticle } from "../../db/article-store.js";
import { type CountryCode, countryName } from "../../nlp/countries.js";
import { truncateWords } from "../../nlp/text.js";
import type {
  LatestAnswer,
  PartnerSummary,
  RelationsAnswer,
} from "../../services/relations-service.js";
import { ID, LANGUAGES, type Lang, type Translator } from "../i18n.js";
import { formatFactSheet, type SheetLinks } from "./fact-sheet.js";
import { bold, code, type Html, html, italic, join, link } from "./html.js";
import { eventTypeLabel, formatDateRange, formatIsoDate, listWords, toneLabel } from "./values.js";

/** Every reply the bot sends, in one place, built from escaped parts and translated words. */

/** "/relations Malaysia Rusia" / "/relations Malaysia Russia": the example, in the chat's language. */
function example(tr: Translator): string {
  return tr.t("example-relations");
}

export function usage(tr: Translator = ID()): Html {
  return tr.h("usage", {
    example: code(example(tr)),
    alias: code(tr.t("example-relations-alias")),
    single: code(tr.t("example-relations-single")),
  });
}

export function countryUsage(tr: Translator = ID()): Html {
  return tr.h("country-usage", {
    example: code(tr.t("example-country")),
    alias: code(tr.t("example-country-alias")),
  });
}

export function welcome(tr: Translator = ID()): Html {
  return tr.h("welcome", {
    name: bold("Hubungan"),
    try: bold(tr.t("welcome-try")),
    example: code(example(tr)),
    pair: code(tr.t("example-pair")),
    country: code(tr.t("example-country-alias-ru")),
    latest: code(tr.t("example-latest")),
    latestCountry: code(tr.t("example-latest-country")),
    search: code(tr.t("example-search")),
    article: code(tr.t("example-article")),
    subscribe: code(tr.t("example-subscribe-country")),
    subscriptions: code(tr.t("example-subscriptions")),
    question: italic(tr.t("welcome-question")),
    group: code(tr.t("example-group")),
    langId: code("/lang id"),
    langEn: code("/lang en"),
  });
}

/** Names the bot does not know, named back with the closest countries, then an example. */
export function unknownNames(
  answer: Pick<Extract<RelationsAnswer, { kind: "unknown" }>, "names">,
  exampleCommand?: string,
  tr: Translator = ID(),
): Html {
  const lines = answer.names.map(({ name, suggestions }) => {
    const unknown = tr.h("unknown-country", { name });
    if (!suggestions.length) return unknown;
    const names = bold(
      listWords(
        suggestions.map((s) => s.name),
        tr,
      ),
    );
    return html`${unknown} ${tr.h("unknown-suggest", { names })}`;
  });
  const sample = code(exampleCommand ?? example(tr));
  return join([...lines, tr.h("example", { example: sample })], "\n");
}

function partnerLine(partner: PartnerSummary, tr: Translator): Html {
  const stories = tr.t("count-stories", { stories: partner.stories });
  const event = partner.lastEvent;
  const last = event?.date
    ? tr.t("partner-last-event", {
        event: eventTypeLabel(event.type, tr).toLowerCase(),
        date: formatDateRange(event.date, event.until, tr.lang),
      })
    : partner.latest
      ? tr.t("partner-last-news", { date: formatIsoDate(partner.latest, tr.lang) ?? "" })
      : "";
  return html`• ${bold(countryName(partner.country, tr.lang))}: ${toneLabel(partner.cooperation, partner.conflict, tr)}, ${stories}${last}`;
}

function partners(country: CountryCode, list: PartnerSummary[], tr: Translator): Html {
  const name = countryName(country, tr.lang);
  if (!list.length) {
    return tr.h("partners-none", { name: bold(name), example: code(example(tr)) });
  }
  return tr.h("partners", {
    name: bold(name),
    list: join(
      list.map((partner) => partnerLine(partner, tr)),
      "\n",
    ),
    example: code(`/relations ${name} ${countryName(list[0]!.country, tr.lang)}`),
  });
}

/** `compact`: in a group, the sheet's essentials only; a button shows the rest. */
export function relationsReply(
  answer: RelationsAnswer,
  links: SheetLinks,
  compact = false,
  tr: Translator = ID(),
): Html {
  switch (answer.kind) {
    case "usage":
      return usage(tr);
    case "unknown":
      return unknownNames(answer, undefined, tr);
    case "partners":
      return partners(answer.country, answer.partners, tr);
    case "noTie": {
      const [a, b] = answer.countries.map((country) => countryName(country, tr.lang));
      return tr.h("no-tie", {
        a: bold(a!),
        b: bold(b!),
        exampleA: code(`/relations ${a!}`),
        exampleB: code(`/relations ${b!}`),
      });
    }
    case "sheet": {
      const sheet = formatFactSheet(answer.sheet, links, compact, tr);
      if (!answer.ignored.length) return sheet;
      const ignored = listWords(
        answer.ignored.map((country) => countryName(country, tr.lang)),
        tr,
      );
      return join([sheet, italic(tr.t("sheet-ignored", { names: ignored }))], "\n\n");
    }
  }
}

function articleLine(article: StoredArticle, botUsername: string, tr: Translator): Html {
  const meta = [formatIsoDate(article.publishedAt, tr.lang), article.publisher]
    .filter(Boolean)
    .join(" · ");
  const url = article.url ?? `https://t.me/${botUsername}?start=a_${article.id}`;
  return html`• ${meta ? `${meta} — ` : ""}${link(url, truncateWords(article.title, 110))}`;
}

export function latestReply(answer: LatestAnswer, links: SheetLinks, tr: Translator = ID()): Html {
  if (answer.kind === "unknown") return unknownNames(answer, undefined, tr);
  const name = answer.country ? bold(countryName(answer.country, tr.lang)) : null;
  if (!answer.articles.length) {
    return name ? tr.h("latest-none-about", { name }) : tr.h("latest-none");
  }
  const lines = join(
    answer.articles.map((article) => articleLine(article, links.botUsername, tr)),
    "\n",
  );
  return name ? tr.h("latest-about", { name, lines }) : tr.h("latest", { lines });
}

/** For a button on a message whose content is gone; plain text, as callback answers are. */
export function expired(tr: Translator = ID()): Html {
  return tr.h("expired");
}

export function internalError(tr: Translator = ID()): Html {
  return tr.h("internal-error");
}

const LANGUAGE_CHOICES = (tr: Translator): Html =>
  join(
    LANGUAGES.map((lang: Lang) => html`${code(`/lang ${lang}`)} — ${tr.t(`language-${lang}`)}`),
    "\n",
  );

/** /lang without a language: the current one and how to change it. */
export function languageCurrent(tr: Translator): Html {
  return tr.h("lang-current", {
    language: bold(tr.t(`language-${tr.lang}`)),
    choices: LANGUAGE_CHOICES(tr),
  });
}

/** /lang with a language the bot does not speak. */
export function languageUnknown(given: string, tr: Translator): Html {
  return tr.h("lang-unknown", { given: truncateWords(given, 40), choices: LANGUAGE_CHOICES(tr) });
}

/** /lang en: said in the new language. */
export function languageSet(tr: Translator): Html {
  return tr.h("lang-set", { language: bold(tr.t(`language-${tr.lang}`)) });
}
