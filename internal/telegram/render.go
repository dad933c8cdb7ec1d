package telegram

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"pimmsbot/internal/markup"
)

// MaxMessage is Telegram's limit on a message's text, in UTF-16 code
// units of the text shown (after the HTML is parsed).
const MaxMessage = 4096

func len16(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// render turns a reply's text, in the FAQ markup, into HTML messages of at
// most limit characters each, split at paragraphs, then at lines, then
// between words. Text that does not parse is shown literally.
func render(text string, limit int) []string {
	doc, err := markup.Parse(text)
	if err != nil {
		doc, err = markup.Parse(markup.Escape(text))
	}
	if err != nil {
		// Escape always parses; this is a last resort.
		return splitPlain(htmlEscaper.Replace(strings.ToValidUTF8(text, "\uFFFD")), limit)
	}
	return split(doc, limit)
}

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")

func renderLine(l markup.Line) string {
	return (&markup.Doc{Blocks: []markup.Block{{Lines: []markup.Line{l}}}}).TelegramHTML()
}

// shown returns the length of the text Telegram shows for blocks, in
// UTF-16 code units: the HTML's text without tags and entities.
func shown(blocks ...markup.Block) int {
	doc := &markup.Doc{}
	for _, b := range blocks {
		var nb markup.Block
		for _, l := range b.Lines {
			nl := markup.Line{Bullet: l.Bullet}
			for _, s := range l.Spans {
				nl.Spans = append(nl.Spans, markup.Span{Text: s.Text, Bold: s.Bold})
			}
			nb.Lines = append(nb.Lines, nl)
		}
		doc.Blocks = append(doc.Blocks, nb)
	}
	return len16(doc.Plain())
}

func lineBlock(l markup.Line) markup.Block { return markup.Block{Lines: []markup.Line{l}} }

// split packs the blocks of doc into messages showing at most limit
// characters: blocks stay whole when they fit, a longer block is cut
// between lines, a longer line between words.
func split(doc *markup.Doc, limit int) []string {
	var parts []string
	var cur strings.Builder
	curLen := 0
	add := func(html string, n int, sep string) {
		if html == "" {
			return
		}
		if cur.Len() > 0 && curLen+len16(sep)+n <= limit {
			cur.WriteString(sep)
			cur.WriteString(html)
			curLen += len16(sep) + n
			return
		}
		if cur.Len() > 0 {
			parts = append(parts, cur.String())
			cur.Reset()
		}
		cur.WriteString(html)
		curLen = n
	}
	for _, blk := range doc.Blocks {
		if n := shown(blk); n <= limit {
			add((&markup.Doc{Blocks: []markup.Block{blk}}).TelegramHTML(), n, "\n\n")
			continue
		}
		for i, l := range blk.Lines {
			sep := "\n"
			if i == 0 {
				sep = "\n\n"
			}
			if n := shown(lineBlock(l)); n <= limit {
				add(renderLine(l), n, sep)
				continue
			}
			for j, p := range splitLine(l, limit) {
				if j > 0 {
					sep = ""
				}
				add(renderLine(p), shown(lineBlock(p)), sep)
			}
		}
	}
	if cur.Len() > 0 {
		parts = append(parts, cur.String())
	}
	return parts
}

// splitLine cuts a line too long for one message into lines that each
// fit, between words when possible. Shown one after the other, they show
// the line.
func splitLine(l markup.Line, limit int) []markup.Line {
	// Cut the spans into small pieces of text, then pack them.
	const piece = 500 // runes
	var atoms []markup.Span
	for _, s := range l.Spans {
		text := s.Text
		for text != "" {
			cut := cutAt(text, piece)
			atoms = append(atoms, markup.Span{Text: text[:cut], Bold: s.Bold, URL: s.URL})
			text = text[cut:]
		}
	}
	var out []markup.Line
	cur := markup.Line{Bullet: l.Bullet}
	for _, a := range atoms {
		next := markup.Line{Bullet: cur.Bullet, Spans: append(append([]markup.Span(nil), cur.Spans...), a)}
		if len(cur.Spans) > 0 && shown(lineBlock(next)) > limit {
			out = append(out, cur)
			next = markup.Line{Spans: []markup.Span{a}}
		}
		cur = next
	}
	if len(cur.Spans) > 0 {
		out = append(out, cur)
	}
	return out
}

// cutAt returns a byte index at most n runes into s, after a space when
// there is one in the second half.
func cutAt(s string, n int) int {
	if utf8.RuneCountInString(s) <= n {
		return len(s)
	}
	i, count := 0, 0
	for i < len(s) && count < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		count++
	}
	if sp := strings.LastIndexByte(s[:i], ' '); sp > i/2 {
		return sp + 1
	}
	return i
}

// splitPlain cuts escaped text into parts of at most limit characters,
// never inside an entity such as &amp;.
func splitPlain(s string, limit int) []string {
	var parts []string
	for len16(s) > limit {
		i, n := 0, 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if n+utf16.RuneLen(r) > limit {
				break
			}
			n += utf16.RuneLen(r)
			i += size
		}
		if amp := strings.LastIndexByte(s[:i], '&'); amp >= 0 && !strings.Contains(s[amp:i], ";") {
			i = amp
		}
		parts = append(parts, s[:i])
		s = s[i:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return parts
}
