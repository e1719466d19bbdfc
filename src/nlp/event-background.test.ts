import { describe, expect, it } from "vitest";
import { findDateMentions } from "./dates.js";
import { longBefore, recalledInClause, yearLongBefore } from "./event-background.js";
import { clauseAround } from "./event-clause.js";
import { eventTriggers } from "./lexicon.js";
import { eventsIn } from "./testing.js";

/** Thursday 12 September 2024. */
const PUBLISHED = { year: 2024, month: 9, day: 12 };

const events = eventsIn;

describe("background events", () => {
  it("knows a date well before the publication from a recent one", () => {
    expect(longBefore({ year: 2022, month: 3, day: 4 }, PUBLISHED)).toBe(true);
    expect(longBefore({ year: 2024, month: 9, day: 2 }, PUBLISHED)).toBe(false);
    expect(longBefore({ year: 2024, month: 2 }, PUBLISHED)).toBe(false);
    expect(longBefore({ year: 2022, month: 3, day: 4 }, null)).toBe(false);
  });

  it("does not tell a visit dated years before the story as its event", () => {
    const found = events(
      "Forum bisnis ini menindaklanjuti kunjungan Presiden Chile Gabriel Boric ke Vietnam pada 3 Maret 2022 lalu.",
    );
    expect(found.filter((event) => event.type === "visit")).toHaveLength(0);
  });

  it("reads 'beberapa waktu lalu' in the event's clause as a recalled event", () => {
    const text = "Topik itu dibahas Menlu Peru ketika berkunjung ke Chile beberapa waktu lalu.";
    const trigger = eventTriggers.findAll(text).find((match) => match.value === "visit")!;
    expect(recalledInClause(text, trigger)).toBe(true);
    const found = events(
      "Menlu Peru Elmer Schialer bertemu Menlu Chile Alberto van Klaveren di Lima pada Selasa. Topik itu dibahas ketika Menlu Peru Elmer Schialer berkunjung ke Chile beberapa waktu lalu.",
    );
    expect(found.filter((event) => event.type === "visit")).toHaveLength(0);
  });

  it("reads 'beberapa waktu lalu' closing the sentence after a comma as the event's time", () => {
    const text =
      "Hal ini disampaikan ketika Menlu Chile menerima kunjungan Menlu Peru di Santiago, beberapa waktu lalu.";
    const trigger = eventTriggers.findAll(text).find((match) => match.value === "meeting")!;
    expect(recalledInClause(text, trigger)).toBe(true);
  });

  it("but a statement closing so is made when it is told: the time is of what it is about", () => {
    const text =
      "Menlu Chile mengatakan dia siap bertemu, mempertegas pernyataan Presiden Chile beberapa waktu lalu.";
    const trigger = eventTriggers.findAll(text).find((match) => match.value === "statement")!;
    expect(recalledInClause(text, trigger)).toBe(false);
  });
});

