import type { UserFromGetMe } from "grammy/types";

/**
 * A bot identity given to grammY up front (skipping getMe): the offline CLI and the tests' bots
 * use it, so that what Telegram would say of the bot is written in one place.
 */
export function botIdentity(
  identity: Pick<UserFromGetMe, "id" | "username" | "first_name"> &
    Partial<Pick<UserFromGetMe, "can_read_all_group_messages" | "supports_inline_queries">>,
): UserFromGetMe {
  return {
    is_bot: true,
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: true,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
    ...identity,
  };
}
