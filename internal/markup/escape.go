package markup

import (
	"strings"
)

// Escape turns arbitrary text into markup that renders literally: the
// characters \ * [ ] { } are escaped, and so is a "-" starting a line.
// Invalid UTF-8 becomes U+FFFD. Line breaks are kept; blank lines still
// separate blocks, and spaces at the start and end of lines are dropped by
// Parse.
func Escape(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = normalizeNewlines(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	lineStart := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\n':
			lineStart = true
			b.WriteByte(c)
			continue
		case c == ' ' || c == '\t':
			b.WriteByte(c)
			continue
		case c == '\\' || c == '*' || c == '[' || c == ']' || c == '{' || c == '}',
			c == '-' && lineStart:
			b.WriteByte('\\')
		}
		b.WriteByte(c)
		lineStart = false
	}
	return b.String()
}

// Placeholders returns the names of the placeholders of src ("site.name"
// for "{site.name}"), in order of first appearance, without duplicates. A
// placeholder is a name of letters, digits, ".", "_" and "-" between
// braces; escaped braces (\{) do not count.
func Placeholders(src string) []string {
	var names []string
	seen := map[string]bool{}
	scanPlaceholders(src, func(name string, _, _ int) {
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	})
	return names
}

// Fill replaces each placeholder of src that vars holds ("{site.name}" for
// the key "site.name") by its value, escaped with Escape so that it renders
// literally. Placeholders not in vars are left as they are.
func Fill(src string, vars map[string]string) string {
	var b strings.Builder
	last := 0
	scanPlaceholders(src, func(name string, start, end int) {
		v, ok := vars[name]
		if !ok {
			return
		}
		b.WriteString(src[last:start])
		b.WriteString(Escape(v))
		last = end
	})
	if last == 0 {
		return src
	}
	b.WriteString(src[last:])
	return b.String()
}

// scanPlaceholders calls f for every placeholder of src with its name and
// its byte range, braces included.
func scanPlaceholders(src string, f func(name string, start, end int)) {
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\\':
			i++ // skip the escaped character
		case '{':
			j := i + 1
			for j < len(src) && isNameByte(src[j]) {
				j++
			}
			if j > i+1 && j < len(src) && src[j] == '}' {
				f(src[i+1:j], i, j+1)
				i = j
			}
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '.' || c == '_' || c == '-'
}
