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
	data := `{"q": "j'ai perdu ma carte vitale", "accept": ["ameli-carte-vitale"]}
{"q": "bonjour", "accept": ["greeting"]}
{"q": "au revoir", "accept": ["greeting"]}

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
		"lines:                  4 (3 in scope, 1 out of scope)",
		"top-1 accuracy:          66.7 %  (2/3 in scope)",
		"wrong answers:           25.0 %  (1/4 lines)",
		"out-of-scope abstained: 100.0 %  (1/1 out of scope)",
		"failures (1):",
		`- "au revoir"`,
		"expected greeting, got goodbye",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
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
