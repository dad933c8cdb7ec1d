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
// A resident's message or click enters as an update, by long polling
// (onUpdate) or through the webhook (Webhook); it is stored in the inbox,
// waits for its chat's turn (dispatch.go, on internal/serial), and ends
// in Service.HandleResident as a conversation.Incoming (handleEvent). The
// core's replies come back through Channel.Send, which renders them as
// Telegram HTML (render.go) and sends them (send.go).
//
// # Delivery
//
// Each update takes effect once, and none is lost. An update is first
// stored as received in the update log's inbox (UpdateLog.Receive): in
// polling mode, each batch with the next offset, before the next
// getUpdates confirms it to Telegram; in webhook mode, before the 200.
// Confirming never waits for any chat's handling or sending, so that a
// chat that is slow to serve (rate-limited, bursting, a request hanging
// at Telegram) keeps no one else waiting. The update is then handled in
// its chat's turn and forgotten from the inbox once settled; the updates
// left in the inbox when the channel stops are handled by the next Run,
// before any new one.
//
// An update for the service is handed over with its id
// (conversation.Incoming.Update): the store records the id in the same
// commit as the event, and refuses a duplicate, which then has no effect,
// even after a restart. The ids are remembered as a set, not as "greater
// than the last", since Telegram's ids jump after a quiet week. An update
// is settled when the service calls Incoming.Committed (the event is on
// disk, or was already), or when it has no effect for the service (a
// group's message, a forged click, a kind not handled: those are recorded
// with SeenUpdate before their small effect, a notice or a callback's
// answer, which is thus at most once).
//
// An event the service could not store (the disk fails, a timeout) is
// retried in its chat's turn, with growing waits up to 30s, for as long as
// the channel runs; the chat's later updates wait behind it, other chats
// go on. When the channel stops first, it stays in the inbox. Only an
// error that retrying cannot change (EINVALID, ENOTFOUND, EFORBIDDEN)
// settles an update that was not stored; it is logged at error level. An
// update the client cannot even decode is confirmed without effect
// (logged): otherwise it would fail every getUpdates. When the inbox
// cannot be written, polling asks Telegram for the same batch again, and
// the webhook answers 503.
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
// Telegram has no idempotency key: a reply sent just before the process
// dies, or whose answer is lost after Telegram took it (a timeout), is
// still in the outbox and is sent again. A click delivered twice has its
// callback answered twice (the second answer fails harmlessly). A store
// that keeps failing stops polling until it recovers: updates wait at
// Telegram rather than be lost. The inbox holds residents' messages
// only until they are handled. Callback data is signed with a key derived
// from the bot token: changing the token invalidates the buttons already
// sent.
package telegram
