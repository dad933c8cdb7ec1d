// Package telegram is the residents' channel on Telegram, on
// github.com/go-telegram/bot: it turns updates into conversation.Incoming
// events and conversation.Reply values into messages.
//
// # Basics
//
// [New] builds a [Channel]; its Send method implements conversation.Channel.
// [Channel.Run] takes updates by long polling (the default) or through a
// webhook, and hands them to the conversation service:
//
//	ch, err := telegram.New(ctx, telegram.Config{Token: token, Updates: store})
//	svc, err := conversation.New(ctx, conversation.Config{Channels: map[string]conversation.Channel{"telegram": ch}, …})
//	err = ch.Run(ctx, svc)
//
// A resident is "telegram:<chat id>"; only private chats are served.
//
// # Delivery
//
// Each update takes effect once. It is recorded in the update log
// (bbolt's SeenUpdate) before it is handed to the service, and a
// duplicate is dropped; the ids are remembered as a set, not as "greater
// than the last", since Telegram's ids jump after a quiet week. In polling
// mode the next getUpdates, which confirms the previous batch to Telegram,
// waits until every update of that batch is recorded, and the offset is
// stored so that a restart resumes where it stopped. In webhook mode the
// handler answers 200 only once the update is recorded.
//
// Updates of one chat are handled one at a time, in order; chats run
// concurrently. Sends respect a global and a per-chat rate limit, and a
// 429's retry_after. Send never retries by itself: a failure is returned
// as a conversation error (ETEMPORARY, EBLOCKED, EINVALID) and the
// service's outbox retries it. A reply split into several messages
// resumes after the parts already delivered.
//
// # Caveats
//
// An update recorded but not yet committed by the service when the
// process dies is lost (at most once): the update log and the service's
// commit are two writes. Telegram has no idempotency key, so a send whose
// answer is lost after Telegram took it (a timeout) is sent again when
// retried. Callback data is signed with a key derived from the bot token:
// changing the token invalidates the buttons already sent.
package telegram
