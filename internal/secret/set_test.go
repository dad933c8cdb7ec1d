package secret

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// TestSecretSet scores the masker on a set of lines kept outside the
// repository (blind sets are never read line by line while tuning):
//
//	PIMMS_SECRET_SET=/path/set.jsonl go test -run TestSecretSet -v ./internal/secret/
//
// Each line is {"text", "secrets", "keep", "kind"} as in testdata. It
// prints the share of secrets masked and of ordinary lines left alone.
func TestSecretSet(t *testing.T) {
	path := os.Getenv("PIMMS_SECRET_SET")
	if path == "" {
		t.Skip("PIMMS_SECRET_SET not set")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var secrets, masked, ordinary, changed int
	for _, raw := range strings.Split(string(data), "\n") {
		var l line
		if strings.TrimSpace(raw) == "" || json.Unmarshal([]byte(raw), &l) != nil {
			continue
		}
		got, _ := Mask(l.Text)
		if l.Kind == "ordinary" {
			ordinary++
			if got != l.Text {
				changed++
				if testing.Verbose() {
					t.Logf("ordinary changed: %q -> %q", l.Text, got)
				}
			}
		}
		for _, s := range l.Secrets {
			secrets++
			if strings.Contains(got, s) {
				if testing.Verbose() {
					t.Logf("missed %s %q in %q -> %q", l.Kind, s, l.Text, got)
				}
				continue
			}
			masked++
		}
	}
	t.Logf("secrets masked: %d/%d (%.1f %%); ordinary lines changed: %d/%d",
		masked, secrets, 100*float64(masked)/float64(max(secrets, 1)), changed, ordinary)
}

// TestQuestionSets checks that the masker leaves alone every question of
// sets kept outside the repository, which hold no secret:
//
//	PIMMS_QUESTION_SETS='/path/stories.jsonl /path/dev.jsonl' go test -run TestQuestionSets -v ./internal/secret/
//
// Each line is {"q": …}. Every changed question is an error.
func TestQuestionSets(t *testing.T) {
	paths := strings.Fields(os.Getenv("PIMMS_QUESTION_SETS"))
	if len(paths) == 0 {
		t.Skip("PIMMS_QUESTION_SETS not set")
	}
	n := 0
	for _, path := range paths {
		n += checkQuestionsUnchanged(t, path)
	}
	t.Logf("%d questions read, none changed unless listed", n)
}