describe("events a sentence recalls", () => {
  const held = (text: string) =>
    events(text).filter((event) => event.type !== "statement" && event.type !== "report");

  it("the meeting a period started with is background ('sejak pertemuan kedua')", () => {
    expect(
      held(
        "Negosiasi dua negara mengalami kebuntuan sejak pertemuan kedua antara Pemimpin Korea Utara Kim Jong Un dan Presiden AS Donald Trump di Hanoi, Vietnam.",
      ),
    ).toEqual([]);
  });

  it("an earlier meeting is background ('pertemuan sebelumnya')", () => {
    expect(
      held(
        "Setelah pertemuan sebelumnya dengan Menteri Pertahanan Rusia Sergei Shoigu, PM Israel Benjamin Netanyahu menegaskan sikapnya.",
      ),
    ).toEqual([]);
  });

  it("the last time two met is background ('terakhir kali bertemu')", () => {
    expect(
      held(
        "Presiden AS Donald Trump dan Pemimpin Korea Utara Kim Jong Un terakhir kali bertemu di Zona Demiliterisasi, Korea Selatan.",
      ),
    ).toEqual([]);
  });

  it("meetings on many occasions are background ('di berbagai kesempatan', 'beberapa kali')", () => {
    expect(
      held(
        "PM Singapura Lee Hsien Loong dan Presiden Indonesia BJ Habibie bertemu di berbagai kesempatan.",
      ),
    ).toEqual([]);
    expect(
      held(
        "PM Singapura Lee Hsien Loong dan Menteri Indonesia BJ Habibie melakukan pertemuan beberapa kali.",
      ),
    ).toEqual([]);
  });

  it("an event in a year long before the story is background ('pada 1990')", () => {
    expect(
      held(
        "PM Singapura Lee Hsien Loong bertemu Menristek Indonesia BJ Habibie di Bandung pada 1990.",
      ),
    ).toEqual([]);
  });

  const yearBefore = (text: string, word: string) => {
    const start = text.indexOf(word);
    const trigger = { start, end: start + word.length };
    return yearLongBefore(text, trigger, findDateMentions(text, PUBLISHED), PUBLISHED);
  };

  it("a year a period runs from, or of a relative clause, is not the event's", () => {
    expect(yearBefore("Inggris dan China meneken perjanjian pada tahun 1984.", "meneken")).toBe(
      true,
    );
    expect(
      yearBefore("kunjungan pertama sejak hubungan diplomatik dibangun tahun 1965", "kunjungan"),
    ).toBe(false);
    expect(yearBefore("kata Wang Yi mengutip puisi yang ditulis pada 1963", "kata")).toBe(false);
    expect(yearBefore("Inggris dan China meneken perjanjian pada tahun 2023.", "meneken")).toBe(
      false,
    );
    expect(
      held(
        "Menlu Uruguay Rodolfo Nin Novoa bertemu Menlu Indonesia Retno Marsudi di Jakarta pada Senin, pertemuan pertama sejak hubungan diplomatik kedua negara dibangun tahun 1965.",
      ),
    ).toHaveLength(1);
  });
});

