package conversation_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"pimmsbot/internal/conversation"
)

func TestMedia(t *testing.T) {
	h := newHarness(t)
	got := h.svcMedia(alice, conversation.MediaVoice, nil)
	if !strings.Contains(texts(got), "vocaux") || !hasAction(got, conversation.ActHuman) {
		t.Fatalf("voice outside a handover = %q", texts(got))
	}
	got = h.svcMedia(alice, conversation.MediaSticker, nil)
	if !strings.Contains(texts(got), "texte") {
		t.Fatalf("sticker = %q", texts(got))
	}
	h.say(alice, "/mediateur")
	fetched := 0
	fetch := func(ctx context.Context) ([]byte, error) { fetched++; return []byte("JPEGDATA"), nil }
	if got := texts(h.svcMedia(alice, conversation.MediaPhoto, fetch)); !strings.HasPrefix(got, "Votre message est transmis") || strings.Count(got, "---") != 1 {
		t.Fatalf("the bot answered a photo during a handover: %q, want a receipt only", got)
	}
	_, posts, _ := h.desk.snapshot()
	if fetched != 1 || len(posts) != 1 || posts[0].File == nil || string(posts[0].File.Data) != "JPEGDATA" {
		t.Fatalf("photo not relayed: fetched %d, posts %+v", fetched, posts)
	}
	// The bytes are not kept with the messages.
	for _, m := range h.messages(alice) {
		if m.File != nil && len(m.File.Data) > 0 {
			t.Error("a photo's bytes are stored with the message")
		}
	}
}

func (h *harness) svcMedia(resident string, kind conversation.MediaKind, fetch func(context.Context) ([]byte, error)) []conversation.Reply {
	h.t.Helper()
	in := conversation.Incoming{Resident: resident, Media: kind, File: &conversation.Attachment{Name: "f", MIME: "image/jpeg"}, Fetch: fetch}
	if err := h.svc.HandleResident(context.Background(), in); err != nil {
		h.t.Fatal(err)
	}
	return h.channel.take(resident)
}

// TestSecretsAreMaskedAndWarned checks that a secret is masked in every
// copy the core makes (messages, unanswered questions, desk posts, a
// caption), and that the resident is told what was masked, and only when
// something was.
func TestSecretsAreMaskedAndWarned(t *testing.T) {
	for _, c := range []struct {
		text, gone, warning string
	}{
		{"mon numéro de sécu est 1 85 05 78 006 084 91", "006 084", "masqué votre numéro de sécurité sociale dans"},
		// Was stored « mot de passe c'est [masqué] Soleil2024! », and
		// the resident told it was masked.
		{"mot de passe c'est : Soleil2024!", "Soleil2024", "masqué votre mot de passe ou votre code dans"},
		{"iban FR76-3000-6000-0112-3456-7890-189 et mdp : chaton75", "3456",
			"masqué vos coordonnées bancaires et votre mot de passe ou votre code dans"},
		// A one-time code is no password: the warning names both.
		{"le code reçu par sms est 482913", "482913", "masqué votre mot de passe ou votre code dans"},
		{"le code de ma carte c'est 4821", "4821", "masqué le code de votre carte bancaire dans"},
		{"mon mot de passe est bloqué depuis le 12/03", "", ""},
	} {
		t.Run(c.text, func(t *testing.T) {
			h := newHarness(t)
			got := h.say(alice, c.text)
			warned := strings.Contains(texts(got), "Attention")
			if warned != (c.warning != "") || !strings.Contains(texts(got), c.warning) {
				t.Fatalf("replies %q, want a warning %q", texts(got), c.warning)
			}
			h.click(alice, conversation.ActHuman)
			h.say(alice, "encore : "+c.text)
			in := conversation.Incoming{Resident: alice, Media: conversation.MediaPhoto, Text: c.text,
				File: &conversation.Attachment{Name: "f", MIME: "image/jpeg"}}
			if err := h.svc.HandleResident(context.Background(), in); err != nil {
				t.Fatal(err)
			}
			x, err := h.store.Export(context.Background(), alice)
			if err != nil {
				t.Fatal(err)
			}
			var copies []string
			for _, m := range x.Messages {
				if m.From == conversation.FromResident && !strings.HasPrefix(m.Text, "[bouton]") {
					copies = append(copies, m.Text)
				}
			}
			for _, u := range x.Unanswered {
				copies = append(copies, u.Question)
			}
			_, posts, _ := h.desk.snapshot()
			for _, p := range posts {
				copies = append(copies, p.Text)
			}
			if len(copies) < 4 {
				t.Fatalf("only %d copies to check: %q", len(copies), copies)
			}
			for _, cp := range copies {
				if c.gone != "" && strings.Contains(cp, c.gone) {
					t.Errorf("a copy keeps %q: %q", c.gone, cp)
				}
				if c.gone == "" && !strings.Contains(cp, "bloqué depuis le 12/03") {
					t.Errorf("an ordinary message was changed: %q", cp)
				}
			}
		})
	}
}

