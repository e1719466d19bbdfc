import { describe, expect, it } from "vitest";
import { findPlace } from "./event-place.js";

describe("an event's place just outside or in front of a landmark", () => {
  it("is the landmark", () => {
    expect(findPlace("kata Menteri kepada wartawan di luar Gedung Putih, Selasa.", 0)).toBe(
      "Gedung Putih",
    );
    expect(findPlace("Massa berkumpul di depan Istana Merdeka untuk memprotes Malaysia.", 0)).toBe(
      "Istana Merdeka",
    );
  });

  it("is still nothing when no name follows", () => {
    expect(findPlace("Kedua menteri bertemu di luar negeri pekan lalu.", 0)).toBeNull();
  });
});
