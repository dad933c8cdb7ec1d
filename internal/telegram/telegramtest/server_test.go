package telegramtest

import (
	"bytes"
	"encoding/json"
	"mime/multipart"
	"net/http"
	"strconv"
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

// call makes a Bot API call to s as go-telegram/bot does (a multipart
// form) and returns the answer's description, "" when it is ok.
func call(t *testing.T, s *Server, method string, params map[string]string) string {
	t.Helper()
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	for k, v := range params {
		w.WriteField(k, v)
	}
	w.Close()
	resp, err := http.Post(s.URL+"/bot"+Token+"/"+method, w.FormDataContentType(), &body)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r struct {
		OK          bool   `json:"ok"`
		Description string `json:"description"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	if r.OK {
		return ""
	}
	return r.Description
}

// An edit that changes nothing is refused, as Telegram does.
func TestEditNotModified(t *testing.T) {
	s := NewServer(t)
	kb := `{"inline_keyboard":[[{"text":"a","callback_data":"x"}]]}`
	if d := call(t, s, "sendMessage", map[string]string{"chat_id": "42", "text": "<b>Bonjour</b>", "parse_mode": "HTML", "reply_markup": kb}); d != "" {
		t.Fatal(d)
	}
	id := strconv.Itoa(s.Messages(42)[0].ID)
	edit := map[string]string{"chat_id": "42", "message_id": id, "text": "<b>Bonjour</b>", "parse_mode": "HTML", "reply_markup": kb}
	if d := call(t, s, "editMessageText", edit); !strings.Contains(d, "message is not modified") {
		t.Errorf("same text and keyboard: %q", d)
	}
	if d := call(t, s, "editMessageReplyMarkup", map[string]string{"chat_id": "42", "message_id": id, "reply_markup": kb}); !strings.Contains(d, "message is not modified") {
		t.Errorf("same keyboard: %q", d)
	}
	edit["text"] = "<b>Bonjour</b> ✅"
	if d := call(t, s, "editMessageText", edit); d != "" {
		t.Errorf("new text refused: %q", d)
	}
	if d := call(t, s, "editMessageReplyMarkup", map[string]string{"chat_id": "42", "message_id": id, "reply_markup": `{"inline_keyboard":[]}`}); d != "" {
		t.Errorf("keyboard removed refused: %q", d)
	}
	if d := call(t, s, "answerCallbackQuery", map[string]string{"callback_query_id": "1", "text": strings.Repeat("é", 201)}); d == "" {
		t.Error("a callback answer of 201 characters accepted")
	}
}
