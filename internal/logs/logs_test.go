package logs

import (
	"bytes"
	"fmt"
	"log/slog"
	"strings"
	"testing"
)

func TestLoggerMasksSecrets(t *testing.T) {
	var buf bytes.Buffer
	log, err := New(&buf, "text", "info", []string{"42:token-value-xyz", "short"})
	if err != nil {
		t.Fatal(err)
	}
	log.With("url", "https://x/bot42:token-value-xyz/").Info("call token-value-xyz",
		"err", fmt.Errorf("failed: token-value-xyz"), slog.Group("g", "k", "token-value-xyz"), "n", 3, "word", "short")
	out := buf.String()
	if strings.Contains(out, "token-value-xyz") || !strings.Contains(out, "n=3") || !strings.Contains(out, "word=short") {
		t.Errorf("log: %s", out)
	}
	if _, err := New(&buf, "xml", "info", nil); err == nil {
		t.Error("xml format accepted")
	}
}
