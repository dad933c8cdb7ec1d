package secret

import (
	"os"
	"strings"
	"testing"
)

func TestProbe(t *testing.T) {
	data, err := os.ReadFile(os.Getenv("PROBE"))
	if err != nil {
		t.Skip()
	}
	for _, l := range strings.Split(string(data), "\n---\n") {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		got, k := Mask(l)
		t.Logf("%q\n   -> %q %v", l, got, k)
	}
}
