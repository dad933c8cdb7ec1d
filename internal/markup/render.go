package markup

import (
	"strings"
)

// TelegramHTML renders the document for Telegram's HTML parse mode: <b>
// and <a href>, with &, <, > and " escaped in text and addresses. Bullets
// are "• " lines; blocks are separated by a blank line.
func (d *Doc) TelegramHTML() string {
	return d.render(func(b *strings.Builder, spans []Span) {
		for i := 0; i < len(spans); {
			if spans[i].Bold {
				j := i
				for j < len(spans) && spans[j].Bold {
					j++
				}
				b.WriteString("<b>")
				telegramLinks(b, spans[i:j])
				b.WriteString("</b>")
				i = j
				continue
			}
			j := i
			for j < len(spans) && !spans[j].Bold {
				j++
			}
			telegramLinks(b, spans[i:j])
			i = j
		}
	}, "• ")
}

// telegramLinks writes spans of the same boldness, grouping the spans of a
// link into one <a>.
func telegramLinks(b *strings.Builder, spans []Span) {
	for i := 0; i < len(spans); {
		u := spans[i].URL
		j := i
		for j < len(spans) && spans[j].URL == u {
			j++
		}
		if u != "" {
			b.WriteString(`<a href="`)
			b.WriteString(htmlEscaper.Replace(u))
			b.WriteString(`">`)
		}
		for _, s := range spans[i:j] {
			b.WriteString(htmlEscaper.Replace(s.Text))
		}
		if u != "" {
			b.WriteString("</a>")
		}
		i = j
	}
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

// DiscordEscape escapes text so that Discord shows it literally: every
// character that means something to Discord's markdown (* _ ~ ` | > # -
// [ ] ( ) \ @ <) gets a backslash, so that text never formats, links or
// mentions anything.
func DiscordEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune("*_~`|>#-[]()\\@<", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Plain renders the document as plain text, for the terminal and for
// length checks: no formatting, links as "text (url)" (or the address alone when it is the text), bullets as "• ".
func (d *Doc) Plain() string {
	return d.render(func(b *strings.Builder, spans []Span) {
		for i := 0; i < len(spans); {
			u := spans[i].URL
			j := i
			for j < len(spans) && spans[j].URL == u {
				j++
			}
			var text strings.Builder
			for _, s := range spans[i:j] {
				text.WriteString(s.Text)
			}
			b.WriteString(text.String())
			if u != "" && text.String() != u {
				b.WriteString(" (" + u + ")")
			}
			i = j
		}
	}, "• ")
}

// render writes blocks separated by a blank line and lines by a newline,
// bullets with the given prefix.
func (d *Doc) render(spans func(*strings.Builder, []Span), bullet string) string {
	var b strings.Builder
	for i, blk := range d.Blocks {
		if i > 0 {
			b.WriteString("\n\n")
		}
		for j, l := range blk.Lines {
			if j > 0 {
				b.WriteByte('\n')
			}
			if l.Bullet {
				b.WriteString(bullet)
			}
			spans(&b, l.Spans)
		}
	}
	return b.String()
}
