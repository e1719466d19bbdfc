import { describe, expect, it } from "vitest";
import { imposedByBody, metNonState, signsAnAgreement } from "./event-counterpart.js";
import { eventsIn } from "./testing.js";

const metAfter = (text: string, trigger: string) =>
  metNonState(text, text.indexOf(trigger) + trigger.length);

describe("who the subject met", () => {
  it("is not a state when an activist, a business or a community follows 'dengan'", () => {
    expect(metAfter("Menlu Chile bertemu dengan aktivis Peru Juan Pérez.", "bertemu")).toBe(true);
    expect(
      metAfter("Pengusaha Chile menggelar pertemuan dengan US Chamber of Commerce.", "pertemuan"),
    ).toBe(true);
    expect(metAfter("Presiden Chile bertemu dengan para pengusaha Peru.", "bertemu")).toBe(true);
    expect(metAfter("Agen pemain Chile akan menemui pihak klub Peru.", "menemui")).toBe(true);
  });

  it("is no state when an armed group follows, named with its capitals", () => {
    expect(
      metAfter("Trump akan bertemu dengan para pemimpin Taliban di Camp David.", "bertemu"),
    ).toBe(true);
    expect(metAfter("Menlu Chile bertemu dengan negara Islam lainnya di Jeddah.", "bertemu")).toBe(
      false,
    );
  });

  it("is no one when a thing follows ('menemui pembalasan', 'menemui jalan buntu')", () => {
    expect(metAfter("Setiap rencana Chile melawan Peru akan menemui pembalasan.", "menemui")).toBe(
      true,
    );
    expect(metAfter("Perundingan Chile dan Peru menemui jalan buntu.", "menemui")).toBe(true);
  });

  it("is no state's when an international body's office follows", () => {
    expect(metAfter("Dubes Peru menemui Kepala Manajemen PBB Jan Beagle.", "menemui")).toBe(true);
    expect(metAfter("Menlu Chile bertemu Menlu Peru di PBB.", "bertemu")).toBe(false);
  });

  it("is a state's when an official follows, or the non-state word is in another clause", () => {
    expect(metAfter("Menlu Chile bertemu dengan Menlu Peru di Lima.", "bertemu")).toBe(false);
    expect(
      metAfter("Menlu Chile bertemu dengan Menlu Peru, lalu menyapa para pengusaha.", "bertemu"),
    ).toBe(false);
  });
});

describe("a meeting with a non-state counterpart", () => {
  it("is not the pair's event, so their protest about it is", () => {
    const events = eventsIn(
      "Menlu Chile bertemu dengan aktivis Peru pada Senin (9/9). Peru memprotes Chile atas pertemuan itu pada Selasa (10/9).",
    );
    expect(events.map((event) => event.type)).not.toContain("meeting");
    expect(events.find((event) => event.type === "protest")?.date).toEqual({
      year: 2024,
      month: 9,
      day: 10,
    });
  });
});

describe("who imposes a sanction", () => {
  const byBody = (text: string) => imposedByBody(text, { start: text.indexOf("sanksi") });

  it("is an international body when one stands before it with no state between", () => {
    expect(byBody("Uni Eropa (UE) memutuskan memperpanjang sanksi terhadap Rusia.")).toBe(true);
    expect(
      byBody(
        "Dewan Keamanan PBB mengesahkan rancangan resolusi Amerika Serikat untuk menjatuhkan sanksi baru kepada Korea Utara.",
      ),
    ).toBe(true);
  });

  it("is a state when it acts with the body, after it, or without one", () => {
    expect(byBody("Amerika Serikat dan PBB menjatuhkan sanksi bagi bank Korea Utara.")).toBe(false);
    expect(byBody("Usai sidang PBB, Amerika Serikat menjatuhkan sanksi terhadap Iran.")).toBe(
      false,
    );
    expect(byBody("Amerika Serikat menjatuhkan sanksi terhadap Iran.")).toBe(false);
  });

  it("makes no sanction event between the state it punishes and another the sentence names", () => {
    const events = eventsIn(
      "Uni Eropa menjatuhkan sanksi terhadap Chile setelah Chile menyerang Peru pada Senin (9/9).",
    );
    expect(events.map((event) => event.type)).not.toContain("sanction");
  });
});

describe("what is signed", () => {
  const signs = (text: string, trigger: string) =>
    signsAnAgreement(text, text.indexOf(trigger) + trigger.length);

  it("is an agreement between states when one is named within a few words", () => {
    expect(signs("Chile dan Peru menandatangani perjanjian perdagangan.", "menandatangani")).toBe(
      true,
    );
    expect(
      signs("Kedua menteri menyaksikan penandatanganan nota kesepahaman.", "penandatanganan"),
    ).toBe(true);
  });

  it("is no agreement when a passport, a decree or a letter is signed", () => {
    expect(signs("Aktor itu menandatangani paspor barunya di depan Putin.", "menandatangani")).toBe(
      false,
    );
    expect(
      signs("Putin menandatangani surat pemberian status kewarganegaraan.", "menandatangani"),
    ).toBe(false);
  });
});
