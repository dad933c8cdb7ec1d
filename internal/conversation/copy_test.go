package conversation_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/conversation"
)

// residentCopy asks for /mesdonnees and returns the reply and its file.
func residentCopy(t *testing.T, h *harness, resident string) (conversation.Reply, string) {
	t.Helper()
	got := h.say(resident, "/mesdonnees")
	if len(got) != 1 || got[0].File == nil {
		t.Fatalf("/mesdonnees = %q, want one reply with a file", texts(got))
	}
	f := got[0].File
	if !utf8.Valid(f.Data) {
		t.Fatalf("the copy is not UTF-8")
	}
	if f.Size != int64(len(f.Data)) {
		t.Errorf("file size %d, data %d bytes", f.Size, len(f.Data))
	}
	return got[0], string(f.Data)
}

// handedOver makes alice ask a question answered from the FAQ, rate it,
// ask for a mediator, who takes the ticket, answers, and writes a note.
// It returns the ticket.
func handedOver(t *testing.T, h *harness) conversation.Ticket {
	t.Helper()
	h.matcher.results["j'ai un trop perçu caf"] = catalog.Result{Outcome: catalog.Answer, ID: "caf-indu"}
	h.say(alice, "j'ai un trop perçu caf")
	h.click(alice, conversation.ActHelpful+":caf-indu")
	h.click(alice, conversation.ActHuman)
	number := h.resident(alice).Ticket
	med := conversation.MediatorAction{Ticket: number, Mediator: "112233445566778899", Name: "Camille"}
	for _, a := range []conversation.MediatorAction{
		{Kind: conversation.MedClaim},
		{Kind: conversation.MedReply, Text: "Bonjour, je regarde votre dossier."},
		{Kind: conversation.MedNote, Text: "usager pas clair, appeler carsat"},
	} {
		a.Ticket, a.Mediator, a.Name = med.Ticket, med.Mediator, med.Name
		if err := h.mediator(a); err != nil {
			t.Fatal(err)
		}
	}
	tk, err := h.store.Ticket(context.Background(), number)
	if err != nil {
		t.Fatal(err)
	}
	if tk.DeskRef == "" || tk.Mediator != med.Mediator {
		t.Fatalf("ticket = %+v, want a desk reference and the mediator's id", tk)
	}
	h.channel.take(alice)
	return tk
}

// TestCopyLeavesOutNotes reproduces D3 of the sixth outside review: the
// mediators are told a note is internal, never sent to the resident,
// yet /mesdonnees sent it, with the mediator's desk id and the desk's
// reference. The resident's copy has what the mediator told them and
// the name the resident saw, and nothing of the desk's own.
func TestCopyLeavesOutNotes(t *testing.T) {
	h := newHarness(t, withHours("lun-dim 00:00-24:00"))
	tk := handedOver(t, h)
	_, copy := residentCopy(t, h, alice)
	for _, bad := range []string{"usager pas clair", "appeler carsat", tk.Mediator, tk.DeskRef} {
		if strings.Contains(copy, bad) {
			t.Errorf("the resident's copy shows %q:\n%s", bad, copy)
		}
	}
	for _, want := range []string{"Bonjour, je regarde votre dossier.", "Camille", "j'ai un trop perçu caf"} {
		if !strings.Contains(copy, want) {
			t.Errorf("the resident's copy lacks %q:\n%s", want, copy)
		}
	}
	// The operator's export, for the data controller, keeps everything.
	x, err := h.store.Export(context.Background(), alice)
	if err != nil {
		t.Fatal(err)
	}
	data, _ := json.Marshal(x)
	for _, want := range []string{"appeler carsat", tk.Mediator, tk.DeskRef} {
		if !strings.Contains(string(data), want) {
			t.Errorf("the full export lacks %q", want)
		}
	}
}

