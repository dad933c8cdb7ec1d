package admin

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"pimmsbot/internal/conversation"
)

// Reader is what the site manager's report commands read from the running
// service's store. Each ForEach method reads in short read transactions and
// calls fn outside them, so that a slow client pins no page of the file;
// the other methods are small. The JSON methods give each record as the
// store holds it, the JSON of its conversation type, valid only during the
// call: the socket sends it as it is, and the service decodes nothing.
type Reader interface {
	ForEachConversationJSON(ctx context.Context, fn func([]byte) error) error
	ForEachTicketJSON(ctx context.Context, fn func([]byte) error) error
	// ForEachConversationInJSON, ForEachTicketInJSON and
	// ForEachConversationStart read one period, as report.Periods says.
	ForEachConversationInJSON(ctx context.Context, from, to time.Time, fn func([]byte) error) error
	ForEachTicketInJSON(ctx context.Context, from, to time.Time, fn func([]byte) error) error
	ForEachConversationStart(ctx context.Context, before time.Time, fn func(id uint64, resident string, started time.Time) error) error
	// ForEachConversationSummaryIn reads the conversations of a period as
	// report.Summaries says: what the reports count of each, from the
	// index of periods, without reading their records.
	ForEachConversationSummaryIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error
	// ForEachMessage reads the messages of the conversations numbered
	// first to last, both included.
	ForEachMessage(ctx context.Context, first, last uint64, fn func(conversation.Message) error) error
	// ForEachUnansweredJSON, ForEachFeedbackJSON and ForEachSuggestionJSON
	// read the records dated since or later.
	ForEachUnansweredJSON(ctx context.Context, since time.Time, fn func([]byte) error) error
	ForEachFeedbackJSON(ctx context.Context, since time.Time, fn func([]byte) error) error
	ForEachSuggestionJSON(ctx context.Context, since time.Time, fn func([]byte) error) error
	Proposals(ctx context.Context, all bool) ([]conversation.Proposal, error)
	ProposalsWaiting(ctx context.Context) (int, error)
	Export(ctx context.Context, resident string) (*conversation.Export, error)
	// FindResident turns what the site manager knows of a resident into
	// the stored id, or returns ENOTFOUND.
	FindResident(ctx context.Context, who string) (string, error)
}

// The error of a read that failed after its first record is sent in these
// trailers; before, in the status, with the code in errorCode.
const (
	errorCode    = "Pimmsbot-Error-Code"
	errorMessage = "Pimmsbot-Error"
)

// readRoutes adds the read endpoints to mux. Each answers JSON lines, one
// record per line, written as the store yields them, at the pace p allows.
func readRoutes(mux *http.ServeMux, b Backend, p *pacer, log *slog.Logger) {
	route := func(path string, h func(*http.Request, func(any) error) error) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, r *http.Request) { stream(w, r, h, p, log) })
	}
	route("/conversations", func(r *http.Request, emit func(any) error) error {
		if !r.URL.Query().Has("from") {
			return b.ForEachConversationJSON(r.Context(), raw(emit))
		}
		from, to, err := period(r)
		if err != nil {
			return err
		}
		return b.ForEachConversationInJSON(r.Context(), from, to, raw(emit))
	})
	route("/tickets", func(r *http.Request, emit func(any) error) error {
		if !r.URL.Query().Has("from") {
			return b.ForEachTicketJSON(r.Context(), raw(emit))
		}
		from, to, err := period(r)
		if err != nil {
			return err
		}
		return b.ForEachTicketInJSON(r.Context(), from, to, raw(emit))
	})
	route("/conversations/summaries", func(r *http.Request, emit func(any) error) error {
		from, to, err := period(r)
		if err != nil {
			return err
		}
		return b.ForEachConversationSummaryIn(r.Context(), from, to, each[conversation.Conversation](emit))
	})
	route("/conversations/starts", func(r *http.Request, emit func(any) error) error {
		before, err := timeParam(r, "before")
		if err != nil {
			return err
		}
		return b.ForEachConversationStart(r.Context(), before, func(id uint64, resident string, started time.Time) error {
			return emit(start{id, resident, started})
		})
	})
	route("/messages", func(r *http.Request, emit func(any) error) error {
		first, err1 := strconv.ParseUint(r.URL.Query().Get("first"), 10, 64)
		last, err2 := strconv.ParseUint(r.URL.Query().Get("last"), 10, 64)
		if err := errors.Join(err1, err2); err != nil {
			return conversation.Errorf(conversation.EINVALID, "messages: first and last: %v", err)
		}
		return b.ForEachMessage(r.Context(), first, last, each[conversation.Message](emit))
	})
	since := func(walk func(ctx context.Context, since time.Time, emit func(any) error) error) func(*http.Request, func(any) error) error {
		return func(r *http.Request, emit func(any) error) error {
			t, err := timeParam(r, "since")
			if err != nil {
				return err
			}
			return walk(r.Context(), t, emit)
		}
	}
	route("/unanswered", since(func(ctx context.Context, t time.Time, emit func(any) error) error {
		return b.ForEachUnansweredJSON(ctx, t, raw(emit))
	}))
	route("/feedback", since(func(ctx context.Context, t time.Time, emit func(any) error) error {
		return b.ForEachFeedbackJSON(ctx, t, raw(emit))
	}))
	route("/suggestions", since(func(ctx context.Context, t time.Time, emit func(any) error) error {
		return b.ForEachSuggestionJSON(ctx, t, raw(emit))
	}))
	route("/misses", func(r *http.Request, emit func(any) error) error {
		t, err := timeParam(r, "since")
		if err != nil {
			return err
		}
		q := r.URL.Query()
		step := func() error { return emit(nil) }
		return b.ForEachMissWordingJSON(r.Context(), t, q.Get("site"), q.Get("default"), step, raw(emit))
	})
	smallRoutes(route, b)
}

