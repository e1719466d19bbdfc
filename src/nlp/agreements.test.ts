import { describe, expect, it } from "vitest";
import { agreementIn } from "./agreements.js";

describe("what a pair agreed", () => {
  it("is the object of the verb", () => {
    expect(
      agreementIn("Indonesia dan Singapura sepakat untuk terus melanjutkan kerja sama vokasi."),
    ).toBe("terus melanjutkan kerja sama vokasi");
    expect(
      agreementIn(
        "Kedua negara menyepakati kerja sama di bidang perdagangan, investasi, dan energi.",
      ),
    ).toBe("kerja sama di bidang perdagangan, investasi, dan energi");
  });

  it("ends where another clause is joined to it", () => {
    expect(
      agreementIn(
        "Kedua pihak sepakat untuk memulai kembali pembicaraan tingkat kerja tetapi rencana itu belum terealisasi.",
      ),
    ).toBe("memulai kembali pembicaraan tingkat kerja");
    expect(
      agreementIn(
        "Mereka menyepakati berlanjutnya dialog nuklir setelah bertemu kembali di Zona Demiliterisasi.",
      ),
    ).toBe("berlanjutnya dialog nuklir");
  });

  it("is none when it did not happen", () => {
    expect(agreementIn("Kedua negara belum menyepakati harga gas.")).toBeNull();
    expect(agreementIn("AS dan China gagal menandatangani kesepakatan dagang.")).toBeNull();
  });

  it("needs more than one word", () => {
    expect(agreementIn("Kedua menteri menandatangani MoU.")).toBeNull();
  });
});
