package main

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"pimmsbot/internal/catalog"
)

func TestAskJSON(t *testing.T) {
	var out, errOut bytes.Buffer
	in := strings.NewReader("bonjour\n\nj'ai perdu ma carte vitale\nrecette de la blanquette de veau\n")
	if code := Main(context.Background(), []string{"ask", "--json"}, in, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d lines, want 3 (blank lines skipped):\n%s", len(lines), out.String())
	}
	wantIDs := []string{"greeting", "ameli-carte-vitale", ""}
	wantQ := []string{"bonjour", "j'ai perdu ma carte vitale", "recette de la blanquette de veau"}
	for i, line := range lines {
		prefix := `{"question": ` + strconv.Quote(wantQ[i]) + `, "id": "` + wantIDs[i] + `", "confidence": `
		if !strings.HasPrefix(line, prefix) || !strings.Contains(line, `, "candidates": [`) || !strings.Contains(line, `], "outcome": "`) || !strings.HasSuffix(line, "]}") {
			t.Errorf("line %d is not in the documented shape:\n%s\nwant it to start with\n%s", i, line, prefix)
		}
		var got struct {
			Question   string  `json:"question"`
			ID         *string `json:"id"`
			Confidence float64 `json:"confidence"`
			Candidates []struct {
				ID    string  `json:"id"`
				Score float64 `json:"score"`
			} `json:"candidates"`
			Outcome string    `json:"outcome"`
			Offered *[]string `json:"offered"`
		}
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if got.Question != wantQ[i] || got.ID == nil || *got.ID != wantIDs[i] {
			t.Errorf("line %d = %s, want question %q and id %q", i, line, wantQ[i], wantIDs[i])
		}
		wantOutcome := "answer"
		if wantIDs[i] == "" {
			wantOutcome = "unknown"
		}
		if got.Outcome != wantOutcome || got.Offered == nil || len(*got.Offered) != 0 {
			t.Errorf("line %d = %s, want outcome %q and offered []", i, line, wantOutcome)
		}
		if len(got.Candidates) > 3 {
			t.Errorf("line %d: %d candidates", i, len(got.Candidates))
		}
	}
}

func TestAskJSONExact(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"ask", "--json", "xyzzy <&>"}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if got, want := out.String(), `{"question": "xyzzy <&>", "id": "", "confidence": 0, "candidates": [], "outcome": "unknown", "offered": []}`+"\n"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestAskArgsReadable(t *testing.T) {
	var out, errOut bytes.Buffer
	args := []string{"ask", "mdp oublié", "au revoir"}
	if code := Main(context.Background(), args, strings.NewReader("ignored\n"), &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 || !strings.Contains(lines[0], "numerique-mot-de-passe") || !strings.Contains(lines[1], "goodbye") {
		t.Errorf("output:\n%s", out.String())
	}
}

func TestAskBadFAQDir(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"ask", "--faq", t.TempDir(), "bonjour"}, nil, &out, &errOut); code == 0 {
		t.Errorf("exit 0 with an empty FAQ folder")
	}
}

// TestAskJSONOffered checks that a suggestion shows in "outcome" and
// "offered" as the engine decides it.
func TestAskJSONOffered(t *testing.T) {
	cat, err := loadCatalog("")
	if err != nil {
		t.Fatal(err)
	}
	m := catalog.NewMatcher(cat)
	const q = "papiers voiture"
	r := m.Match(q)
	if r.Outcome != catalog.Confirm && r.Outcome != catalog.Clarify {
		t.Skipf("%q is no longer a suggestion (%v): pick another question", q, r.Outcome)
	}
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"ask", "--json", q}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	var got struct {
		ID      string   `json:"id"`
		Outcome string   `json:"outcome"`
		Offered []string `json:"offered"`
	}
	if err := json.Unmarshal(out.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.ID != "" || got.Outcome != r.Outcome.String() || strings.Join(got.Offered, ",") != strings.Join(r.Offered, ",") {
		t.Errorf("ask --json = %s, want outcome %v offering %v", out.String(), r.Outcome, r.Offered)
	}
}
