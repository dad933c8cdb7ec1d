package telegram

import (
	"bytes"
	"io"
	"net/http"
	"time"
)

// maxIdleConns is how many idle connections to the Bot API are kept for
// the next calls. net/http keeps 2 by default: under a burst, with replies
// to many residents going out at once, nearly every call then opened a
// new connection (a TCP and, against api.telegram.org, a TLS handshake)
// and closed it after, which halved the messages handled per second in
// the load test (cmd/pimmsbot BenchmarkLoad).
const maxIdleConns = 256

// newHTTPClient returns the client used when Config.HTTPClient is nil.
func newHTTPClient(timeout time.Duration) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = maxIdleConns
	t.MaxIdleConnsPerHost = maxIdleConns
	return &http.Client{Timeout: timeout, Transport: t}
}

// maxWholeBody is the largest request body sent in one piece: a
// document the bot sends (a resident's copy of their data) is far
// smaller; Telegram takes uploads up to 50 MB.
const maxWholeBody = 50 << 20

// wholeBody reads a request's body before it is sent, so that it goes
// out with its length, in one write. go-telegram/bot streams each
// call's form through a pipe: net/http then sends it chunked, and writes
// each of the form's small pieces (boundary, part header, value) to the
// connection at once, a dozen writes (and, to api.telegram.org, TLS
// records) for a message of a few hundred bytes. A body larger than
// maxWholeBody is left streaming.
func wholeBody(req *http.Request) error {
	if req.Body == nil || req.Body == http.NoBody || req.ContentLength > 0 {
		return nil
	}
	body, err := io.ReadAll(io.LimitReader(req.Body, maxWholeBody+1))
	if err != nil {
		req.Body.Close()
		return err
	}
	if len(body) > maxWholeBody {
		req.Body = struct {
			io.Reader
			io.Closer
		}{io.MultiReader(bytes.NewReader(body), req.Body), req.Body}
		return nil
	}
	req.Body.Close()
	req.ContentLength = int64(len(body))
	req.GetBody = func() (io.ReadCloser, error) {
		if len(body) == 0 {
			// net/http sends a body of length 0 chunked, as of unknown
			// length, unless it is NoBody.
			return http.NoBody, nil
		}
		return io.NopCloser(bytes.NewReader(body)), nil
	}
	req.Body, _ = req.GetBody()
	return nil
}
