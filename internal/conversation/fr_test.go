package conversation

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"pimmsbot/internal/markup"
)

// TestFrenchCatalogue checks every sentence residents read from the core:
// it renders, fills its placeholders, and follows French typography once
// the service has applied it.
func TestFrenchCatalogue(t *testing.T) {
	plainSpace := regexp.MustCompile(` [:;?!]|« | »`)
	vars := SiteVars(Site{Name: "PIMMS", Address: "1 rue A", Phone: "01", RetentionDays: 180})
	v := reflect.ValueOf(French)
	for i := range v.NumField() {
		name, text := v.Type().Field(i).Name, v.Field(i).String()
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
	}
	for _, c := range append(Commands, SiteCommand) {
		if c.Description == "" || strings.ContainsAny(c.Name, " /@") {
			t.Errorf("command %+v", c)
		}
	}
}
