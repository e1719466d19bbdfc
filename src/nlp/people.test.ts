import { describe, expect, it } from "vitest";
import {
  findPeople,
  findPersonMentions,
  homeCountry,
  namedPeople,
  roleInEnglish,
} from "./people.js";
import { analyseSentence } from "./sentence-parties.js";

describe("people named with their office", () => {
  it("reads the title, the country and the name", () => {
    expect(findPeople("Presiden Rusia Vladimir Putin menerima tamunya.")).toEqual([
      { name: "Vladimir Putin", role: "Presiden", country: "RU" },
    ]);
    expect(findPeople("Menteri Luar Negeri Rusia Sergei Lavrov berkunjung ke Islamabad.")).toEqual([
      { name: "Sergei Lavrov", role: "Menlu", country: "RU" },
    ]);
  });

  it("gives an organisation's acronym after the office to the office, not to the name", () => {
    expect(findPeople("Trump bertemu Sekjen PBB Antonio Guterres di New York.")).toEqual([
      { name: "Antonio Guterres", role: "Sekjen PBB", country: null },
    ]);
    // A country's short name there is still the country.
    expect(findPeople("Menlu AS Mike Pompeo tiba.")).toEqual([
      { name: "Mike Pompeo", role: "Menlu", country: "US" },
    ]);
  });

  it("reads a ministry's name the titles do not list as part of the office, then the country", () => {
    expect(
      findPeople("Airlangga menerima Menteri Industri dan Perdagangan Singapura Chan Chun Sing."),
    ).toEqual([
      { name: "Chan Chun Sing", role: "Menteri Industri dan Perdagangan", country: "SG" },
    ]);
    // Named without a country, such a minister is the home cabinet's.
    const [siti] = findPeople(
      "Menteri Lingkungan Hidup dan Kehutanan (LHK) Siti Nurbaya membantah.",
    );
    expect(siti?.name).toBe("Siti Nurbaya");
    expect(homeCountry(siti?.role ?? null)).toBe("ID");
  });

  it("does not give the body's first minister the country a headline ends with", () => {
    const [minister] = findPeople(
      "Menteri BUMN Garap Proyek Tambang di Madagaskar\n\nMenteri BUMN Rini Soemarno mengawal lima BUMN.",
    ).filter((person) => person.name === "Rini Soemarno");
    expect(minister?.country).toBeNull();
  });

  it("gives an ambassador the country that sent them, not the host", () => {
    expect(
      findPeople("Duta Besar Republik Kazakhstan untuk Indonesia Berik Aryn berkata.")[0],
    ).toMatchObject({
      name: "Berik Aryn",
      country: "KZ",
    });
  });

  it("reads the name in apposition after the title, the country and a comma", () => {
    expect(findPeople("Tweet itu dibagikan Duta Besar Peru untuk Indonesia, Ana Torres.")).toEqual([
      { name: "Ana Torres", role: "Dubes", country: "PE" },
    ]);
    expect(findPeople("Menteri Luar Negeri Swedia, Ann Linde mengecam keras.")[0]).toMatchObject({
      name: "Ann Linde",
      country: "SE",
    });
  });

  it("does not take the next country or a weekday after the comma for a name", () => {
    expect(findPeople("Presiden Rusia, Turki dan Iran bertemu di Ankara.")).toEqual([]);
    expect(findPeople("Menteri Luar Negeri Iran, Senin (16/9), membantah.")).toEqual([]);
  });

  it("does not take the next clause's one-word subject after the comma for a name", () => {
    const people = findPeople(
      "Menteri BUMN Rini Soemarno tiba. Selain bertemu dengan Presiden Madagaskar, Rini juga bertemu menteri.",
    );
    expect(people).toEqual([{ name: "Rini Soemarno", role: "Menteri BUMN", country: null }]);
  });

  it("reads a ministry's long name and its short form as the office", () => {
    expect(
      findPeople(
        "Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno dan Menteri Hukum dan Hak Asasi Manusia (Menkumham) Yasonna Laoly hadir.",
      ).map((person) => person.name),
    ).toEqual(["Rini Soemarno", "Yasonna Laoly"]);
  });

  it("when a title-cased headline runs a name into the next words, the body's full name trims it", () => {
    const text =
      "Menko Luhut Ingin Tiru Vietnam\n\nMenko Luhut Binsar Panjaitan mengatakan Indonesia akan belajar dari Vietnam.";
    expect(findPeople(text).map((person) => person.name)).toEqual(["Luhut Binsar Panjaitan"]);
  });

  it("ends a name at punctuation, not in the next sentence", () => {
    const people = findPeople(
      "Menteri Luar Negeri Shah Mahmood Qureshi. Presiden Prancis Emmanuel Macron datang.",
    );
    expect(people.map((person) => person.name)).toEqual([
      "Shah Mahmood Qureshi",
      "Emmanuel Macron",
    ]);
  });

  it("knows a person named later by one name as the one introduced in full", () => {
    const people = findPeople(
      "Presiden China Xi Jinping bertemu tamunya. Presiden Xi mengatakan hal itu.",
    );
    expect(people).toEqual([{ name: "Xi Jinping", role: "Presiden", country: "CN" }]);
    const mentions = findPersonMentions("Xi mengundang tamunya.", people);
    expect(mentions.map((mention) => mention.person.country)).toEqual(["CN"]);
  });

  it("knows two names the data lists for one leader as one person", () => {
    const people = findPeople(
      "Presiden Jokowi menyambut tamunya. Presiden Joko Widodo atau Jokowi menerima Menlu China Wang Yi.",
    );
    const sentence = "Presiden Joko Widodo atau Jokowi menerima Menlu China Wang Yi.";
    const named = namedPeople(findPersonMentions(sentence, people));
    expect(named.map((person) => person.name)).toEqual(["Joko Widodo", "Wang Yi"]);
  });

  it("does not take another person sharing a first name for the one introduced", () => {
    const people = findPeople("Pemimpin Korea Utara Kim Jong Un bertemu Presiden AS Donald Trump.");
    const others = "Kepala perundingan Korea Utara, Kim Myong Gil, dan Donald Tusk hadir.";
    expect(findPersonMentions(others, people)).toEqual([]);
    const same = findPersonMentions("Kim Jong-un dan Kim Senin bertemu Donald Trump.", people);
    expect(new Set(same.map((mention) => mention.person.name))).toEqual(
      new Set(["Kim Jong Un", "Donald Trump"]),
    );
    expect(same.filter((mention) => mention.person.name === "Kim Jong Un").length).toBeGreaterThan(
      1,
    );
  });

  it("lets a name shared by two people stand for neither", () => {
    const people = findPeople("Presiden Korea Selatan Moon Jae-in dan Presiden Ghana John Moon.");
    expect(findPersonMentions("Moon berkata.", people)).toEqual([]);
  });
});

