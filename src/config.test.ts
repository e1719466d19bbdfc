import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "./config.js";

describe("configuration", () => {
  it("defaults to long polling and no feeds or admins", () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      webhookUrl: undefined,
      port: 8080,
      feeds: [],
      adminIds: [],
      feedIntervalSeconds: 600,
      allowPrivateFeeds: false,
    });
  });

  it("reads admins and feeds as lists", () => {
    const config = readConfig({
      ADMIN_IDS: "12, 34",
      FEEDS: "https://a.example/rss, https://b.example/atom.xml",
    });
    expect(config.adminIds).toEqual([12, 34]);
    expect(config.feeds).toEqual(["https://a.example/rss", "https://b.example/atom.xml"]);
  });

  it("refuses a webhook without its secret, a short secret, and a feed interval under 30 s", () => {
    expect(() => readConfig({ WEBHOOK_URL: "https://bot.example/hook" })).toThrow(
      /WEBHOOK_SECRET: required with WEBHOOK_URL/,
    );
    expect(() =>
      readConfig({ WEBHOOK_URL: "https://bot.example/hook", WEBHOOK_SECRET: "short" }),
    ).toThrow(ConfigError);
    expect(() => readConfig({ FEED_INTERVAL: "5" })).toThrow(/FEED_INTERVAL/);
    expect(() => readConfig({ ADMIN_IDS: "me" })).toThrow(/ADMIN_IDS/);
  });
});
