import { describe, expect, it } from "vitest";
import { findPeople } from "./people.js";
import { analyseSentence } from "./sentence-parties.js";
import { pairTone, toneOf } from "./tone.js";
import type { Pair } from "./types.js";

/** The tone counts of `pair` over invented sentences, one article. */
function tone(pair: Pair, ...sentences: string[]) {
  const people = findPeople(sentences.join(" "));
  const about = sentences.map((text, index) =>
    analyseSentence({ index, paragraph: 0, text }, people, 2024),
  );
  return pairTone(about, pair, 2024);
}

describe("the tone of a relation", () => {
  it("is neutral without relation words", () => expect(toneOf(0, 0)).toBe("neutral"));
  it("is cooperation when cooperation clearly outweighs conflict", () =>
    expect(toneOf(6, 1)).toBe("cooperation"));
  it("is conflict when conflict clearly outweighs cooperation", () =>
    expect(toneOf(1, 4)).toBe("conflict"));
  it("is mixed when neither clearly outweighs the other", () => expect(toneOf(3, 2)).toBe("mixed"));
});

describe("who does what to whom", () => {
  it("counts an act between the pair", () => {
    expect(tone(["KE", "UG"], "Kenya menggugat Uganda di pengadilan.").conflict).toBe(2);
    expect(tone(["KE", "UG"], "Uganda dikecam oleh Kenya.").conflict).toBe(2);
  });

  it("reads mocking or taunting the other as conflict", () => {
    expect(tone(["KE", "UG"], "Kenya meledek Uganda atas kegagalan itu.")).toEqual({
      cooperation: 0,
      conflict: 2,
    });
    expect(tone(["KE", "UG"], "Menlu Kenya menyindir Uganda dalam konferensi pers.").conflict).toBe(
      2,
    );
  });

  it("reads condemning an attack on the partner as solidarity", () => {
    const counts = tone(
      ["JP", "PH"],
      "Filipina mengecam keras serangan terhadap pangkalan Jepang.",
    );
    expect(counts).toEqual({ cooperation: 2, conflict: 0 });
  });

  it("reads condemning the partner's attack as conflict with it", () => {
    const sentence = "Vietnam mengutuk serangan Kamboja terhadap Laos.";
    expect(tone(["KH", "VN"], sentence)).toEqual({ cooperation: 0, conflict: 2 });
    expect(tone(["LA", "VN"], sentence)).toEqual({ cooperation: 2, conflict: 0 });
  });

  it("reads condemning sanctions as siding with the one they are imposed on", () => {
    const sanctions = "Vietnam mengecam sanksi Kamboja terhadap Laos.";
    expect(tone(["KH", "VN"], sanctions)).toEqual({ cooperation: 0, conflict: 2 });
    expect(tone(["LA", "VN"], sanctions)).toEqual({ cooperation: 2, conflict: 0 });
  });

  it("reads blaming a country for an attack as conflict with that country", () => {
    const sentence = "Kenya menyalahkan Uganda sebagai dalang serangan itu.";
    expect(tone(["KE", "UG"], sentence)).toEqual({ cooperation: 0, conflict: 2 });
  });

  it("says nothing of one country in a list of several after the verb", () => {
    const listed = "Rwanda membutuhkan bantuan dari Kenya, Uganda, Tanzania dan Ghana.";
    expect(tone(["RW", "UG"], listed).cooperation).toBe(0);
    expect(tone(["RW", "UG"], "Rwanda membutuhkan bantuan dari Uganda.").cooperation).toBe(1);
  });

  it("leaves out an act aimed at a third country", () => {
    const sentence = "Argentina menyatakan Brasil memutuskan hubungan dengan Paraguay.";
    expect(tone(["AR", "BR"], sentence).conflict).toBe(0);
    expect(tone(["BR", "PY"], sentence).conflict).toBe(2);
  });

  it("leaves out an attack told as background, whose doer is not named", () => {
    const sentence = "Kanada mengirim tim ke Meksiko setelah serangan terhadap pabrik Meksiko.";
    expect(tone(["CA", "MX"], sentence).conflict).toBe(0);
  });

  it("counts an attack whose doer is named through a light verb", () => {
    const sentence = "Mesir berada di balik serangan terhadap kapal Sudan.";
    expect(tone(["EG", "SD"], sentence).conflict).toBe(2);
  });

  it("leaves out an attack by someone a relative clause names", () => {
    const sentence = "Jepang siap melawan pihak yang menyerang Korea Selatan.";
    expect(tone(["JP", "KR"], sentence).conflict).toBe(0);
  });

  it("does not make a threat the doer's when it sits in a phrase", () => {
    const sentence = "Korea Selatan meminta perlindungan Jepang dari ancaman Rusia.";
    expect(tone(["JP", "KR"], sentence).conflict).toBe(0);
  });

  it("takes a quote's speaker as the doer", () => {
    const sentence = '"Kami memutuskan hubungan dengan Uganda," kata Presiden Kenya.';
    expect(tone(["KE", "UG"], sentence).conflict).toBe(2);
  });
});