describe("people in English articles", () => {
  it("reads the country written before the title", () => {
    expect(
      findPeople("Russian President Vladimir Putin met Malaysia's Prime Minister Anwar Ibrahim."),
    ).toEqual([
      { name: "Vladimir Putin", role: "President", country: "RU" },
      { name: "Anwar Ibrahim", role: "Prime Minister", country: "MY" },
    ]);
  });
});

describe("names that stop at a country, and ministers of the news' own country", () => {
  it("ends a headline's name at a country", () => {
    expect(findPeople("Menko Darmawan Temui Jepang Bahas Pelabuhan")[0]?.name).toBe("Darmawan");
  });

  it("reads the name after the office's short form in brackets", () => {
    expect(
      findPeople(
        "Kepala Staf Angkatan Darat (KSAD) Jenderal TNI Andika Perkasa menggelar pertemuan.",
      ),
    ).toEqual([{ name: "Andika Perkasa", role: "Kepala Staf Angkatan Darat", country: null }]);
  });

  it("does not run a headline's last words into the body's first line", () => {
    const people = findPeople("Menlu Bertemu Enam Dubes\n\nAndi Kusuma hadir.");
    expect(people.filter((person) => person.name.includes("Andi"))).toEqual([]);
  });

  it("places a cabinet minister named without a country in the news' own country", () => {
    const [minister] = findPeople("Menteri Pertanian Budi Santoso meninjau sawah di Karawang.");
    expect(minister?.country).toBeNull();
    expect(homeCountry(minister?.role ?? null)).toBe("ID");
  });

  it("leaves foreign ministers, heads of government and kings where the text puts them", () => {
    expect(homeCountry("Menlu")).toBeNull();
    expect(homeCountry("PM")).toBeNull();
    expect(homeCountry("Raja")).toBeNull();
  });
});

describe("commanders of the news' own armed forces and police", () => {
  it("when the office names the home country's armed forces ('Panglima TNI') the person is Indonesia's", () => {
    expect(findPeople("Panglima TNI Jenderal Budi Santoso tiba di Washington.")).toEqual([
      { name: "Budi Santoso", role: "Panglima", country: "ID" },
    ]);
    expect(findPeople("Panglima TNI AL Laksamana Ahmad Yani meninjau kapal.")[0]).toMatchObject({
      name: "Ahmad Yani",
      country: "ID",
    });
  });

  it("when the office is a chief of staff of the services ('KSAD') without a country, the person is Indonesia's", () => {
    const [chief] = findPeople("KSAD Jenderal Budi Santoso tiba di Canberra.");
    expect(chief).toMatchObject({ name: "Budi Santoso", role: "KSAD", country: null });
    expect(homeCountry(chief?.role ?? null)).toBe("ID");
  });

  it("when a chief of staff is named with a country, the person is that country's", () => {
    expect(
      findPeople("Pertemuan dengan KSAD Kanada Jenderal Wayne Eyre berjalan baik.")[0],
    ).toMatchObject({ name: "Wayne Eyre", country: "CA" });
  });

  it("when a rank stands between the office and the name it is not part of the name", () => {
    expect(
      findPeople("Panglima Myanmar Jenderal Senior Min Aung Hlaing berkata.")[0],
    ).toMatchObject({
      name: "Min Aung Hlaing",
      country: "MM",
    });
    expect(findPeople("Juru Bicara Kolonel Ahmad Rahman membantah laporan itu.")[0]?.name).toBe(
      "Ahmad Rahman",
    );
  });
});