describe("events only offered", () => {
  it("a meeting one is ready, willing or offers to hold did not take place", () => {
    for (const text of [
      "Presiden AS Donald Trump siap bertemu dengan Presiden Iran Hassan Rouhani di New York.",
      "Presiden AS Donald Trump bersedia untuk bertemu dengan Presiden Iran Hassan Rouhani di New York.",
      "Pemimpin Korea Utara Kim Jong Un menawarkan untuk melakukan pertemuan dengan Presiden AS Donald Trump di Pyongyang.",
      "Menlu AS Mike Pompeo ditanya tentang kemungkinan pertemuan Presiden Iran Hassan Rouhani dengan Presiden AS Donald Trump di New York.",
      "Presiden AS Donald Trump terbuka untuk bertemu dengan Presiden Iran Hassan Rouhani di New York.",
      "Presiden AS Donald Trump menyatakan kesediaannya untuk bertemu dengan Presiden Iran Hassan Rouhani di New York.",
      "Presiden AS Donald Trump membatalkan pertemuan dengan Presiden Iran Hassan Rouhani di New York.",
      "Menlu AS Mike Pompeo menyatakan bahwa Presiden AS Donald Trump dan Presiden Iran Hassan Rouhani bisa bertemu di New York.",
      "Menlu AS Mike Pompeo mengatakan Presiden AS Donald Trump dapat bertemu dengan Presiden Iran Hassan Rouhani di pertemuan PBB yang akan datang.",
      "Presiden AS Donald Trump akan menghadapi Presiden Iran Hassan Rouhani saat pertemuan tahunan para pemimpin dunia di New York pada pekan depan.",
    ])
      expect(events(text).filter((event) => event.type === "meeting")).toEqual([]);
  });

  it("a meeting its clause goes on to deny or call off did not take place", () => {
    for (const text of [
      "Pertemuan Presiden AS Donald Trump dan Presiden Iran Hassan Rouhani di New York tidak akan terjadi, kata Iran.",
      "Menurut Iran, pertemuan Presiden Iran Hassan Rouhani dengan Presiden AS Donald Trump di New York tidak ada dalam agenda.",
      "Pertemuan Presiden AS Donald Trump dan Presiden Iran Hassan Rouhani di New York ditunda.",
    ])
      expect(events(text).filter((event) => event.type === "meeting")).toEqual([]);
  });

  it("a gathering of many countries, or one side's caucus, is not the pair's meeting", () => {
    for (const text of [
      "Presiden Filipina Rodrigo Duterte dan Presiden Joko Widodo hadir dalam pertemuan enam negara di Manado pada Senin (9/9).",
      "Menlu Filipina dan Menlu Retno Marsudi menghadiri pertemuan multilateral di Manado pada Senin (9/9).",
      "Perdana Menteri Solomon Manasseh Sogavare memutuskan dalam pertemuan kaukus di Honiara pada Senin (9/9) untuk meninggalkan Taiwan.",
      "Menlu Peru mengecam Chile dalam pertemuan darurat Dewan Keamanan di New York pada Senin (9/9).",
      "Menlu Irlandia Simon Coveney mengecam Inggris dalam pertemuan partainya di Dublin pada Senin (9/9).",
    ])
      expect(events(text).filter((event) => event.type === "meeting")).toEqual([]);
  });

  it("an agreement nearly signed, still being finalised, or to be signed on a condition, was not signed", () => {
    for (const text of [
      "Chile dan Peru hampir menandatangani perjanjian perdamaian pada Senin (9/9).",
      "Menlu Chile mengatakan proyek ini sedang dalam tahap finalisasi penandatanganan kerja sama dengan Peru pada Senin (9/9).",
      "Chile hanya akan membantu Peru jika negara itu menandatangani sebuah kesepakatan dengan Chile pada Senin (9/9).",
    ])
      expect(events(text).filter((event) => event.type === "signing")).toEqual([]);
  });

  it("after a verb of saying, 'jika' means 'that', not 'if'", () => {
    const found = events(
      "Seorang diplomat Peru menyebutkan, jika duta besar mereka diusir oleh Chile pada Senin (9/9).",
    );
    expect(found.map((event) => event.type)).toContain("expulsion");
  });

  it("a meeting only claimed or hinted at by one side is not reported as one", () => {
    for (const text of [
      "Presiden AS Donald Trump mengklaim bahwa Presiden Iran Hassan Rouhani akan bertemu dengannya di New York.",
      "Presiden AS Donald Trump berulang kali mengindikasikan bahwa Presiden Iran Hassan Rouhani akan bertemu dengannya di New York pada bulan ini.",
    ])
      expect(events(text).filter((event) => event.type === "meeting")).toEqual([]);
  });

  it("a visit by citizens, or to the UN, is not a visit between the states", () => {
    for (const text of [
      "Menlu Chile mengeluarkan imbauan kepada warganya yang tinggal atau yang hendak berkunjung ke Peru pada Senin (9/9).",
      "Peru diminta memberikan visa kepada pejabat Chile yang hendak berkunjung ke PBB pada Senin (9/9).",
    ])
      expect(events(text).filter((event) => event.type === "visit")).toEqual([]);
  });

  it("a sanction one is considering was not imposed", () => {
    const found = events(
      "Menteri Keuangan AS Steven Mnuchin mengatakan pemerintahan Trump sedang mempertimbangkan untuk menjatuhkan sanksi terhadap Turki pada Senin (9/9).",
    );
    expect(found.filter((event) => event.type === "sanction")).toEqual([]);
  });

  it("a visit most likely to take place ('kemungkinan besar') is still planned", () => {
    const found = events(
      "Latihan itu kemungkinan besar bertepatan dengan kunjungan Presiden China Xi Jinping ke India pada Oktober mendatang.",
    );
    expect(found.find((event) => event.type === "visit")).toMatchObject({ planned: true });
  });

  it("a visit one is invited to make on a date is planned, though the invitee's name stands in commas", () => {
    const found = events(
      "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Amerika Serikat, Donald Trump, untuk berkunjung ke Pyongyang pada Desember.",
    );
    expect(found.find((event) => event.type === "visit")).toMatchObject({ planned: true });
  });

  it("a visit one is invited to make without a date is only offered, not an event", () => {
    for (const text of [
      "Pada Senin, surat kabar Korea Selatan melaporkan bahwa Pemimpin Korea Utara Kim Jong Un telah mengundang Presiden AS Donald Trump untuk mengunjungi Pyongyang.",
      "Pemimpin Korea Utara Kim Jong Un mengundang Presiden Amerika Serikat, Donald Trump, untuk berkunjung ke Pyongyang.",
      "Kepala Staf Angkatan Darat Kanada ingin mengenal Asia Tenggara, dan Kepala Staf Angkatan Darat Andika Perkasa mengundangnya untuk berkunjung ke Indonesia.",
    ])
      expect(events(text).filter((event) => event.type === "visit")).toEqual([]);
  });

  it("a meeting that 'bakal' happen is planned", () => {
    const found = events(
      "Presiden Korea Selatan Moon Jae-in bakal bertemu dengan Presiden Amerika Serikat Donald Trump di New York.",
    );
    expect(found.find((event) => event.type === "meeting")).toMatchObject({ planned: true });
  });

  it("a sanction one urges others to impose was not imposed", () => {
    const found = events(
      "Kementerian Luar Negeri Palestina mendesak Dewan Keamanan (DK) PBB untuk menjatuhkan sanksi kepada Israel, Jumat (13/9/2024).",
    );
    expect(found.filter((event) => event.type === "sanction")).toEqual([]);
  });

  it("a protest something is meant for ('supaya ... melakukan nota protes') was not made", () => {
    const found = events(
      "Menteri Kelautan Indonesia Susi Pudjiastuti menyampaikan data kepada Menlu Retno Marsudi supaya Menlu melayangkan nota protes kepada Vietnam, Senin (9/9/2024).",
    );
    expect(found.filter((event) => event.type === "protest")).toEqual([]);
  });

  it("a meeting with a country's human-rights lawyers is not one between states", () => {
    const found = events(
      "Kanselir Jerman Angela Merkel bertemu dengan pengacara HAM China di Beijing pada Jumat (6/9/2024) dan membahas hubungan Jerman dan China.",
    );
    expect(found.filter((event) => event.type === "meeting")).toEqual([]);
  });

  it("a visit a stretch of time before what the story tells is background", () => {
    const found = events(
      "Turki dan Rusia membahas penjualan jet Su-35, Jumat (6/9/2024), dua bulan setelah kunjungan Presiden Turki Recep Tayyip Erdogan ke Moskow, Rusia.",
    );
    expect(found.filter((event) => event.type === "visit")).toEqual([]);
  });

  it("a visit one intends to make ('hendak berkunjung') is planned", () => {
    const found = events(
      "Menlu Jepang Taro Kono hendak berkunjung ke Jakarta, Indonesia untuk bertemu Menlu Retno Marsudi.",
    );
    expect(found.find((event) => event.type === "visit")).toMatchObject({ planned: true });
  });
});