describe("kinds of words", () => {
  it("reads halting trade as a sanction, not as trade", () =>
    expect(tone(["CL", "PE"], "Peru memperpanjang penghentian ekspor gandum ke Chili.")).toEqual({
      cooperation: 0,
      conflict: 2,
    }));

  it("reads a tariff rate as trade terms, not a sanction", () =>
    expect(
      tone(["CL", "PE"], "Peru menerapkan tarif bea masuk gandum yang sama untuk Chili.").conflict,
    ).toBe(0));

  it("reads raising tariffs on a country as a sanction", () =>
    expect(tone(["CL", "PE"], "Peru menaikkan tarif impor gandum dari Chili.").conflict).toBe(2));

  it("counts an offer as cooperation by the one offering", () =>
    expect(tone(["CL", "PE"], "Peru menawarkan bantuan untuk Chili.").cooperation).toBe(2));

  it("reads a right of reply, with its possessive, as a rebuttal", () =>
    expect(
      tone(["CL", "PE"], "Peru menyampaikan hak jawabnya atas pernyataan Chili.").conflict,
    ).toBe(2));

  it("reads insulting and belittling another country as disapproval", () => {
    expect(tone(["CL", "PE"], "Peru dinilai meremehkan Chili dalam urusan itu.").conflict).toBe(2);
    expect(tone(["CL", "PE"], "Peru menghina Chili lewat pernyataan resmi.").conflict).toBe(2);
  });

  it("counts a state between two sides without asking who did it", () =>
    expect(tone(["CL", "PE"], "Sengketa dengan Chili membuat Peru waspada.").conflict).toBe(2));
});

describe("acts across the article", () => {
  it("follows an attack already known as someone else's", () => {
    const counts = tone(
      ["CL", "PE"],
      "Peru mengecam serangan terhadap kedutaan Chili.",
      "Serangan itu menewaskan tiga orang.",
    );
    expect(counts).toEqual({ cooperation: 2, conflict: 0 });
  });

  it("follows a kind of conflict the pair already had", () => {
    const counts = tone(
      ["KE", "UG"],
      "Kenya menggugat Uganda.",
      "Gugatan itu diajukan pekan lalu.",
    );
    expect(counts.conflict).toBe(4);
  });

  it("ignores conflict words about nobody in particular", () => {
    const counts = tone(["KE", "UG"], "Kenya bertemu Uganda.", "Ketegangan meningkat di kawasan.");
    expect(counts).toEqual({ cooperation: 1, conflict: 0 });
  });
});

