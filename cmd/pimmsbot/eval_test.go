package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEval(t *testing.T) {
	file := filepath.Join(t.TempDir(), "eval.jsonl")
	data := `{"q": "j'ai perdu ma carte vitale", "accept": ["ameli-carte-vitale"], "style": "sms"}
{"q": "bonjour", "accept": ["greeting"]}
{"q": "au revoir", "accept": ["greeting"], "style": "sms"}
{"q": "suivi remboursement soins", "accept": ["ameli-remboursements"], "style": "short"}

{"q": "recette de la blanquette de veau", "accept": []}
`
	if err := os.WriteFile(file, []byte(data), 0o600); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"eval", file}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{
		"lines:                  5 (4 in scope, 1 out of scope)",
		"top-1 accuracy:          50.0 %  (2/4 in scope)",
		"helped in one tap:       75.0 %  (3/4 in scope",
		"wrong answers:           20.0 %  (1/5 lines)",
		"out-of-scope abstained: 100.0 %  (1/1 out of scope)",
		"out-of-scope suggested:   0.0 %  (0/1 out of scope",
		"  short            1   0.0 %  100.0 %   0.0 %",
		"  sms              2  50.0 %   50.0 %  50.0 %",
		"wrong answers (1):",
		`- "au revoir"`,
		"expected greeting, got goodbye",
		"failures (1):",
		"expected ameli-remboursements, got (clarify: ameli-remboursements, ",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestEvalSummary(t *testing.T) {
	file := filepath.Join(t.TempDir(), "eval.jsonl")
	os.WriteFile(file, []byte(`{"q": "au revoir", "accept": ["greeting"]}`+"\n"), 0o600)
	var out, errOut bytes.Buffer
	if code := Main(context.Background(), []string{"eval", "--summary", file}, nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if !strings.Contains(out.String(), "wrong answers:          100.0 %") || strings.Contains(out.String(), "au revoir") {
		t.Errorf("--summary prints the figures only:\n%s", out.String())
	}
}

func TestEvalErrors(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	os.WriteFile(bad, []byte("{not json\n"), 0o600)
	for _, args := range [][]string{{"eval"}, {"eval", filepath.Join(t.TempDir(), "missing.jsonl")}, {"eval", bad}} {
		var out, errOut bytes.Buffer
		if code := Main(context.Background(), args, nil, &out, &errOut); code == 0 {
			t.Errorf("%v: exit 0", args)
		}
	}
}
