import { describe, expect, it } from "vitest";
import { datesAnIncident } from "./date-incident.js";

const at = (text: string, date: string) => text.indexOf(date);

describe("a date written after an incident", () => {
  it("dates the attack it follows, not the blaming", () => {
    const text = "Menlu Chile menyalahkan Peru atas serangan ke pelabuhan Callao Sabtu (7/9).";
    expect(datesAnIncident(text, at(text, "Sabtu"))).toBe(true);
  });

  it("dates the death a condolence is for, across a name's commas", () => {
    const text =
      "Presiden Peru menyampaikan belasungkawa atas meninggalnya mantan Presiden Chile, Sebastian Pinera, pada Selasa, 6 Februari 2024.";
    expect(datesAnIncident(text, at(text, "Selasa"))).toBe(true);
  });

  it("dates a death told with a verb, not the condolences sent the next day", () => {
    const text =
      "Presiden ketiga Chile itu menghembuskan nafas terakhir kemarin petang di Santiago.";
    expect(datesAnIncident(text, at(text, "kemarin"))).toBe(true);
  });

  it("does not date what is said about the incident after a reporting word", () => {
    const text = "Serangan itu mengejutkan banyak pihak, kata Menlu Chile pada Senin (9/9).";
    expect(datesAnIncident(text, at(text, "Senin"))).toBe(false);
  });

  it("does not date what the incident is called ('sebagai tindakan perang pada Rabu')", () => {
    const text =
      "Menlu Chile menyebut serangan kilang minyak itu sebagai tindakan perang pada Rabu.";
    expect(datesAnIncident(text, at(text, "Rabu"))).toBe(false);
  });

  it("gives the date to an event word that stands between", () => {
    const text = "Usai serangan itu kedua menteri bertemu di Lima pada Senin (9/9).";
    const heads = [text.indexOf("bertemu") + "bertemu".length];
    expect(datesAnIncident(text, at(text, "Senin"), heads)).toBe(false);
  });

  it("is not reached by an incident named a clause away", () => {
    const text =
      "Serangan di perbatasan menewaskan tiga tentara dan melukai banyak warga desa di sekitarnya, sementara Chile dan Peru menggelar perundingan pada Senin (9/9).";
    expect(datesAnIncident(text, at(text, "Senin"))).toBe(false);
  });
});
