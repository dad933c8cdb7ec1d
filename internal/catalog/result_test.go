package catalog

import (
	"encoding/json"
	"testing"
)

func TestResultJSON(t *testing.T) {
	tests := []struct {
		q    string
		r    Result
		want string
	}{
		{"xyzzy <&>", Result{},
			`{"question": "xyzzy <&>", "id": "", "confidence": 0, "candidates": [], "outcome": "unknown", "offered": []}`},
		{`carte "vitale"`, Result{Outcome: Answer, ID: "ameli-carte-vitale", Confidence: 0.87,
			Candidates: []Candidate{{"ameli-carte-vitale", 12.3}, {"ameli-attestation-droits", 4}}},
			`{"question": "carte \"vitale\"", "id": "ameli-carte-vitale", "confidence": 0.87, "candidates": [{"id": "ameli-carte-vitale", "score": 12.3}, {"id": "ameli-attestation-droits", "score": 4}], "outcome": "answer", "offered": []}`},
		{"apl", Result{Outcome: Clarify, Confidence: 0.5, Offered: []string{"caf-apl", "caf-date-paiement"}},
			`{"question": "apl", "id": "", "confidence": 0.5, "candidates": [], "outcome": "clarify", "offered": ["caf-apl", "caf-date-paiement"]}`},
	}
	for _, tt := range tests {
		got := tt.r.JSON(tt.q)
		if got != tt.want {
			t.Errorf("JSON(%q)\n got  %s\n want %s", tt.q, got, tt.want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("JSON(%q) is not valid JSON: %s", tt.q, got)
		}
	}
}

func TestResultDescribe(t *testing.T) {
	tests := []struct {
		r    Result
		want string
	}{
		{Result{}, `unknown -                                0.00  "q"  []`},
		{Result{Outcome: Answer, ID: "caf-apl", Confidence: 0.871, Candidates: []Candidate{{"caf-apl", 12.34}, {"caf-date-paiement", 3}}},
			`answer  caf-apl                          0.87  "q"  [caf-apl 12.3, caf-date-paiement 3.0]`},
		{Result{Outcome: Confirm, Confidence: 0.45, Offered: []string{"caf-apl"}},
			`confirm caf-apl?                         0.45  "q"  []`},
	}
	for _, tt := range tests {
		if got := tt.r.Describe("q"); got != tt.want {
			t.Errorf("Describe\n got  %q\n want %q", got, tt.want)
		}
	}
}
