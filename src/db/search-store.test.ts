import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../test/helpers/temp.js";
import { openDatabase } from "./database.js";
import { SearchStore } from "./search-store.js";

describe("remembered searches", () => {
  it("gives the same words the same id, and other words another", () => {
    const store = new SearchStore(openDatabase(":memory:"));
    const first = store.remember("perdagangan sawit");
    expect(store.remember("perdagangan sawit")).toBe(first);
    expect(store.remember("Putin")).not.toBe(first);
    expect(store.query(first)).toBe("perdagangan sawit");
  });

  it("knows nothing of an id it never gave", () => {
    const store = new SearchStore(openDatabase(":memory:"));
    expect(store.query(1)).toBeNull();
    expect(store.query(-1)).toBeNull();
  });

  it("keeps them across a restart, so that old buttons still work", () => {
    const path = join(tempDir(), "store.db");
    const before = openDatabase(path);
    const id = new SearchStore(before).remember("kerja sama <b>");
    before.close();
    const after = openDatabase(path);
    expect(new SearchStore(after).query(id)).toBe("kerja sama <b>");
    after.close();
  });
});