// TestCopyIsReadableFrench reproduces D4: the copy was the internal
// JSON, with English keys and codes, button actions, null lists and UTC
// times. It is now a French text, with the times in the site's zone.
func TestCopyIsReadableFrench(t *testing.T) {
	h := newHarness(t, withHours("lun-dim 00:00-24:00"))
	handedOver(t, h)
	rep, copy := residentCopy(t, h, alice)
	if f := rep.File; !strings.HasSuffix(f.Name, ".txt") || !strings.HasPrefix(f.MIME, "text/plain") {
		t.Errorf("file %q (%s), want a plain text", f.Name, f.MIME)
	}
	if json.Valid([]byte(copy)) {
		t.Fatalf("the copy is still JSON:\n%s", copy)
	}
	// English keys and codes, the trace of a click, Go's zero values.
	for _, bad := range []string{
		`"`, "{", "resident", "conversation\"", "outcome", "status", "waiting", "claimed",
		"answer", "clarify", "[bouton]", conversation.ActHuman, "fb1", "caf-indu", "null",
		"2026-11-25", "T09:", "UTC", "+01:00", "test:1", "mode",
	} {
		if strings.Contains(copy, bad) {
			t.Errorf("the copy shows %q:\n%s", bad, copy)
		}
	}
	// The clock is 09:00 UTC, 10:00 in Paris.
	for _, want := range []string{
		"mercredi 25 novembre 2026",
		"10:00",
		"Vous\u00a0: j'ai un trop perçu caf",
		"Vous avez trouvé cette réponse utile",
		"Vous avez demandé à parler à un médiateur",
		"Demande n°\u00a01",
		"prise en charge par Camille",
		"Vos avis sur les réponses\n",
		"👍 utile",
	} {
		if !strings.Contains(copy, want) {
			t.Errorf("the copy lacks %q:\n%s", want, copy)
		}
	}
	if strings.Contains(copy, "09:00") {
		t.Errorf("the copy shows the UTC time:\n%s", copy)
	}
	// The bot's answer is plain text: no markup left.
	if strings.Contains(copy, "**") || strings.Contains(copy, "](https://") {
		t.Errorf("the copy shows the answer markup:\n%s", copy)
	}
}

// TestCopyIntroPlurals: the reply counts in real French plurals
// (polish 2: « 9 message(s), 1 demande(s) »).
func TestCopyIntroPlurals(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	rep, _ := residentCopy(t, h, alice)
	if strings.Contains(rep.Text, "(s)") || !strings.Contains(rep.Text, "1 conversation") ||
		!strings.Contains(rep.Text, "aucune demande à un médiateur") {
		t.Errorf("intro = %q", rep.Text)
	}
	h.click(alice, conversation.ActHuman)
	h.say(alice, "c'est pour la caf")
	rep, _ = residentCopy(t, h, alice)
	// bonjour, /mesdonnees, the click, « c'est pour la caf »: four.
	if strings.Contains(rep.Text, "(s)") || !strings.Contains(rep.Text, "4 messages de votre part") ||
		!strings.Contains(rep.Text, "1 demande à un médiateur") {
		t.Errorf("intro = %q", rep.Text)
	}
}

// TestCopyAfterErasure reproduces polish 11: after /oublier, /mesdonnees
// said « Nous n'avons rien enregistré à votre sujet » while that very
// exchange was being stored. The reply says what is true: nothing
// before it, and this exchange now, until /oublier or the retention.
func TestCopyAfterErasure(t *testing.T) {
	h := newHarness(t)
	h.say(alice, "bonjour")
	h.say(alice, "/oublier")
	h.click(alice, conversation.ActEraseYes)
	got := h.say(alice, "/mesdonnees")
	if len(got) != 1 || got[0].File != nil {
		t.Fatalf("/mesdonnees after erasure = %+v, want a text", got)
	}
	text := got[0].Text
	for _, want := range []string{"avant ce message", "/oublier", "180 jours"} {
		if !strings.Contains(text, want) {
			t.Errorf("reply %q lacks %q", text, want)
		}
	}
	// What the reply says is stored is stored: this exchange.
	x, err := h.store.Export(context.Background(), alice)
	if err != nil {
		t.Fatalf("export after the reply: %v", err)
	}
	if len(x.Messages) != 2 || x.Messages[0].Text != "/mesdonnees" || x.Messages[1].From != conversation.FromBot {
		t.Errorf("stored after the reply: %+v", x.Messages)
	}
	for _, m := range x.Messages {
		if m.Text == "bonjour" {
			t.Errorf("the erased message is back: %+v", m)
		}
	}
}
