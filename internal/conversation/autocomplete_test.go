package conversation_test

import (
	"slices"
	"strings"
	"testing"
	"unicode"

	"pimmsbot/internal/catalog/catalogtest"
	"pimmsbot/internal/conversation"
	"pimmsbot/internal/fold"
)

func TestFAQChoices(t *testing.T) {
	h := newHarness(t)
	cat := catalogtest.FAQ(t)
	got := h.svc.FAQChoices("apl", 25)
	if len(got) == 0 {
		t.Fatal("no choice for « apl »")
	}
	idsDone := false
	for _, c := range got {
		e, ok := cat.Entry(c.ID)
		if !ok || e.Title != c.Title {
			t.Fatalf("choice %+v is not an entry of the FAQ", c)
		}
		inID := strings.Contains(c.ID, "apl")
		if !inID && !strings.Contains(fold.String(c.Title), "apl") {
			t.Errorf("choice %+v holds no « apl »", c)
		}
		if inID && idsDone {
			t.Errorf("choice %+v comes after a choice found by its title only: ids first", c)
		}
		idsDone = idsDone || !inID
	}
}

func TestFAQChoicesEveryWordAccentsAndCaseAside(t *testing.T) {
	h := newHarness(t)
	var title string
	for _, e := range catalogtest.FAQ(t).Entries {
		if strings.ContainsAny(e.Title, "éèàç") && len(strings.Fields(e.Title)) >= 3 && strings.ContainsAny(strings.Fields(e.Title)[0], "ÉéèàçÀ") {
			title = e.Title
			break
		}
	}
	if title == "" {
		t.Fatal("the test FAQ has no accented title of three words")
	}
	words := strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) })
	typed := strings.ToUpper(words[0]) + " " + words[len(words)-1]
	plain := fold.String(typed)
	a, b := h.svc.FAQChoices(typed, 25), h.svc.FAQChoices(plain, 25)
	if !slices.Equal(a, b) {
		t.Errorf("%q gave %v, %q gave %v: want the same", typed, a, plain, b)
	}
	if !slices.ContainsFunc(a, func(c conversation.FAQChoice) bool { return c.Title == title }) {
		t.Errorf("%q did not offer « %s »: %v", typed, title, a)
	}
	if got := h.svc.FAQChoices(typed+" zzzqqq", 25); len(got) != 0 {
		t.Errorf("a word no entry holds still gave %v", got)
	}
}

func TestFAQChoicesAtMostN(t *testing.T) {
	h := newHarness(t)
	all := h.svc.FAQChoices("", 1000)
	if n := len(catalogtest.FAQ(t).Entries); len(all) != n {
		t.Fatalf("empty query gave %d choices, want all %d entries", len(all), n)
	}
	if got := h.svc.FAQChoices("", 3); !slices.Equal(got, all[:3]) {
		t.Errorf("n = 3 gave %v, want the first three %v", got, all[:3])
	}
}

func TestEntryTitleAndThemeLabel(t *testing.T) {
	h := newHarness(t)
	cat := catalogtest.FAQ(t)
	e := cat.Entries[0]
	if got := h.svc.EntryTitle(e.ID); got != e.Title {
		t.Errorf("EntryTitle(%q) = %q, want %q", e.ID, got, e.Title)
	}
	th, ok := cat.Theme(e.Theme)
	if !ok {
		t.Fatalf("entry %q has no theme", e.ID)
	}
	if got := h.svc.ThemeLabel(e.Theme); got != th.Label {
		t.Errorf("ThemeLabel(%q) = %q, want %q", e.Theme, got, th.Label)
	}
	if h.svc.EntryTitle("no-such-entry") != "" || h.svc.ThemeLabel("no-such-theme") != "" {
		t.Error("an unknown id has a title or a label")
	}
}
