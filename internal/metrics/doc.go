// Package metrics exposes what pimmsbot does as Prometheus metrics: it
// implements conversation.Observer for the events (questions, handovers,
// deliveries) and reads the store at scrape time for the state (tickets
// waiting, outbox depth, waiting and handling times).
//
// # Where the figures come from
//
// A resident's message or a mediator's action reaches the metrics only
// through the core: once the event's change is committed to the store
// ([conversation.Service.HandleResident], HandleMediator), the service
// calls [Metrics.Question] with each question's [conversation.Outcome] and
// [Metrics.Handover] for each ticket opened, so that an event is counted
// once even when its platform delivers it again; then each delivery
// attempt of the outbox, to a resident's channel or to the desk, calls
// [Metrics.Delivery]. The figures end at [Metrics.Handler], where a
// scrape also reads the state from the [Store].
//
// Metrics use their own registry, never the global one, so that tests and
// several services in one process do not collide.
//
// # Metrics
//
//	pimmsbot_questions_total{outcome}             questions by outcome: answer, clarify, unknown, or an intent (handover, greeting…)
//	pimmsbot_handovers_total                      tickets opened
//	pimmsbot_deliveries_total{platform,kind}      delivery attempts to residents (platform of the residents' channel) and to the desk
//	pimmsbot_delivery_errors_total{platform,kind,code}  failed attempts by error code (blocked, temporary, gone, internal…)
//	pimmsbot_tickets_open{status}                 tickets waiting or claimed, at scrape time
//	pimmsbot_ticket_oldest_waiting_seconds        age of the oldest unclaimed ticket, 0 when none
//	pimmsbot_ticket_wait_seconds                  histogram, request → claim, of every stored ticket
//	pimmsbot_ticket_handling_seconds              histogram, claim → close, of every stored ticket
//	pimmsbot_outbox_items                         messages waiting for delivery or a retry
//	pimmsbot_outbox_oldest_seconds                age of the oldest of them, 0 when none
//	pimmsbot_store_up                             1 when the scrape could read the store and its last write succeeded
//
// plus the Go runtime and process metrics.
package metrics
