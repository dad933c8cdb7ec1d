// Package conversation is the core of pimmsbot: one resident's conversation,
// from the first question to a mediator's reply and back.
//
// # Basics
//
// A [Service] receives events: an [Incoming] message or button from a
// resident, a [MediatorAction] from the mediators' desk. For each event it
// decides what happens (answer from the FAQ, ask to clarify, admit it does
// not know, open a ticket, relay a message…), commits the new state, the
// messages and what must be sent to the [Store] in one durable write, and
// only then delivers the replies through the residents' [Channel] and the
// mediators' [Desk]. What could not be delivered stays in the store's
// outbox and is retried by [Service.Redeliver].
//
// The package knows nothing of Telegram, Discord or bbolt: it declares the
// small interfaces it needs and the adapters implement them.
//
// # Where an event enters and ends
//
// A resident's message, click or file enters at [Service.HandleResident],
// called by the resident's channel adapter with an [Incoming]. Under the
// resident's lock the service loads their state, decides, and commits one
// [Change] to the [Store]: state, messages and outbox items in one durable
// write, after which Incoming.Committed lets the channel confirm the update
// to its platform. It ends in the outbox: the replies go out through the
// resident's [Channel], the desk's items through the [Desk], and what fails
// waits there for [Service.Redeliver].
//
// A mediator's action enters at [Service.HandleMediator], called by the
// desk adapter with a [MediatorAction]. It takes the lock of the ticket's
// resident, commits the same way and ends the same way: the reply through
// the resident's Channel, the ticket's new status through the Desk. Notes
// and FAQ proposals end in the Store and are sent to no one.
//
// # States
//
// A resident is in one [Mode] at a time:
//
//	ModeBot      the bot answers from the FAQ
//	ModeWaiting  a ticket is open, no mediator has claimed it yet
//	ModeClaimed  a mediator answers; the bot says nothing on its own
//	ModeRating   the ticket is closed; the bot asks for a 1-to-5 rating
//
// While a ticket waits, the resident's messages go to the mediators and
// each burst of them gets a short receipt that says when a mediator will
// answer; a ticket the bot opened on its own for an emergency
// (Ticket.Automatic) also keeps the FAQ's answers, until the resident asks
// for a mediator (docs/waiting.md).
//
// # Sites
//
// A service serves a network of PIMMS sites ([Sites]; [Config].Site alone
// makes a network of one). Each resident belongs to a site (Resident.Site)
// and each ticket to its resident's site when it opened (Ticket.Site):
// {site.*} placeholders, opening hours, the handover and wait messages
// and the reminders use it. A resident gets a site by a deep link
// ("/start <site-id>"), or is asked for their postcode the first time the
// bot needs one (a handover, the hours, an answer that names the site);
// what the bot was about to do waits in Resident.Pending. In a network of
// one nobody is ever asked.
//
// # Caveats
//
// Events of one resident are handled one at a time, in the order they are
// given; events of different residents run concurrently. Everything a
// resident reads comes from [French], the message catalogue.
package conversation
