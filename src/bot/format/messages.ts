import type { StoredArticle } from "../../db/article-store.js";
import { type CountryCode, countryName } from "../../nlp/countries.js";
import { truncateWords } from "../../nlp/text.js";
import type {
  LatestAnswer,
  PartnerSummary,
  RelationsAnswer,
} from "../../services/relations-service.js";
import { formatFactSheet, type SheetLinks } from "./fact-sheet.js";
import { bold, type Html, html, italic, join, link } from "./html.js";
import { eventTypeLabel, formatDateRange, formatIsoDate, listWords, toneLabel } from "./values.js";

/** Every reply the bot sends, in one place, built from escaped parts. */

const EXAMPLE = "/relations Malaysia Rusia";

export function usage(): Html {
  return html`Tulis dua nama negara, misalnya:\n<code>${EXAMPLE}</code>\n<code>/hubungan Indonesia Kazakhstan</code>\n\nSatu nama negara saja (<code>/relations Rusia</code>) menampilkan mitra-mitranya.`;
}

export function countryUsage(): Html {
  return html`Tulis nama negara, misalnya <code>/country Rusia</code> atau <code>/negara Indonesia</code>: saya tampilkan mitra-mitranya dalam berita.`;
}

export function welcome(): Html {
  return html`Halo! Saya ${bold("Hubungan")}: saya menjawab pertanyaan tentang hubungan antarnegara dari berita Indonesia.

Untuk setiap pasangan negara saya kirim lembar fakta singkat: pertemuan terakhir dengan tanggal dan tempatnya, angka perdagangan dan investasi dengan tahunnya, sektor dan kesepakatan, nada hubungan, dan sumber bernomor untuk setiap fakta.

${bold("Coba:")}
<code>${EXAMPLE}</code>
<code>/hubungan Tiongkok Kirgistan</code>
<code>/negara Rusia</code> (mitra-mitra Rusia, dengan tombol)
<code>/terbaru</code> atau <code>/terbaru Malaysia</code> (artikel terbaru)
<code>/cari perdagangan sawit</code> (cari di semua artikel; <code>/artikel 2</code> membaca artikel nomor 2)

Di obrolan pribadi cukup tulis pertanyaannya, misalnya ${italic("apa hubungan Malaysia dan Rusia?")}
Di grup, tambahkan nama bot: <code>/relations@namabot Malaysia Rusia</code>.`;
}

/** Names the bot does not know, named back with the closest countries, then an example. */
export function unknownNames(
  answer: Pick<Extract<RelationsAnswer, { kind: "unknown" }>, "names">,
  example = EXAMPLE,
): Html {
  const lines = answer.names.map(({ name, suggestions }) => {
    const hint = suggestions.length
      ? html` Mungkin maksud Anda: ${bold(listWords(suggestions.map((s) => s.name)))}?`
      : "";
    return html`Saya tidak mengenal negara “${name}”.${hint}`;
  });
  return join([...lines, html`Contoh: <code>${example}</code>`], "\n");
}

function partnerLine(partner: PartnerSummary): Html {
  const stories = partner.stories === 1 ? "1 cerita" : `${partner.stories} cerita`;
  const event = partner.lastEvent;
  const last = event?.date
    ? `, terakhir: ${eventTypeLabel(event.type).toLowerCase()} ${formatDateRange(event.date, event.until)}`
    : partner.latest
      ? `, berita terakhir ${formatIsoDate(partner.latest)}`
      : "";
  return html`• ${bold(countryName(partner.country))}: ${toneLabel(partner.cooperation, partner.conflict)}, ${stories}${last}`;
}

function partners(country: CountryCode, list: PartnerSummary[]): Html {
  const name = countryName(country);
  if (!list.length) {
    return html`Belum ada artikel tentang hubungan ${bold(name)} dengan negara lain.\n\nCoba pasangan lain, misalnya <code>${EXAMPLE}</code>`;
  }
  return html`🌐 Mitra ${bold(name)} dalam berita:\n${join(list.map(partnerLine), "\n")}\n\nPilih mitra untuk lembar faktanya, atau tulis <code>/relations ${name} ${countryName(list[0]!.country)}</code>`;
}

/** `compact`: in a group, the sheet's essentials only; a button shows the rest. */
export function relationsReply(answer: RelationsAnswer, links: SheetLinks, compact = false): Html {
  switch (answer.kind) {
    case "usage":
      return usage();
    case "unknown":
      return unknownNames(answer);
    case "partners":
      return partners(answer.country, answer.partners);
    case "noTie": {
      const [a, b] = answer.countries.map((code) => countryName(code));
      return html`Belum ada artikel yang membahas hubungan ${bold(a!)} dan ${bold(b!)}.\n\nLihat mitra masing-masing: <code>/relations ${a!}</code> atau <code>/relations ${b!}</code>`;
    }
    case "sheet": {
      const sheet = formatFactSheet(answer.sheet, links, compact);
      if (!answer.ignored.length) return sheet;
      const ignored = listWords(answer.ignored.map((code) => countryName(code)));
      return join(
        [
          sheet,
          html`${italic(`Satu lembar fakta untuk dua negara; ${ignored} tidak disertakan.`)}`,
        ],
        "\n\n",
      );
    }
  }
}

function articleLine(article: StoredArticle, botUsername: string): Html {
  const meta = [formatIsoDate(article.publishedAt), article.publisher].filter(Boolean).join(" · ");
  const url = article.url ?? `https://t.me/${botUsername}?start=a_${article.id}`;
  return html`• ${meta ? `${meta} — ` : ""}${link(url, truncateWords(article.title, 110))}`;
}

export function latestReply(answer: LatestAnswer, links: SheetLinks): Html {
  if (answer.kind === "unknown") return unknownNames(answer);
  const about = answer.country ? html` tentang ${bold(countryName(answer.country))}` : "";
  if (!answer.articles.length) return html`Belum ada artikel${about} di arsip.`;
  const lines = answer.articles.map((article) => articleLine(article, links.botUsername));
  return html`📰 Artikel terbaru${about}:\n${join(lines, "\n")}`;
}

/** For a button on a message whose content is gone; plain text, as callback answers are. */
export function expired(): Html {
  return html`Pesan ini sudah kedaluwarsa. Silakan tanya lagi.`;
}

export function internalError(): Html {
  return html`Maaf, terjadi kesalahan saat menyiapkan jawaban. Coba lagi sebentar lagi.`;
}
