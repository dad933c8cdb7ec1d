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
// Everything mediators read is French: the core's refusals are turned
// into sentences that say why (explain), a resident's clicks read « a
// noté 4/5 », FAQ answers are named by their titles, and every time is
// shown in the site's time zone (Config.Location). « Clore » on a ticket
// nobody answered asks for a confirmation; the resident is then not
// asked for a rating.
//
// # Sites
//
// A network of PIMMS shares one server: Config.Sites gives each site its
// channel (text or forum) and its mediators' role; without it, ChannelID
// and MediatorRoleID are one site, OneSite. A ticket opens in its site's
// channel (conversation.Ticket.Site; the first site for a ticket without
// one) and notifies that site's role only. Only members with the ticket's
// site's role, or Config.CoordinatorRoleID, may claim, answer, note, close
// or transfer it; others get « Cette demande relève du PIMMS … », and
// their messages are not relayed. /file lists the member's own sites'
// tickets. /transferer moves a ticket to another site through the core
// (conversation.MedTransfer): a new thread with the history in the new
// site's channel pings its role, the old one says where the ticket went
// and is archived (and locked when the bot has Manage Threads).
//
// At start, then every five minutes, [Desk.Check] reads what Discord
// really allows for each site (the channel, the bot's permissions on it
// computed as Discord does, the role) and logs one line per new problem,
// naming the site and the permission; [Desk.Health] reports them, and a
// gateway close 4014 (the Message Content intent is off in the Developer
// Portal), as a [HealthError] whose Status says what is wrong in general
// terms, for /healthz.
//
// [Desk.Run] connects to the gateway. In a ticket thread, a plain message
// of a member with the mediator role goes to the resident (attachments
// too), a message starting with "!note" stays internal; buttons and the
// slash commands /fermer, /note, /file, /faq and /historique call the
// service. People without the role, bots and the bot itself are ignored.
//
// A mediator's message, click or slash command enters as a gateway event
// (events.go), waits for its thread's turn (internal/serial), and ends in
// Service.HandleMediator as a conversation.MediatorAction, or, for /file,
// /historique and /faq's choices, in the interaction's answer
// (commands.go). What the core tells mediators comes back through the
// conversation.Desk methods (Open, Post, Update, Erase in desk.go).
//
// # Caveats
//
//   - Every message is sent with an AllowedMentions whose Parse is empty:
//     discordgo's nil AllowedMentions would let "@everyone" in a resident's
//     words ping the server. Only the first message and the reminders allow
//     the mediator role. People's text is also escaped (markup.DiscordEscape).
//   - Every message fits Discord's 2,000 characters by construction: the
//     first message keeps room for the longest status, so that Update
//     only swaps the status line; people's text is cut, never the status.
//   - discordgo never retries here (MaxRestRetries 0, no rate-limit sleep):
//     its retries of 5xx answers can post twice. Errors go back to the
//     core as ETEMPORARY and its outbox retries; messages carry a nonce
//     with enforce_nonce so that Discord returns the first message
//     instead of posting a repeat. Nonces are built from what the store
//     keeps (the post's instant, its text, the thread), never from a
//     time's String, which differs between the first attempt and a retry.
//     A forum post takes no nonce: before posting one, Open looks for an
//     active thread of the same ticket made by an attempt whose answer
//     was lost.
//   - discordgo logs through its package variable discordgo.Logger; the
//     desk sets it to hand the lines to its slog logger, the token
//     masked, instead of the standard log package.
//   - A thread deleted, archived or locked gives EGONE: the core opens a
//     new one with the whole history, which says it replaces the old one
//     and pings nobody. A closed ticket's thread is archived.
//   - Handlers get no context from discordgo: each event gets one derived
//     from Run's, and every REST call takes it (discordgo.WithContext).
//     Events run in order per channel (internal/serial), concurrently across
//     channels, outside the gateway's read loop.
//   - Reading mediators' messages needs the privileged Message Content
//     intent, switched on in the Developer Portal.
package discord
