package catalog

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestWriteList(t *testing.T) {
	c := &Catalog{Entries: []*Entry{
		{ID: "caf-apl", Theme: "caf", Title: "Comment demander l'APL\u00a0?", Questions: []string{"apl"},
			Answer: `Sur [caf.fr](https://www.caf.fr) & "gardez" <le> reçu.`, Reviewed: "2026-11-01", Handover: true},
	}}
	var b strings.Builder
	if err := c.WriteList(&b); err != nil || b.String() != "caf-apl\tcaf\tComment demander l'APL\u00a0?\n" {
		t.Errorf("WriteList = %q, %v", b.String(), err)
	}
	b.Reset()
	if err := c.WriteListJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{"id":"caf-apl","theme":"caf","title":"Comment demander l'APL` + "\u00a0" + `?","questions":["apl"],"keywords":[],"answer":"Sur [caf.fr](https://www.caf.fr) & \"gardez\" <le> reçu.","sources":[],"reviewed":"2026-11-01","handover":true}` + "\n"
	if b.String() != want {
		t.Errorf("WriteListJSON:\n%s\nwant:\n%s", b.String(), want)
	}
	var fields map[string]any
	if err := json.Unmarshal([]byte(b.String()), &fields); err != nil || len(fields) != 9 {
		t.Errorf("fields %v, err %v", fields, err)
	}
}

func TestCheckSummary(t *testing.T) {
	c := &Catalog{
		Themes:   []Theme{{ID: "caf"}},
		Entries:  []*Entry{{ID: "caf-apl"}, {ID: "caf-date-paiement"}},
		Intents:  []*Intent{{ID: IntentGreeting}},
		Synonyms: map[string][]string{"caf": {"kaf"}, "apl": nil, "rsa": nil},
	}
	problems := []Problem{{Message: "a"}, {Message: "b"}, {Message: "c", Warning: true}}
	want := "2 fiches, 1 thème, 1 intention, 3 groupes de synonymes\u00a0; 2 erreurs, 1 avertissement"
	if got := CheckSummary(c, problems); got != want {
		t.Errorf("CheckSummary = %q, want %q", got, want)
	}
	// 0 is singular in French.
	want = "0 fiche, 0 thème, 0 intention, 0 groupe de synonymes\u00a0; 0 erreur, 0 avertissement"
	if got := CheckSummary(&Catalog{}, nil); got != want {
		t.Errorf("CheckSummary = %q, want %q", got, want)
	}
}
