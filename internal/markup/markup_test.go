package markup_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"pimmsbot/internal/markup"
)

func TestParseRender(t *testing.T) {
	tests := []struct {
		name           string
		src            string
		telegram, text string
	}{
		{
			name:     "paragraphs",
			src:      "Bonjour.\n\n\nDeuxième paragraphe\nsur deux lignes.",
			telegram: "Bonjour.\n\nDeuxième paragraphe\nsur deux lignes.",
			text:     "Bonjour.\n\nDeuxième paragraphe\nsur deux lignes.",
		},
		{
			name:     "bullets after text",
			src:      "Apportez :\n- votre **carte Vitale**\n  -   un RIB\n",
			telegram: "Apportez :\n• votre <b>carte Vitale</b>\n• un RIB",
			text:     "Apportez :\n• votre carte Vitale\n• un RIB",
		},
		{
			name:     "link",
			src:      "Allez sur [ameli.fr](https://www.ameli.fr/assure?a=1&b=2).",
			telegram: `Allez sur <a href="https://www.ameli.fr/assure?a=1&amp;b=2">ameli.fr</a>.`,
			text:     "Allez sur ameli.fr (https://www.ameli.fr/assure?a=1&b=2).",
		},
		{
			name:     "bold link and link with bold",
			src:      "**[CAF](https://www.caf.fr)** et [le **site**](https://www.caf.fr)",
			telegram: `<b><a href="https://www.caf.fr">CAF</a></b> et <a href="https://www.caf.fr">le </a><b><a href="https://www.caf.fr">site</a></b>`,
			text:     "CAF (https://www.caf.fr) et le site (https://www.caf.fr)",
		},
		{
			name:     "link text is the address",
			src:      "[https://www.caf.fr](https://www.caf.fr)",
			telegram: `<a href="https://www.caf.fr">https://www.caf.fr</a>`,
			text:     "https://www.caf.fr",
		},
		{
			name:     "html and discord specials are escaped",
			src:      `Tarif < 5 € & "gratuit" > rien @everyone <@123> _x_ ~y~ |z| #t (p)`,
			telegram: `Tarif &lt; 5 € &amp; &quot;gratuit&quot; &gt; rien @everyone &lt;@123&gt; _x_ ~y~ |z| #t (p)`,
			text:     `Tarif < 5 € & "gratuit" > rien @everyone <@123> _x_ ~y~ |z| #t (p)`,
		},
		{
			name:     "backslash escapes",
			src:      `5 \* 3 \[note\] C:\\dossier \- \{site.name\} a\b ]`,
			telegram: `5 * 3 [note] C:\dossier - {site.name} a\b ]`,
			text:     `5 * 3 [note] C:\dossier - {site.name} a\b ]`,
		},
		{
			name:     "dash without space is text",
			src:      "-5 °C\n- ",
			telegram: "-5 °C\n-", text: "-5 °C\n-",
		},
		{
			name: "empty", src: "\n  \n", telegram: "", text: "",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := markup.Parse(tt.src)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			if got := doc.TelegramHTML(); got != tt.telegram {
				t.Errorf("TelegramHTML:\n got %q\nwant %q", got, tt.telegram)
			}
			if got := doc.Plain(); got != tt.text {
				t.Errorf("Plain:\n got %q\nwant %q", got, tt.text)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		src  string
		want string
	}{
		{"Un **gras", "line 1, column 4: unclosed bold: ** must be closed on the same line"},
		{"ok\n\nun **gras\nsur deux** lignes", "line 3, column 4: unclosed bold: ** must be closed on the same line"},
		{"- élément **", "line 1, column 11: unclosed bold: ** must be closed on the same line"},
		{"vide ****", "line 1, column 6: empty bold"},
		{"5 * 3", `line 1, column 3: single "*": write **bold** or \* for a star`},
		{"voir [ameli", `line 1, column 6: malformed link: "[" without "]": write [text](https://…), or \[ for a bracket`},
		{"voir [ameli] ici", `line 1, column 6: malformed link: "]" must be followed by "(https://…)"`},
		{"voir [](https://x.fr)", "line 1, column 6: malformed link: empty text"},
		{"voir [a](https://x.fr", `line 1, column 9: malformed link: missing ")"`},
		{"voir [a](http://x.fr)", `line 1, column 10: malformed link: address "http://x.fr" is not https://`},
		{"voir [a](www.x.fr)", `line 1, column 10: malformed link: address "www.x.fr" is not https://`},
		{"voir [a](https://)", `line 1, column 10: malformed link: address "https://" has no host`},
		{"voir [a](https://x.fr/a b)", `line 1, column 10: malformed link: address "https://x.fr/a b" contains " "`},
		{"voir [a]()", `line 1, column 10: malformed link: empty address`},
		{"voir [a [b](https://x.fr)](https://x.fr)", `line 1, column 9: link inside a link's text: write \[ for a bracket`},
		{"voir [**a](https://x.fr)", `line 1, column 7: unclosed bold in a link's text`},
		{"é\xff", "line 1, column 2: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			_, err := markup.Parse(tt.src)
			if err == nil {
				t.Fatalf("Parse(%q): no error, want %q", tt.src, tt.want)
			}
			var merr *markup.Error
			if !errors.As(err, &merr) {
				t.Fatalf("error %T is not a *markup.Error", err)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"bonjour", "bonjour"},
		{`a*b [c] \d {site.name}`, `a\*b \[c\] \\d \{site.name\}`},
		{"- tiret\n  - encore\nmi-temps", "\\- tiret\n  \\- encore\nmi-temps"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"bad \xff", "bad \uFFFD"},
	}
	for _, tt := range tests {
		if got := markup.Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestPlaceholders(t *testing.T) {
	src := `{site.name}, {site.phone} ou {site.name} ; \{pas.un\} {} { site } {inconnu}`
	got := markup.Placeholders(src)
	want := []string{"site.name", "site.phone", "inconnu"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Placeholders = %q, want %q", got, want)
	}
}

func TestFill(t *testing.T) {
	vars := map[string]string{
		"site.name":  "PIMMS *Centre*",
		"site.hours": "- lundi : 9 h\n- mardi : 14 h",
	}
	got := markup.Fill(`Bienvenue au **{site.name}** \{site.name}. {site.phone}`+"\n{site.hours}", vars)
	want := `Bienvenue au **PIMMS \*Centre\*** \{site.name}. {site.phone}` + "\n\\- lundi : 9 h\n\\- mardi : 14 h"
	if got != want {
		t.Fatalf("Fill:\n got %q\nwant %q", got, want)
	}
	doc, err := markup.Parse(got)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := doc.TelegramHTML(), "Bienvenue au <b>PIMMS *Centre*</b> {site.name}. {site.phone}\n- lundi : 9 h\n- mardi : 14 h"; got != want {
		t.Errorf("TelegramHTML:\n got %q\nwant %q", got, want)
	}
	if src := "rien à remplir"; markup.Fill(src, vars) != src {
		t.Errorf("Fill changed a source without placeholders")
	}
}

func TestDiscordEscape(t *testing.T) {
	for in, want := range map[string]string{
		`Tarif < 5 € & "gratuit" > rien @everyone <@123> _x_ ~y~ |z| #t (p)`: `Tarif \< 5 € & "gratuit" \> rien \@everyone \<\@123\> \_x\_ \~y\~ \|z\| \#t \(p\)`,
		`5 * 3 [note] C:\dossier - a\b ] **gras** ` + "`code`":               `5 \* 3 \[note\] C:\\dossier \- a\\b \] \*\*gras\*\* \` + "`code\\`",
		"-5 °C\n- liste": `\-5 °C` + "\n" + `\- liste`,
		"":               "",
	} {
		if got := markup.DiscordEscape(in); got != want {
			t.Errorf("DiscordEscape(%q):\n got %q\nwant %q", in, got, want)
		}
	}
}

// TestEscapeRoundTrip checks that escaped text renders as itself.
func TestEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{"**x** [a](https://b.fr) \\ {site.name}", "- a\n\n\n- b", "@everyone <@&1>"} {
		checkRoundTrip(t, s)
	}
}

func checkRoundTrip(t *testing.T, s string) {
	t.Helper()
	doc, err := markup.Parse(markup.Escape(s))
	if err != nil {
		t.Fatalf("Parse(Escape(%q)): %v", s, err)
	}
	want := normalize(s)
	if got := doc.Plain(); got != want {
		t.Fatalf("Plain(Parse(Escape(%q))):\n got %q\nwant %q", s, got, want)
	}
	if got := discordUnescape(markup.DiscordEscape(want)); got != want {
		t.Fatalf("DiscordEscape(%q) unescaped:\n got %q\nwant %q", want, got, want)
	}
}

// normalize is what Escape then Parse keep of s: valid UTF-8, lines trimmed
// of spaces and tabs, one blank line between blocks, none around.
func normalize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var blocks []string
	var cur []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.Trim(l, " \t")
		if l == "" {
			if cur != nil {
				blocks = append(blocks, strings.Join(cur, "\n"))
				cur = nil
			}
			continue
		}
		cur = append(cur, l)
	}
	if cur != nil {
		blocks = append(blocks, strings.Join(cur, "\n"))
	}
	return strings.Join(blocks, "\n\n")
}

// discordUnescape removes the backslashes Discord would hide, and fails on
// a special character left unescaped.
func discordUnescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			b.WriteByte(s[i+1])
			i++
			continue
		}
		if strings.IndexByte("*_~`|>#-[]()\\@<", c) >= 0 {
			b.WriteString("<UNESCAPED " + string(c) + ">")
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}
