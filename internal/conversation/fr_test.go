package conversation

import (
	"math/rand/v2"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"time"

	"pimmsbot/internal/markup"
)

// TestFrenchCatalogue checks every sentence residents read from the core:
// it renders, fills its placeholders, and follows French typography once
// the service has applied it.
func TestFrenchCatalogue(t *testing.T) {
	plainSpace := regexp.MustCompile(` [:;?!]|« | »`)
	vars := SiteVars(Site{Name: "PIMMS", Address: "1 rue A", Phone: "01", RetentionDays: 180}, time.Now())
	v := reflect.ValueOf(French)
	var names, texts []string
	for i := range v.NumField() {
		name, f := v.Type().Field(i).Name, v.Field(i)
		if f.Kind() == reflect.Map {
			// A sentence per kind (Declined): each is checked.
			for _, k := range f.MapKeys() {
				names, texts = append(names, name+"["+k.String()+"]"), append(texts, f.MapIndex(k).String())
			}
			continue
		}
		names, texts = append(names, name), append(texts, f.String())
	}
	for i, name := range names {
		text := texts[i]
		if text == "" {
			t.Errorf("French.%s is empty", name)
			continue
		}
		shown := markup.Fill(frenchSpaces(text), vars)
		if name == "PrivateOnly" || name == "StaleButton" {
			shown = text // channels send these as they are
		}
		if strings.Contains(shown, "{site.") {
			t.Errorf("French.%s keeps a placeholder: %q", name, shown)
		}
		if m := plainSpace.FindString(shown); m != "" {
			t.Errorf("French.%s has a plain space in %q: %q", name, m, shown)
		}
		if _, err := markup.Parse(shown); err != nil {
			t.Errorf("French.%s does not render: %v", name, err)
		}
		// Lists and blocks of details end as they like.
		list := name == "Help" || name == "HelpSite" || name == "Hours" || name == "NetworkName"
		if !list && !endsSentence(text) {
			t.Errorf("French.%s does not end a sentence: %q", name, text)
		}
	}
	for _, c := range append(Commands, SiteCommand) {
		if c.Description == "" || strings.ContainsAny(c.Name, " /@") {
			t.Errorf("command %+v", c)
		}
	}
}

// endsSentence reports whether text ends as a sentence or a line that
// leads to a list or buttons does: . ! ? : … or a closing » or ).
func endsSentence(text string) bool {
	text = strings.TrimSpace(text)
	for _, end := range []string{".", "!", "?", ":", "…", "»", ")", "**"} {
		if strings.HasSuffix(text, end) {
			return true
		}
	}
	return false
}

// frenchSpaces skips the replacer only when it would change nothing.
func TestFrenchSpacesAsReplacer(t *testing.T) {
	pieces := []string{" ", ":", ";", "?", "!", "«", "»", "a", "é", "\u00a0", "\xc2", "\xab", "\xbb", "x "}
	rng := rand.New(rand.NewPCG(3, 4))
	for range 50000 {
		var b strings.Builder
		for n := rng.IntN(8); n > 0; n-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := frenchSpaces(s), frenchReplacer.Replace(s); got != want {
			t.Fatalf("frenchSpaces(%q) = %q, the replacer gives %q", s, got, want)
		}
	}
}
