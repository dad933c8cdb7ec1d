package markup

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"
)

// A Doc is a parsed answer: blocks separated by blank lines.
type Doc struct {
	Blocks []Block
}

// A Block is a group of lines not separated by a blank line: a paragraph,
// a bullet list, or text followed by a list.
type Block struct {
	Lines []Line
}

// A Line is one line of a block, a bullet or not.
type Line struct {
	Bullet bool
	Spans  []Span
}

// A Span is a run of literal text with the same formatting. URL is set when
// the span is (part of) a link's text.
type Span struct {
	Text string
	Bold bool
	URL  string
}

// An Error is a markup error at a position of the source. Line and Column
// count from 1; Column counts characters (runes), not bytes.
type Error struct {
	Line, Column int
	Msg          string
}

func (e *Error) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Column, e.Msg)
}

// Parse parses src. The error, if any, is an *Error giving the position of
// the first mistake: unclosed bold, a single "*", a malformed link, a link
// that is not https, invalid UTF-8.
func Parse(src string) (*Doc, error) {
	src = normalizeNewlines(src)
	doc := &Doc{}
	var cur *Block
	for i, raw := range strings.Split(src, "\n") {
		lineNo := i + 1
		if !utf8.ValidString(raw) {
			return nil, &Error{Line: lineNo, Column: 1 + utf8.RuneCountInString(validPrefix(raw)), Msg: "invalid UTF-8"}
		}
		text := strings.TrimRight(raw, " \t")
		trimmed := strings.TrimLeft(text, " \t")
		if trimmed == "" {
			cur = nil
			continue
		}
		col := 1 + utf8.RuneCountInString(text[:len(text)-len(trimmed)])
		line := Line{}
		if strings.HasPrefix(trimmed, "- ") {
			line.Bullet = true
			rest := strings.TrimLeft(trimmed[2:], " \t")
			col += utf8.RuneCountInString(trimmed[:len(trimmed)-len(rest)])
			trimmed = rest
		}
		p := &inlineParser{src: trimmed, line: lineNo, col0: col}
		spans, err := p.parse()
		if err != nil {
			return nil, err
		}
		line.Spans = spans
		if cur == nil {
			doc.Blocks = append(doc.Blocks, Block{})
			cur = &doc.Blocks[len(doc.Blocks)-1]
		}
		cur.Lines = append(cur.Lines, line)
	}
	return doc, nil
}

func normalizeNewlines(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.ReplaceAll(s, "\r", "\n")
}

func validPrefix(s string) string {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return s[:i]
			}
		}
	}
	return s
}

// isPunct reports whether c may follow a backslash as an escape.
func isPunct(c byte) bool {
	return c < utf8.RuneSelf && strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// inlineParser parses the inline markup of one line.
type inlineParser struct {
	src  string
	pos  int // byte offset in src
	line int
	col0 int // column of src[0]
}

func (p *inlineParser) errAt(pos int, format string, args ...any) error {
	return &Error{Line: p.line, Column: p.col0 + utf8.RuneCountInString(p.src[:pos]), Msg: fmt.Sprintf(format, args...)}
}

// parse parses the whole line.
func (p *inlineParser) parse() ([]Span, error) {
	return p.spans(false, "", false)
}

// spans parses until the end of the line or, inside a link's text, until
// the closing "]". bold is the bold state at the start.
func (p *inlineParser) spans(inLink bool, linkURL string, outerBold bool) ([]Span, error) {
	var out []Span
	var buf strings.Builder
	bold := false
	boldAt, boldSpans := 0, 0
	flush := func() {
		if buf.Len() > 0 {
			out = append(out, Span{Text: buf.String(), Bold: bold || outerBold, URL: linkURL})
			buf.Reset()
		}
	}
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		switch {
		case c == '\\':
			if p.pos+1 < len(p.src) && isPunct(p.src[p.pos+1]) {
				buf.WriteByte(p.src[p.pos+1])
				p.pos += 2
			} else {
				buf.WriteByte('\\')
				p.pos++
			}
		case c == '*':
			if p.pos+1 >= len(p.src) || p.src[p.pos+1] != '*' {
				return nil, p.errAt(p.pos, `single "*": write **bold** or \* for a star`)
			}
			if bold && buf.Len() == 0 && len(out) == boldSpans {
				return nil, p.errAt(boldAt, "empty bold")
			}
			flush()
			if !bold {
				boldAt, boldSpans = p.pos, len(out)
			}
			bold = !bold
			p.pos += 2
		case c == '[':
			if inLink {
				return nil, p.errAt(p.pos, `link inside a link's text: write \[ for a bracket`)
			}
			flush()
			start := p.pos
			s, err := p.link(start, bold || outerBold)
			if err != nil {
				return nil, err
			}
			out = append(out, s...)
		case c == ']' && inLink:
			if bold {
				return nil, p.errAt(boldAt, "unclosed bold in a link's text")
			}
			flush()
			return out, nil
		default:
			_, size := utf8.DecodeRuneInString(p.src[p.pos:])
			buf.WriteString(p.src[p.pos : p.pos+size])
			p.pos += size
		}
	}
	if inLink {
		return nil, errUnclosedLink
	}
	if bold {
		return nil, p.errAt(boldAt, "unclosed bold: ** must be closed on the same line")
	}
	flush()
	return out, nil
}

var errUnclosedLink = &Error{Msg: "unclosed link"}

// link parses "[text](https://url)" starting at the "[" at start.
func (p *inlineParser) link(start int, bold bool) ([]Span, error) {
	// Find the URL first so that the spans can carry it.
	p.pos = start + 1
	save := p.pos
	// Dry run to find the closing bracket.
	_, err := p.spans(true, "", bold)
	if err == errUnclosedLink {
		return nil, p.errAt(start, `malformed link: "[" without "]": write [text](https://…), or \[ for a bracket`)
	}
	if err != nil {
		return nil, err
	}
	closeAt := p.pos // the "]"
	if closeAt == save {
		return nil, p.errAt(start, "malformed link: empty text")
	}
	if closeAt+1 >= len(p.src) || p.src[closeAt+1] != '(' {
		return nil, p.errAt(start, `malformed link: "]" must be followed by "(https://…)"`)
	}
	urlStart := closeAt + 2
	end := strings.IndexByte(p.src[urlStart:], ')')
	if end < 0 {
		return nil, p.errAt(closeAt+1, `malformed link: missing ")"`)
	}
	raw := p.src[urlStart : urlStart+end]
	if err := checkURL(raw); err != nil {
		return nil, p.errAt(urlStart, "malformed link: %v", err)
	}
	p.pos = save
	spans, err := p.spans(true, raw, bold)
	if err != nil {
		return nil, err
	}
	p.pos = urlStart + end + 1
	return spans, nil
}

// checkURL accepts absolute https URLs with a host and no spaces, quotes or
// angle brackets.
func checkURL(raw string) error {
	if raw == "" {
		return fmt.Errorf("empty address")
	}
	if i := strings.IndexFunc(raw, func(r rune) bool {
		return r <= ' ' || r == 0x7f || r == '"' || r == '<' || r == '>' || r == '\\' || r == '`' || r == '(' || r == '[' || r == ']'
	}); i >= 0 {
		return fmt.Errorf("address %q contains %q", raw, raw[i:i+1])
	}
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("address %q: %w", raw, err)
	}
	if u.Scheme != "https" {
		return fmt.Errorf("address %q is not https://", raw)
	}
	if u.Host == "" || u.Opaque != "" || u.User != nil {
		return fmt.Errorf("address %q has no host", raw)
	}
	return nil
}