func TestHostileInput(t *testing.T) {
	h := newHarness(t)
	for _, in := range []string{"", "   ", "🙂🙂🙂", strings.Repeat("é", 5000), "<script>alert(1)</script>", "@everyone", "\u202etxet\u200b", "/", "/inconnue"} {
		got := h.say(alice, in)
		if len(got) == 0 {
			t.Errorf("no reply to %q", in)
		}
	}
	for _, m := range h.messages(alice) {
		if len([]rune(m.Text)) > conversation.MaxText {
			t.Errorf("stored a text of %d characters", len([]rune(m.Text)))
		}
	}
}

// TestConcurrentResidents sends 1,000 messages from 100 residents at once:
// each must be stored exactly once, in order within its conversation.
func TestConcurrentResidents(t *testing.T) {
	h := newHarness(t)
	const residents, each = 100, 10
	var wg sync.WaitGroup
	errs := make(chan error, residents)
	for r := range residents {
		wg.Go(func() {
			id := fmt.Sprintf("test:%d", 1000+r)
			for i := range each {
				in := conversation.Incoming{Resident: id, Text: fmt.Sprintf("message %d de %d", i, r)}
				if err := h.svc.HandleResident(context.Background(), in); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	total := 0
	for r := range residents {
		id := fmt.Sprintf("test:%d", 1000+r)
		var got []string
		for _, m := range h.messages(id) {
			if m.From == conversation.FromResident {
				got = append(got, m.Text)
			}
		}
		if len(got) != each {
			t.Fatalf("%s: %d messages stored, want %d", id, len(got), each)
		}
		for i, text := range got {
			if want := fmt.Sprintf("message %d de %d", i, r); text != want {
				t.Fatalf("%s: message %d = %q, want %q", id, i, text, want)
			}
		}
		total += len(got)
		if replies := h.channel.take(id); len(replies) != each {
			t.Fatalf("%s got %d replies, want %d", id, len(replies), each)
		}
	}
	if total != residents*each {
		t.Fatalf("%d messages stored, want %d", total, residents*each)
	}
}

func TestUpdateTakesEffectOnce(t *testing.T) {
	h := newHarness(t)
	committed := 0
	in := conversation.Incoming{Resident: alice, Text: "/aide", Update: &conversation.UpdateRef{Channel: "test", ID: 5},
		Committed: func() { committed++ }}
	for range 2 {
		if err := h.svc.HandleResident(context.Background(), in); err != nil {
			t.Fatal(err)
		}
	}
	if got := h.channel.take(alice); len(got) != 1 {
		t.Fatalf("an update delivered twice got %d replies, want 1", len(got))
	}
	if committed != 2 {
		t.Fatalf("Committed called %d times, want once per delivery", committed)
	}
	if msgs := h.messages(alice); len(msgs) != 2 {
		t.Fatalf("stored %d messages, want the command and its reply once", len(msgs))
	}
}