// smallRoutes adds the endpoints of the reads that are small: one record,
// the FAQ proposals, the FAQ's names.
func smallRoutes(route func(string, func(*http.Request, func(any) error) error), b Backend) {
	route("/proposals", func(r *http.Request, emit func(any) error) error {
		ps, err := b.Proposals(r.Context(), r.URL.Query().Get("all") == "true")
		for i := 0; err == nil && i < len(ps); i++ {
			err = emit(ps[i])
		}
		return err
	})
	route("/proposals/waiting", func(r *http.Request, emit func(any) error) error {
		return one(emit)(b.ProposalsWaiting(r.Context()))
	})
	route("/export", func(r *http.Request, emit func(any) error) error {
		return one(emit)(b.Export(r.Context(), r.URL.Query().Get("resident")))
	})
	route("/resident", func(r *http.Request, emit func(any) error) error {
		return one(emit)(b.FindResident(r.Context(), r.URL.Query().Get("who")))
	})
	route("/faq/names", func(r *http.Request, emit func(any) error) error {
		return one(emit)(b.FAQNames(r.Context()))
	})
}

// A start is what /conversations/starts answers for a conversation.
type start struct {
	ID       uint64    `json:"id"`
	Resident string    `json:"resident,omitempty"`
	Started  time.Time `json:"started"`
}

// timeParam reads the query parameter name as an RFC 3339 time.
func timeParam(r *http.Request, name string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, r.URL.Query().Get(name))
	if err != nil {
		return t, conversation.Errorf(conversation.EINVALID, "%s: %v", name, err)
	}
	return t, nil
}

// period reads the from and to parameters of a read by period.
func period(r *http.Request) (from, to time.Time, err error) {
	if from, err = timeParam(r, "from"); err == nil {
		to, err = timeParam(r, "to")
	}
	return from, to, err
}

// each adapts emit to a store's fn.
func each[T any](emit func(any) error) func(T) error {
	return func(v T) error { return emit(v) }
}

// raw adapts emit to a store's JSON fn: the record is sent as it is.
func raw(emit func(any) error) func([]byte) error {
	return func(data []byte) error { return emit(json.RawMessage(data)) }
}

// one emits the value of a read that returns one, or its error.
func one(emit func(any) error) func(any, error) error {
	return func(v any, err error) error {
		if err != nil {
			return err
		}
		return emit(v)
	}
}

// stream answers r with the records read emits, as JSON lines, pausing
// between records when p says so. A read that works between records
// without sending them (it counts them) emits nil after each: nothing is
// sent, but the read may pause there.
func stream(w http.ResponseWriter, r *http.Request, read func(*http.Request, func(any) error) error, p *pacer, log *slog.Logger) {
	w.Header().Set("Content-Type", "application/jsonl")
	w.Header().Set("Trailer", errorCode+", "+errorMessage)
	enc := json.NewEncoder(w)
	rc := http.NewResponseController(w)
	flushed := false // the status is sent
	pace := p.start(func() error { flushed = true; return rc.Flush() })
	defer pace.end()
	n := 0
	err := read(r, func(v any) error {
		if v == nil {
			return pace.step(r.Context())
		}
		n++
		var err error
		if data, ok := v.(json.RawMessage); ok {
			err = writeLine(w, data)
		} else {
			err = enc.Encode(v)
		}
		if err != nil {
			return err
		}
		return pace.step(r.Context())
	})
	switch {
	case err == nil:
		log.Debug("read through the admin socket", "path", r.URL.Path, "records", n)
	case n == 0 && !flushed:
		writeError(w, err, log)
	default:
		// The status is sent: the trailers carry the error, which the
		// client reads at the end of the stream.
		log.Error("read through the admin socket", "path", r.URL.Path, "records", n, "err", err)
		w.Header().Set(errorCode, conversation.ErrorCode(err))
		w.Header().Set(errorMessage, err.Error())
	}
}

