package markup_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"pimmsbot/internal/markup"
)

// FuzzParse checks that parsing and rendering never panic, that Telegram
// HTML is always well-formed, and that escaped text renders as itself.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "**a**", "[a](https://b.fr)", "- x\n- y\n\nz", `\*\[\]\\`, "<b>&amp;</b>", `a "q" > b`,
		"**[a](https://x.fr/?a=\"1\"&b=<2>)**", "{site.name}", "\xff\xfe", "@everyone",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if doc, err := markup.Parse(s); err == nil {
			html := doc.TelegramHTML()
			if err := checkTelegramHTML(html); err != "" {
				t.Fatalf("Parse(%q).TelegramHTML() = %q: %s", s, html, err)
			}
			_ = doc.Plain()
		} else if !strings.HasPrefix(err.Error(), "line ") {
			t.Fatalf("Parse(%q): error without position: %v", s, err)
		}
		_ = markup.Placeholders(s)
		_ = markup.Fill(s, map[string]string{"site.name": s})
		checkRoundTrip(t, s)
	})
}

// checkTelegramHTML returns what is wrong with html, or "".
func checkTelegramHTML(html string) string {
	if !utf8.ValidString(html) {
		return "invalid UTF-8"
	}
	var stack []string
	for i := 0; i < len(html); {
		switch html[i] {
		case '<':
			end := strings.IndexByte(html[i:], '>')
			if end < 0 {
				return "unescaped <"
			}
			tag := html[i : i+end+1]
			switch {
			case tag == "<b>":
				stack = append(stack, "b")
			case strings.HasPrefix(tag, `<a href="`) && strings.HasSuffix(tag, `">`):
				if msg := checkText(tag[len(`<a href="`) : len(tag)-2]); msg != "" {
					return "href: " + msg
				}
				stack = append(stack, "a")
			case tag == "</b>" || tag == "</a>":
				if len(stack) == 0 || stack[len(stack)-1] != tag[2:3] {
					return "unbalanced " + tag
				}
				stack = stack[:len(stack)-1]
			default:
				return "tag not allowed: " + tag
			}
			i += end + 1
		default:
			end := strings.IndexByte(html[i:], '<')
			if end < 0 {
				end = len(html) - i
			}
			if msg := checkText(html[i : i+end]); msg != "" {
				return msg
			}
			i += end
		}
	}
	if len(stack) > 0 {
		return "unclosed <" + stack[len(stack)-1] + ">"
	}
	return ""
}

// checkText checks that text between tags escapes & < > and ".
func checkText(s string) string {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<', '>', '"':
			return "unescaped " + s[i:i+1]
		case '&':
			ok := false
			for _, e := range []string{"&amp;", "&lt;", "&gt;", "&quot;"} {
				if strings.HasPrefix(s[i:], e) {
					ok = true
				}
			}
			if !ok {
				return "bare &"
			}
		}
	}
	return ""
}