describe("words that are no act", () => {
  it("drops negated cooperation", () =>
    expect(tone(["NO", "SE"], "Norwegia tidak akan bertemu dengan Swedia.").cooperation).toBe(0));

  it("keeps cooperation that is only qualified", () =>
    expect(tone(["NO", "SE"], "Norwegia tidak hanya bertemu Swedia.").cooperation).toBe(1));

  it("drops cooperation that is refused, keeping the refusal", () =>
    expect(tone(["NO", "SE"], "Norwegia menolak untuk bertemu dengan Swedia.")).toEqual({
      cooperation: 0,
      conflict: 2,
    }));

  it("drops the purpose of a refused meeting too", () =>
    expect(
      tone(["CA", "MX"], "Kanada menolak untuk bertemu dengan Meksiko untuk membahas kemitraan."),
    ).toEqual({ cooperation: 0, conflict: 2 }));

  it("keeps the purpose of a meeting that happened", () =>
    expect(
      tone(["CA", "MX"], "Kanada bertemu dengan Meksiko untuk membahas kemitraan.").cooperation,
    ).toBe(2));

  it("drops relation words inside a name of office", () =>
    expect(tone(["NO", "SE"], "Menteri Perdagangan Norwegia bertemu Swedia.").cooperation).toBe(1));

  it("sets no tone from weapons named without an act", () =>
    expect(tone(["NO", "SE"], "Norwegia memamerkan rudal buatan Swedia.").conflict).toBe(0));

  it("sets no tone from a phrase that only looks like conflict", () => {
    const sentence = "Pesawat Australia melakukan pengeboman air di hutan Selandia Baru.";
    expect(tone(["AU", "NZ"], sentence).conflict).toBe(0);
  });

  it("reads human rights violations as a domestic matter, not an act between states", () => {
    const sentence = "Laporan Selandia Baru mencatat pelanggaran HAM oleh aparat Australia.";
    expect(tone(["AU", "NZ"], sentence).conflict).toBe(0);
  });
});

describe("questions, switches and amends", () => {
  it("reads turning an offer down as a refusal of the one offering, not as cooperation", () => {
    expect(tone(["CL", "PE"], "Chili tidak mau menerima tawaran bantuan dari Peru.")).toEqual({
      cooperation: 0,
      conflict: 2,
    });
    expect(tone(["CL", "PE"], "Presiden Chili tidak menerima bantuan Peru.")).toEqual({
      cooperation: 0,
      conflict: 2,
    });
  });

  it("drops cooperation that a conflict verb is about", () =>
    expect(tone(["NO", "SE"], "Norwegia mempertanyakan investasi Swedia.")).toEqual({
      cooperation: 0,
      conflict: 2,
    }));

  it("reads turning from one country to another as a break and a tie", () => {
    const sentence =
      "Paraguay memutuskan mengalihkan hubungan diplomatiknya dari Bolivia ke Ekuador.";
    expect(tone(["BO", "PY"], sentence)).toEqual({ cooperation: 0, conflict: 2 });
    expect(tone(["EC", "PY"], sentence)).toEqual({ cooperation: 1, conflict: 0 });
  });

  it("counts an apology as making amends", () =>
    expect(tone(["BE", "NL"], "Belanda meminta maaf kepada Belgia.").cooperation).toBe(2));

  it("counts condolences as cooperation", () =>
    expect(tone(["CL", "PE"], "Chili menyampaikan belasungkawa kepada Peru.").cooperation).toBe(1));

  it("counts a demand for an explanation as mild conflict", () =>
    expect(tone(["KE", "UG"], "Kenya menuntut penjelasan dari Uganda.").conflict).toBe(1));

  it("counts opposed positions as conflict between the two", () =>
    expect(tone(["KE", "UG"], "Sikap Kenya dan Uganda berlawanan dalam isu itu.").conflict).toBe(
      2,
    ));

  it("counts a right of reply as a rebuttal", () =>
    expect(tone(["KE", "UG"], "Kenya menyampaikan hak jawab kepada Uganda.").conflict).toBe(2));
});

describe("cooperation about nobody", () => {
  it("ignores cooperation words in a sentence naming neither country", () =>
    expect(
      tone(["KE", "UG"], "Kenya bertemu Uganda.", "Pertemuan itu berlangsung hangat."),
    ).toEqual({ cooperation: 1, conflict: 0 }));

  it("keeps cooperation said of both countries", () =>
    expect(tone(["KE", "UG"], "Kenya bertemu Uganda.", "Kedua negara sepakat.").cooperation).toBe(
      2,
    ));
});
