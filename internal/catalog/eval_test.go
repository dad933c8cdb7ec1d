package catalog

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEvalReportWrite checks the figures and the failures as "pimmsbot
// eval" prints them, on results made by hand.
func TestEvalReportWrite(t *testing.T) {
	var rep EvalReport
	carte := EvalCase{Q: "carte vitale perdue", Accept: []string{"ameli-carte-vitale"}, Style: "sms"}
	rep.Add(carte, Result{Outcome: Answer, ID: "ameli-carte-vitale", Confidence: 0.9, Candidates: []Candidate{{"ameli-carte-vitale", 10}}})
	rep.Add(EvalCase{Q: "au revoir", Accept: []string{"greeting"}, Style: "sms"}, Result{Outcome: Answer, ID: "goodbye", Confidence: 1})
	rep.Add(EvalCase{Q: "ARE date", Accept: []string{"ft-are"}, Style: "short"},
		Result{Outcome: Clarify, Confidence: 0.5, Offered: []string{"ft-are", "ft-inscription"}, Candidates: []Candidate{{"ft-are", 5}, {"ft-inscription", 4.5}}})
	rep.Add(EvalCase{Q: "blanquette", Accept: []string{}}, Result{})
	var b strings.Builder
	rep.WriteSummary(&b)
	summary := b.String()
	rep.WriteFailures(&b)
	failures := strings.TrimPrefix(b.String(), summary)

	for _, want := range []string{
		"lines:                  4 (3 in scope, 1 out of scope)\n",
		"top-1 accuracy:          33.3 %  (1/3 in scope)\n",
		"helped in one tap:       66.7 %  (2/3 in scope: answered right or offered as a button)\n",
		"top-3 recall:            66.7 %  (2/3 in scope)\n",
		"wrong answers:           25.0 %  (1/4 lines)\n",
		"out-of-scope abstained: 100.0 %  (1/1 out of scope)\n",
		"out-of-scope suggested:   0.0 %  (0/1 out of scope got a suggestion)\n",
		"\nby style:       lines  top-1  helped  wrong  abstained  suggested\n",
		"  short            1   0.0 %  100.0 %   0.0 %    0.0 %    0.0 %\n",
		"  sms              2  50.0 %   50.0 %  50.0 %    0.0 %    0.0 %\n",
	} {
		if !strings.Contains(summary, want) {
			t.Errorf("summary lacks %q:\n%s", want, summary)
		}
	}
	want := "\nwrong answers (1):\n" +
		"- \"au revoir\"\n    expected greeting, got goodbye (confidence 1.00); candidates: \n" +
		"\nfailures (1):\n" +
		"- \"ARE date\"\n    expected ft-are, got (clarify: ft-are, ft-inscription) (confidence 0.50); candidates: ft-are 5.0, ft-inscription 4.5\n"
	if failures != want {
		t.Errorf("failures:\n%s\nwant:\n%s", failures, want)
	}
}

func TestEvaluateStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rep, err := Evaluate(ctx, NewMatcher(testCatalog(t)), []EvalCase{{Q: "carte vitale", Accept: []string{"ameli-carte-vitale"}}})
	if err != context.Canceled || rep.All.Lines != 0 {
		t.Errorf("Evaluate with a cancelled context = %d lines, %v; want 0 lines, context.Canceled", rep.All.Lines, err)
	}
}

func TestReadEvalFile(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.jsonl")
	os.WriteFile(good, []byte(`{"q": "apl", "accept": ["caf-apl"], "style": "short"}`+"\n\n"+`{"q": "météo", "accept": []}`+"\n"), 0o600)
	cases, err := ReadEvalFile(good)
	if err != nil || len(cases) != 2 || !cases[0].InScope() || cases[0].Style != "short" || cases[1].InScope() {
		t.Errorf("ReadEvalFile = %+v, %v", cases, err)
	}
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte(`{"q": "apl", "accept": []}`+"\n{not json\n"), 0o600)
	if _, err := ReadEvalFile(bad); err == nil || !strings.HasPrefix(err.Error(), bad+": line 2: ") {
		t.Errorf("ReadEvalFile(bad) = %v, want an error naming the file and line 2", err)
	}
	if _, err := ReadEvalFile(filepath.Join(dir, "missing.jsonl")); err == nil {
		t.Error("ReadEvalFile(missing) = nil error")
	}
}

// TestEvalHandoverHelped checks that a request for a person counts as
// helped in one tap when the bot's reply carries the « Parler à un
// médiateur » button (« don't know » and a choice of entries do), and not
// when it answers something else or asks about one entry.
func TestEvalHandoverHelped(t *testing.T) {
	human := EvalCase{Q: "je veux parler à une vraie personne", Accept: []string{IntentHandover}}
	for _, c := range []struct {
		res    Result
		helped bool
	}{
		{Result{Outcome: Answer, ID: IntentHandover}, true},
		{Result{Outcome: Unknown}, true},
		{Result{Outcome: Clarify, Offered: []string{"pimms-presentation", "pimms-rendez-vous"}}, true},
		{Result{Outcome: Confirm, Offered: []string{"pimms-presentation"}}, false},
		{Result{Outcome: Answer, ID: "pimms-presentation"}, false},
	} {
		var f EvalFigures
		f.Add(human, c.res)
		if got := f.Helped == 1; got != c.helped {
			t.Errorf("%v: helped = %v, want %v", c.res, got, c.helped)
		}
		if f.Offered != 0 && c.res.Outcome == Unknown {
			t.Errorf("%v: counted as offered", c.res)
		}
	}
	// An entry is never helped by the mediator's button alone.
	var f EvalFigures
	f.Add(EvalCase{Q: "carte vitale perdue", Accept: []string{"ameli-carte-vitale"}}, Result{Outcome: Unknown})
	if f.Helped != 0 {
		t.Errorf("an unknown entry question counted as helped")
	}
}