describe("aides of an office", () => {
  it("are read as the office's aide, of its country, not as its holder", () => {
    expect(
      findPeople("Jokowi bertemu Penasihat Hubungan Luar Negeri Presiden China Song Tao di Bogor."),
    ).toContainEqual({ name: "Song Tao", role: "Penasihat Presiden", country: "CN" });
    expect(
      findPeople("Taliban bertemu dengan Utusan Presiden Rusia untuk Afghanistan, Zamir Kabulov."),
    ).toEqual([{ name: "Zamir Kabulov", role: "Utusan Presiden", country: "RU" }]);
  });

  it("when the holder is named before the aide in apposition, the aide is the one after the comma", () => {
    expect(
      findPeople(
        "Jokowi bertemu dengan Penasihat Hubungan Luar Negeri Presiden Cina Xi Jinping, Song Tao.",
      ),
    ).toEqual([{ name: "Song Tao", role: "Penasihat Presiden", country: "CN" }]);
  });

  it("a leader named after an aide's office is the one served, not the aide", () => {
    expect(
      findPeople(
        "Jokowi bertemu Song Tao, Penasihat Hubungan Luar Negeri Presiden Cina Xi Jinping.",
      ),
    ).toEqual([]);
  });

  it("a former holder is shown as such and still stands for the country; a candidate does not", () => {
    expect(findPeople("Mantan Presiden AS Barack Obama bertemu Presiden Joko Widodo.")[0]).toEqual({
      name: "Barack Obama",
      role: "Mantan Presiden",
      country: "US",
    });
    expect(findPeople("Calon presiden AS Donald Trump bertemu Netanyahu.")[0]).toEqual({
      name: "Donald Trump",
      role: "Calon Presiden",
      country: "US",
      notInOffice: true,
    });
    expect(roleInEnglish("Mantan Presiden")).toBe("Former President");
    expect(roleInEnglish("Calon Presiden")).toBe("Candidate for President");
  });

  it("are shown in English as the office's aide", () => {
    expect(roleInEnglish("Penasihat Presiden")).toBe("Adviser to the President");
    expect(roleInEnglish("Utusan Khusus Presiden")).toBe("Special Envoy of the President");
  });
});

describe("past holders of an office", () => {
  it("are read with the office's ordinal, then the country and the name", () => {
    expect(findPeople("Presiden ke-3 RI BJ Habibie meninggal dunia.")).toEqual([
      { name: "BJ Habibie", role: "Presiden ke-3", country: "ID", notInOffice: true },
    ]);
    expect(findPeople("Presiden Pertama Timor Leste Xanana Gusmao melayat.")).toEqual([
      { name: "Xanana Gusmao", role: "Presiden Pertama", country: "TL", notInOffice: true },
    ]);
  });

  it("are shown with the ordinal in English too", () => {
    expect(roleInEnglish("Presiden ke-3")).toBe("3rd President");
    expect(roleInEnglish("Presiden Pertama")).toBe("1st President");
    expect(roleInEnglish("PM ke-22")).toBe("22nd PM");
  });

  it("do not stand for their country's state where they are named", () => {
    const people = findPeople("Presiden ke-3 RI BJ Habibie wafat. Habibie dihormati Jerman.");
    const text = "Habibie dihormati Jerman.";
    const parties = analyseSentence({ index: 1, paragraph: 0, text }, people, 2019);
    expect([...parties.parties]).toEqual(["DE"]);
  });

  it("keep initials written with a full stop in the name", () => {
    expect(findPeople("Presiden ke-3 Indonesia BJ. Habibie wafat.")[0]?.name).toBe("BJ. Habibie");
    expect(findPeople("Ia bertemu Menlu AS. Pompeo datang kemudian.")).toEqual([]);
  });

  it("take two capitals before a name for its initials, not for a body", () => {
    expect(findPeople("Presiden BJ Habibie meresmikan pabrik.")[0]).toMatchObject({
      name: "BJ Habibie",
      role: "Presiden",
    });
  });
});
