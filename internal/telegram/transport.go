package telegram

import (
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
