package catalog_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/markup"
)

// FuzzLoad feeds the checker a theme file written by an editor who makes
// every possible mistake. It must never panic, and content it accepts must
// be usable: ids set, answers that render, known themes.
func FuzzLoad(f *testing.F) {
	base := fixtureFS(f)
	f.Add(string(base["caf.yaml"].Data))
	f.Add("theme: caf\nentries:\n  - id: x\n")
	f.Add("theme: caf\nentries: [{id: a, title: t, answer: '**', sources: [http://x], reviewed: 2099-01-01}]\n")
	f.Add("theme: [caf]\n")
	f.Add("\x00\xff: &a [*a]\n")
	f.Add("theme: caf\nentries:\n  - id: caf-apl\n    answer: {site.unknown} [lien](javascript:alert(1))\n")
	f.Fuzz(func(t *testing.T, theme string) {
		fsys := fstest.MapFS{}
		for name, file := range base {
			fsys[name] = file
		}
		fsys["caf.yaml"] = &fstest.MapFile{Data: []byte(theme)}
		cat, problems := catalog.Check(fsys, checkDay)
		if cat == nil {
			t.Fatal("Check returned no catalogue")
		}
		for _, p := range problems {
			if p.File == "" || p.Message == "" {
				t.Errorf("problem without file or message: %+v", p)
			}
		}
		if catalog.HasErrors(problems) {
			return
		}
		for _, e := range cat.Entries {
			if e.ID == "" || e.Title == "" || len(e.Sources) == 0 {
				t.Errorf("accepted an incomplete entry: %+v", e)
			}
			if _, ok := cat.Theme(e.Theme); !ok {
				t.Errorf("accepted entry %s of unknown theme %q", e.ID, e.Theme)
			}
			doc, err := markup.Parse(markup.Fill(e.Answer, map[string]string{"site.name": "X"}))
			if err != nil {
				t.Errorf("accepted entry %s whose answer does not parse: %v", e.ID, err)
				continue
			}
			if html := doc.TelegramHTML(); strings.Contains(html, "<script") {
				t.Errorf("entry %s renders a script tag", e.ID)
			}
		}
	})
}
