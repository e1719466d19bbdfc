import { describe, expect, it } from "vitest";
import { relationCues } from "./lexicon.js";
import { analyseSentence } from "./sentence-parties.js";
import { clauseBreaks, partyMentions, rolesOf } from "./tone-roles.js";

/** The doers and receivers of the relation word `word` in an invented sentence. */
function roles(text: string, word: string) {
  const parties = analyseSentence({ index: 3, paragraph: 1, text }, [], 2024);
  const cue = relationCues.findAll(text).find((c) => c.surface.toLowerCase() === word);
  if (!cue) throw new Error(`no cue ${word}`);
  const found = rolesOf(cue, text, partyMentions(parties, 2024), clauseBreaks(text));
  return { source: [...found.source].sort(), target: [...found.target].sort() };
}

describe("who does a relation word and to whom", () => {
  it("when a speaker reports with 'bahwa', the doer is the country in the reported clause", () => {
    expect(roles("Menlu Peru mengatakan bahwa Chile mengancam Bolivia.", "mengancam")).toEqual({
      source: ["CL"],
      target: ["BO"],
    });
    expect(roles("Canada said that Mexico threatened Cuba.", "threatened").source).toEqual(["MX"]);
  });

  it("when a clause opening the sentence says when, who it names is not the main clause's doer", () => {
    expect(
      roles("Setelah bertemu Raja Peru, Chile mengancam Bolivia.", "mengancam").source,
    ).toEqual(["CL"]);
    expect(
      roles("Setelah bertemu Menlu Peru, dia mengancam Bolivia lagi.", "mengancam").source,
    ).toEqual([]);
    expect(
      roles(
        "Dengan mundurnya Peru, negara-negara Amerika Latin menyatakan dukungan untuk Chile.",
        "dukungan",
      ).source,
    ).toEqual([]);
    // "Sementara itu," only links: the doer is named after it.
    expect(
      roles("Sementara itu, Presiden Chile, Gabriel Boric, mengancam Bolivia.", "mengancam").source,
    ).toEqual(["CL"]);
  });

  it("when a country denies another's accusation 'from' it, the accuser receives the denial", () => {
    expect(roles("Chile membantah tuduhan dari pejabat Peru.", "membantah")).toEqual({
      source: ["CL"],
      target: ["PE"],
    });
    expect(roles("Chile menampik klaim Peru.", "menampik")).toEqual({
      source: ["CL"],
      target: ["PE"],
    });
  });

  it("when a verb follows 'saat' or 'ketika' without a subject, the clause before gives it", () => {
    expect(roles("Menlu Chile mengatakan hal itu saat bertemu Menlu Peru.", "bertemu")).toEqual({
      source: ["CL"],
      target: ["PE"],
    });
    expect(
      roles("Penekanan itu diutarakan Chile saat bertelepon dengan Presiden Peru.", "bertelepon")
        .source,
    ).toEqual(["CL"]);
    // What is said ("bahwa Bolivia ...") holds no subject for the verb after "setelah".
    expect(
      roles(
        "Menlu itu mengatakan bahwa Bolivia pelakunya, setelah berkunjung ke Peru.",
        "berkunjung",
      ).source,
    ).toEqual([]);
  });

  it("when nobody is named after 'bahwa', the speaker is the doer", () => {
    expect(roles("Chile menegaskan bahwa pihaknya mengancam Bolivia.", "mengancam").source).toEqual(
      ["CL"],
    );
  });

  it("when the doer follows the receiver after 'oleh', it is still the doer", () => {
    expect(roles("Itu tindakan perang terhadap Kenya oleh Uganda.", "perang")).toEqual({
      source: ["UG"],
      target: ["KE"],
    });
  });

  it("when a comma follows the preposition's noun, the country after it is not the doer", () => {
    const text =
      "Serangan terhadap kilang Kenya diklaim oleh pemberontak lokal, Kampala menuduh Sudan.";
    expect(roles(text, "serangan")).toEqual({ source: [], target: ["KE"] });
  });

  it("when a leader's name follows the comma, it is the preposition's noun in apposition", () => {
    const text = "Usai pertemuan dengan pemimpin negeri itu, Vladimir Putin di Moskow, dia pulang.";
    expect(roles(text, "pertemuan").target).toEqual(["RU"]);
  });

  it("when a short aside in brackets follows a name, the clause goes on past it", () => {
    expect(roles("Amerika Serikat (AS) menuduh Kuba mendalangi serangan.", "menuduh")).toEqual({
      source: ["US"],
      target: ["CU"],
    });
  });

  it("when a country is inside a phrase after the verb ('dalam konflik X'), it is no object", () => {
    expect(roles("Peru dan Chile berlawanan dalam konflik Bolivia.", "berlawanan").target).toEqual(
      [],
    );
  });
});

describe("relative clauses", () => {
  it("when a relative clause names nobody, its doer is the noun it hangs on ('aksi AS yang menembakkan')", () => {
    expect(
      roles(
        "Peru mengecam aksi Chile yang menembakkan rudal ke pangkalan milik Bolivia.",
        "menembakkan",
      ),
    ).toEqual({ source: ["CL"], target: ["BO"] });
  });
});

describe("the doer of an attack named by a noun after a light verb", () => {
  it("is the country right before the light verb, not the speaker before it", () => {
    expect(
      roles("Menlu Chile menuturkan, Peru berada di balik serangan terhadap Bolivia.", "serangan"),
    ).toEqual({ source: ["PE"], target: ["BO"] });
  });

  it("may stand a number or a quantity away from the noun", () => {
    expect(roles("Peru berada di balik hampir 100 serangan terhadap Bolivia.", "serangan")).toEqual(
      {
        source: ["PE"],
        target: ["BO"],
      },
    );
  });
});

describe("receivers joined by 'dan'", () => {
  it("both receive the act", () => {
    expect(
      roles("Chile bernegosiasi dengan Peru dan Bolivia soal perbatasan.", "bernegosiasi"),
    ).toEqual({ source: ["CL"], target: ["BO", "PE"] });
  });
});
