package telegramtest

import (
	"fmt"
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// MaxText is Telegram's limit on a message's text, in UTF-16 code units
// after the entities are parsed.
const MaxText = 4096

// tags are the HTML tags Telegram accepts, by entity type.
var tags = map[string]models.MessageEntityType{
	"b": models.MessageEntityTypeBold, "strong": models.MessageEntityTypeBold,
	"i": models.MessageEntityTypeItalic, "em": models.MessageEntityTypeItalic,
	"u": models.MessageEntityTypeUnderline, "ins": models.MessageEntityTypeUnderline,
	"s": models.MessageEntityTypeStrikethrough, "strike": models.MessageEntityTypeStrikethrough, "del": models.MessageEntityTypeStrikethrough,
	"a": models.MessageEntityTypeTextLink, "code": models.MessageEntityTypeCode, "pre": models.MessageEntityTypePre,
	"tg-spoiler": models.MessageEntityTypeSpoiler, "blockquote": models.MessageEntityTypeBlockquote,
}

// ParseHTML parses text the way Telegram's HTML parse mode does, strictly
// enough to catch what Telegram rejects: an unknown tag, an unescaped "<"
// or "&", an unclosed or mismatched tag. It returns the plain text and its
// entities (offsets in UTF-16 code units).
func ParseHTML(src string) (string, []models.MessageEntity, error) {
	var text []uint16
	var ents []models.MessageEntity
	type open struct {
		name string
		at   int
		url  string
	}
	var stack []open
	for i := 0; i < len(src); {
		c := src[i]
		switch c {
		case '<':
			end := strings.IndexByte(src[i:], '>')
			if end < 0 {
				return "", nil, fmt.Errorf("can't parse entities: unclosed start tag at byte offset %d", i)
			}
			tag := src[i+1 : i+end]
			i += end + 1
			if strings.HasPrefix(tag, "/") {
				name := tag[1:]
				if len(stack) == 0 || stack[len(stack)-1].name != name {
					return "", nil, fmt.Errorf("can't parse entities: unmatched end tag %q", name)
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if len(text) > o.at {
					ents = append(ents, models.MessageEntity{Type: tags[name], Offset: o.at, Length: len(text) - o.at, URL: o.url})
				}
				continue
			}
			name, attrs, _ := strings.Cut(tag, " ")
			if _, ok := tags[name]; !ok {
				return "", nil, fmt.Errorf("can't parse entities: unsupported start tag %q", name)
			}
			o := open{name: name, at: len(text)}
			if name == "a" {
				href, ok := strings.CutPrefix(strings.TrimSpace(attrs), `href="`)
				if !ok || !strings.HasSuffix(href, `"`) {
					return "", nil, fmt.Errorf("can't parse entities: bad <a> tag")
				}
				u, err := unescape(strings.TrimSuffix(href, `"`))
				if err != nil {
					return "", nil, err
				}
				o.url = u
			}
			stack = append(stack, o)
		case '&':
			end := strings.IndexByte(src[i:], ';')
			if end < 0 {
				return "", nil, fmt.Errorf("can't parse entities: unescaped & at byte offset %d", i)
			}
			s, err := unescape(src[i : i+end+1])
			if err != nil {
				return "", nil, err
			}
			text = append(text, utf16.Encode([]rune(s))...)
			i += end + 1
		case '>':
			return "", nil, fmt.Errorf("can't parse entities: unescaped > at byte offset %d", i)
		default:
			j := i + 1
			for j < len(src) && src[j] != '<' && src[j] != '&' && src[j] != '>' {
				j++
			}
			text = append(text, utf16.Encode([]rune(src[i:j]))...)
			i = j
		}
	}
	if len(stack) > 0 {
		return "", nil, fmt.Errorf("can't parse entities: unclosed tag %q", stack[len(stack)-1].name)
	}
	return string(utf16.Decode(text)), ents, nil
}

// unescape decodes the character references Telegram accepts.
func unescape(s string) (string, error) {
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '&')
		if i < 0 {
			b.WriteString(s)
			break
		}
		b.WriteString(s[:i])
		s = s[i:]
		end := strings.IndexByte(s, ';')
		if end < 0 {
			return "", fmt.Errorf("can't parse entities: unescaped &")
		}
		switch ref := s[:end+1]; ref {
		case "&lt;":
			b.WriteByte('<')
		case "&gt;":
			b.WriteByte('>')
		case "&amp;":
			b.WriteByte('&')
		case "&quot;":
			b.WriteByte('"')
		default:
			var r rune
			if _, err := fmt.Sscanf(ref, "&#%d;", &r); err != nil {
				return "", fmt.Errorf("can't parse entities: unsupported entity %q", ref)
			}
			b.WriteRune(r)
		}
		s = s[end+1:]
	}
	return b.String(), nil
}

// Len16 returns the length of s in UTF-16 code units, the unit of
// Telegram's limits and entity offsets.
func Len16(s string) int { return len(utf16.Encode([]rune(s))) }
