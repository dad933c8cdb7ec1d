// Package discord is the mediators' desk on Discord, on
// github.com/bwmarrin/discordgo: it implements conversation.Desk.
//
// # Basics
//
// Each ticket gets a thread in the configured channel: a post in a forum
// channel, or a message and a thread started from it in a text channel.
// The thread is named "🟡 n° 12 · caf · Usager 7F3A" (status, ticket,
// theme, the resident's pseudonym). Its first message notifies the
// mediator role, shows the status and conversation.Summary with the
// latest messages (the whole history attached when it does not fit), and
// has the buttons « Prendre en charge » and « Clore ». The thread's id is
// the ticket's DeskRef, which the core stores: the link survives restarts.
//
// [Desk.Run] connects to the gateway. In a ticket thread, a plain message
// of a member with the mediator role goes to the resident (attachments
// too), a message starting with "!note" stays internal; buttons and the
// slash commands /fermer, /note, /file, /faq and /historique call the
// service. People without the role, bots and the bot itself are ignored.
//
// # Caveats
//
//   - Every message is sent with an AllowedMentions whose Parse is empty:
//     discordgo's nil AllowedMentions would let "@everyone" in a resident's
//     words ping the server. Only the first message and the reminders allow
//     the mediator role. People's text is also escaped (markup.DiscordEscape).
//   - discordgo never retries here (MaxRestRetries 0, no rate-limit sleep):
//     its retries of 5xx answers can post twice. Errors go back to the
//     core as ETEMPORARY and its outbox retries; messages carry a nonce
//     with enforce_nonce so that Discord drops a repeat.
//   - A thread deleted, archived or locked gives EGONE: the core opens a
//     new one with the whole history. A closed ticket's thread is archived.
//   - Handlers get no context from discordgo: each event gets one derived
//     from Run's, and every REST call takes it (discordgo.WithContext).
//     Events run in order per channel (lanes), concurrently across
//     channels, outside the gateway's read loop.
//   - Reading mediators' messages needs the privileged Message Content
//     intent, switched on in the Developer Portal.
package discord
