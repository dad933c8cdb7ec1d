package logs

import (
	"io"
	"pimmsbot/internal/frenchcheck"
	"strings"
	"testing"
)

// TestErrorsInFrench triggers each error of New and ParseLevel and
// checks that it names the variable first and says what to write.
func TestErrorsInFrench(t *testing.T) {
	_, errFormat := New(io.Discard, "xml", "info", nil)
	_, errNewLevel := New(io.Discard, "json", "bavard", nil)
	_, errLevel := ParseLevel("trace")
	for _, tc := range []struct {
		name          string
		err           error
		start, phrase string
	}{
		{"format", errFormat, "PIMMS_LOG_FORMAT\u00a0: ", "«\u00a0xml\u00a0» n'est pas prévu\u00a0; écrivez text ou json"},
		{"level given to New", errNewLevel, "PIMMS_LOG_LEVEL\u00a0: ", "«\u00a0bavard\u00a0» n'est pas prévu\u00a0; écrivez debug, info, warn ou error"},
		{"level", errLevel, "PIMMS_LOG_LEVEL\u00a0: ", "«\u00a0trace\u00a0» n'est pas prévu"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.err == nil {
				t.Fatal("accepted")
			}
			msg := tc.err.Error()
			if !strings.HasPrefix(msg, tc.start) || !strings.Contains(msg, tc.phrase) {
				t.Errorf("error %q, want it to start with %q and hold %q", msg, tc.start, tc.phrase)
			}
			for _, p := range frenchcheck.Problems(strings.TrimPrefix(msg, tc.start), "log", "format", "level") {
				t.Error(p)
			}
		})
	}
}