// writeLine writes a record the store holds as JSON, and a newline. The
// store's JSON is json.Marshal's: one line, nothing to check or rewrite.
func writeLine(w io.Writer, data []byte) error {
	if _, err := w.Write(data); err != nil {
		return err
	}
	_, err := w.Write(newline)
	return err
}

var newline = []byte{'\n'}

// writeError answers err with the status of its code, the code in the
// errorCode header and its message as the body.
func writeError(w http.ResponseWriter, err error, log *slog.Logger) {
	code := conversation.ErrorCode(err)
	status := http.StatusInternalServerError
	switch code {
	case conversation.ENOTFOUND:
		status = http.StatusNotFound
	case conversation.EINVALID:
		status = http.StatusBadRequest
	case conversation.ECONFLICT:
		status = http.StatusConflict
	default:
		log.Error("admin socket", "err", err)
	}
	w.Header().Set(errorCode, code)
	http.Error(w, err.Error(), status)
}

// read calls fn with each record of the JSON lines at path. The records
// are decoded as they arrive: nothing is held whole.
func read[T any](ctx context.Context, c *Client, path string, q url.Values, fn func(T) error) error {
	if len(q) > 0 {
		path += "?" + q.Encode()
	}
	resp, err := c.do(ctx, http.MethodGet, path)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	dec := json.NewDecoder(resp.Body)
	for {
		var v T
		err := dec.Decode(&v)
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return unreadable(path, err)
		}
		if err := fn(v); err != nil {
			return err
		}
	}
	if msg := resp.Trailer.Get(errorMessage); msg != "" {
		return &conversation.Error{Code: codeOr(resp.Trailer.Get(errorCode)), Message: msg}
	}
	return nil
}

// unreadable says why a record at path could not be read: the answer
// was cut (the service stopped: the command, run again, reads the file),
// or it does not decode (the service runs another version).
func unreadable(path string, err error) error {
	path, _, _ = strings.Cut(path, "?") // the route says enough
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.As(err, new(net.Error)) {
		return fmt.Errorf("la réponse du pimmsbot en marche s'est interrompue (%s)"+nbsp+"; relancez la commande (détail"+nbsp+": %w)", path, err)
	}
	return fmt.Errorf("la réponse du pimmsbot en marche est illisible (%s)"+nbsp+
		"; s'il n'a pas la même version que cette commande, redémarrez-le (détail"+nbsp+": %w)", path, err)
}

// collect returns the records at path.
func collect[T any](ctx context.Context, c *Client, path string, q url.Values) ([]T, error) {
	var all []T
	err := read(ctx, c, path, q, func(v T) error { all = append(all, v); return nil })
	return all, err
}

// single returns the one record at path.
func single[T any](ctx context.Context, c *Client, path string, q url.Values) (T, error) {
	var v T
	n := 0
	err := read(ctx, c, path, q, func(x T) error { v, n = x, n+1; return nil })
	if err == nil && n != 1 {
		err = fmt.Errorf("le pimmsbot en marche devait répondre un élément, il en a donné %d (%s)"+nbsp+
			"; s'il n'a pas la même version que cette commande, redémarrez-le", n, path)
	}
	return v, err
}

func sinceQuery(t time.Time) url.Values {
	return url.Values{"since": {t.Format(time.RFC3339Nano)}}
}

// ForEachConversation calls fn with every conversation of the running
// service's store, by ID.
func (c *Client) ForEachConversation(ctx context.Context, fn func(conversation.Conversation) error) error {
	return read(ctx, c, "/conversations", nil, fn)
}

// ForEachTicket calls fn with every ticket, by number.
func (c *Client) ForEachTicket(ctx context.Context, fn func(conversation.Ticket) error) error {
	return read(ctx, c, "/tickets", nil, fn)
}