describe("the lead tells the story's pair", () => {
  it("an event sentence of the lead that names no country belongs to the pair", () => {
    const found = events(
      "Peru dan Chile sepakat memperluas kerja sama perikanan. Kesepakatan dicapai dalam pertemuan di Arica, Selasa.",
    );
    expect(found.find((event) => event.type === "meeting")).toMatchObject({
      date: { year: 2024, month: 9, day: 10 },
      place: "Arica",
    });
  });
});

describe("trigger words", () => {
  it("reads summoning a diplomat as a protest, denied entry as a sanction", () => {
    expect(eventTriggers.findAll("Norwegia memanggil diplomat Rusia")[0]?.value).toBe("protest");
    expect(eventTriggers.findAll("menteri itu ditolak masuk ke Rusia")[0]?.value).toBe("sanction");
    expect(eventTriggers.findAll("Hal itu disampaikan Menlu Peru")[0]?.value).toBe("statement");
  });
});

describe("clauses", () => {
  it("'karena' ends the clause, so a plan before it is another verb's", () => {
    const text = "Rencana itu batal karena menteri tersebut ditolak masuk ke Rusia.";
    const [from] = clauseAround(text, text.indexOf("ditolak"), text.indexOf(" ke"));
    expect(text.slice(from).trim().startsWith("menteri")).toBe(true);
  });
});

describe("a meeting during a visit", () => {
  it("an undated meeting takes the first day of the story's dated visit (an undated page)", () => {
    const found = events(
      [
        "Presiden Finlandia Alexander Stubb bertemu Perdana Menteri Vietnam Pham Minh Chinh di Hanoi.",
        "Keduanya membahas energi terbarukan.",
        "Pelabuhan juga dibahas.",
        "Begitu pula pendidikan.",
        "Presiden Finlandia Alexander Stubb sedang melakukan kunjungan resmi di Vietnam dari 2 hingga 5 September 2024.",
      ].join("\n\n"),
      null,
    );
    expect(found.find((event) => event.type === "meeting")).toMatchObject({
      date: { year: 2024, month: 9, day: 2 },
    });
  });
});
