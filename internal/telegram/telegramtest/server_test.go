package telegramtest

import (
	"encoding/json"
	"strings"
	"testing"
)

// The fake refuses the buttons Telegram refuses.
func TestCheckButton(t *testing.T) {
	for _, tc := range []struct {
		button string
		want   string // "" when accepted
	}{
		{`{"text":"a","callback_data":"x"}`, ""},
		{`{"text":"a","url":"https://www.caf.fr"}`, ""},
		{`{"text":"a","copy_text":{"text":"0 806 000 245"}}`, ""},
		{`{"text":"a","url":null,"callback_data":"x"}`, ""},
		{`{"text":"a"}`, "Text buttons are unallowed"},
		{`{"text":"","callback_data":"x"}`, "Text buttons are unallowed"},
		{`{"text":"a","callback_data":"x","copy_text":{"text":""}}`, "BUTTON_COPY_TEXT_INVALID"},
		{`{"text":"a","url":"https://www.caf.fr","copy_text":{"text":""}}`, "BUTTON_COPY_TEXT_INVALID"},
		{`{"text":"a","copy_text":{"text":"` + strings.Repeat("é", 257) + `"}}`, "BUTTON_COPY_TEXT_INVALID"},
		{`{"text":"a","callback_data":"x","url":"https://www.caf.fr"}`, "exactly one of url, callback_data"},
		{`{"text":"a","callback_data":""}`, "BUTTON_DATA_INVALID"},
		{`{"text":"a","callback_data":"` + strings.Repeat("x", 65) + `"}`, "BUTTON_DATA_INVALID"},
		{`{"text":"a","url":"javascript:alert(1)"}`, "BUTTON_URL_INVALID"},
	} {
		var b map[string]json.RawMessage
		if err := json.Unmarshal([]byte(tc.button), &b); err != nil {
			t.Fatal(err)
		}
		aerr := checkButton(b)
		switch {
		case tc.want == "" && aerr != nil:
			t.Errorf("%s refused: %s", tc.button, aerr.desc)
		case tc.want != "" && aerr == nil:
			t.Errorf("%s accepted, want %q", tc.button, tc.want)
		case tc.want != "" && (aerr.code != 400 || !strings.Contains(aerr.desc, tc.want)):
			t.Errorf("%s: %d %q, want 400 %q", tc.button, aerr.code, aerr.desc, tc.want)
		}
	}
}

func TestCheckCommands(t *testing.T) {
	for raw, ok := range map[string]bool{
		`[{"command":"start","description":"Démarrer"}]`: true,
		`[]`: false,
		`[{"command":"Start","description":"Démarrer"}]`:                         false,
		`[{"command":"start","description":""}]`:                                 false,
		`[{"command":"` + strings.Repeat("a", 33) + `","description":"x"}]`:      false,
		`[{"command":"start","description":"` + strings.Repeat("é", 257) + `"}]`: false,
	} {
		if got := checkCommands(raw) == nil; got != ok {
			t.Errorf("%s: accepted %v, want %v", raw, got, ok)
		}
	}
}