// ForEachConversationIn calls fn, by ID, with the conversations started
// from from (inclusive) to to (exclusive), and those of the tickets
// requested then.
func (c *Client) ForEachConversationIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error {
	return read(ctx, c, "/conversations", periodQuery(from, to), fn)
}

// ForEachTicketIn calls fn, by number, with the tickets requested from
// from to to, and those of the conversations started then.
func (c *Client) ForEachTicketIn(ctx context.Context, from, to time.Time, fn func(conversation.Ticket) error) error {
	return read(ctx, c, "/tickets", periodQuery(from, to), fn)
}

// ForEachConversationSummaryIn calls fn with the conversations that
// ForEachConversationIn reads, filled with what the reports count of them
// (ID, Started, Resident, Theme, Site, Purged and the counters): the
// service reads them from its index of periods, not from the records.
func (c *Client) ForEachConversationSummaryIn(ctx context.Context, from, to time.Time, fn func(conversation.Conversation) error) error {
	return read(ctx, c, "/conversations/summaries", periodQuery(from, to), fn)
}

// ForEachConversationStart calls fn with the number, resident and start
// of the conversations started before before.
func (c *Client) ForEachConversationStart(ctx context.Context, before time.Time, fn func(id uint64, resident string, started time.Time) error) error {
	q := url.Values{"before": {before.Format(time.RFC3339Nano)}}
	return read(ctx, c, "/conversations/starts", q, func(s start) error { return fn(s.ID, s.Resident, s.Started) })
}

func periodQuery(from, to time.Time) url.Values {
	return url.Values{"from": {from.Format(time.RFC3339Nano)}, "to": {to.Format(time.RFC3339Nano)}}
}

// ForEachMessage calls fn with the messages of the conversations numbered
// first to last, both included.
func (c *Client) ForEachMessage(ctx context.Context, first, last uint64, fn func(conversation.Message) error) error {
	q := url.Values{"first": {strconv.FormatUint(first, 10)}, "last": {strconv.FormatUint(last, 10)}}
	return read(ctx, c, "/messages", q, fn)
}

// Unanswered returns the questions the bot could not answer from since on.
func (c *Client) Unanswered(ctx context.Context, since time.Time) ([]conversation.Unanswered, error) {
	return collect[conversation.Unanswered](ctx, c, "/unanswered", sinceQuery(since))
}

// FeedbackSince returns the 👍 and 👎 given from since on.
func (c *Client) FeedbackSince(ctx context.Context, since time.Time) ([]conversation.Feedback, error) {
	return collect[conversation.Feedback](ctx, c, "/feedback", sinceQuery(since))
}

// SuggestionsSince returns the suggestions shown, accepted or refused
// from since on.
func (c *Client) SuggestionsSince(ctx context.Context, since time.Time) ([]conversation.Suggestion, error) {
	return collect[conversation.Suggestion](ctx, c, "/suggestions", sinceQuery(since))
}

// ForEachMissWordingJSON calls fn with each line the running service
// answers for the unanswered report (see Backend): the misses dated since
// or later, of site ("" for all; a record without one is def's), counted
// by wording. A line is valid only during the call.
func (c *Client) ForEachMissWordingJSON(ctx context.Context, since time.Time, site, def string, fn func([]byte) error) error {
	q := sinceQuery(since)
	q.Set("site", site)
	q.Set("default", def)
	return read(ctx, c, "/misses", q, func(line json.RawMessage) error { return fn(line) })
}

// Proposals returns the FAQ proposals waiting for review, or all of them.
func (c *Client) Proposals(ctx context.Context, all bool) ([]conversation.Proposal, error) {
	return collect[conversation.Proposal](ctx, c, "/proposals", url.Values{"all": {strconv.FormatBool(all)}})
}

// ProposalsWaiting counts the FAQ proposals waiting for review.
func (c *Client) ProposalsWaiting(ctx context.Context) (int, error) {
	return single[int](ctx, c, "/proposals/waiting", nil)
}

// Export returns everything stored about a resident.
func (c *Client) Export(ctx context.Context, resident string) (*conversation.Export, error) {
	return single[*conversation.Export](ctx, c, "/export", url.Values{"resident": {resident}})
}

// FAQNames returns the names of the FAQ the running service answers from.
func (c *Client) FAQNames(ctx context.Context) (conversation.FAQNames, error) {
	return single[conversation.FAQNames](ctx, c, "/faq/names", nil)
}

// FindResident turns what the site manager knows of a resident into the
// stored id, as the store's FindResident does.
func (c *Client) FindResident(ctx context.Context, who string) (string, error) {
	return single[string](ctx, c, "/resident", url.Values{"who": {who}})
}
