package telegram

import (
	"html"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// entitiesHTML rebuilds the HTML of a message from its text and entities
// (offsets in UTF-16 code units), for editing a message the bot sent:
// bold, italic, underline, strikethrough, spoiler, code, pre, blockquote
// and links are kept, everything else becomes plain escaped text.
// Telegram nests entities properly; an entity that does not fit in the
// text is ignored.
func entitiesHTML(text string, ents []models.MessageEntity) string {
	u := utf16.Encode([]rune(text))
	type tag struct {
		ent        models.MessageEntity
		open, shut string
	}
	var tags []tag
	for _, e := range ents {
		if e.Offset < 0 || e.Length <= 0 || e.Offset+e.Length > len(u) {
			continue
		}
		var open, shut string
		switch e.Type {
		case models.MessageEntityTypeBold:
			open, shut = "<b>", "</b>"
		case models.MessageEntityTypeItalic:
			open, shut = "<i>", "</i>"
		case models.MessageEntityTypeUnderline:
			open, shut = "<u>", "</u>"
		case models.MessageEntityTypeStrikethrough:
			open, shut = "<s>", "</s>"
		case models.MessageEntityTypeSpoiler:
			open, shut = "<tg-spoiler>", "</tg-spoiler>"
		case models.MessageEntityTypeCode:
			open, shut = "<code>", "</code>"
		case models.MessageEntityTypePre:
			open, shut = "<pre>", "</pre>"
		case models.MessageEntityTypeBlockquote:
			open, shut = "<blockquote>", "</blockquote>"
		case models.MessageEntityTypeTextLink:
			open, shut = `<a href="`+html.EscapeString(e.URL)+`">`, "</a>"
		default:
			continue
		}
		tags = append(tags, tag{ent: e, open: open, shut: shut})
	}
	// Outer entities first: by offset, then longest first.
	sort.SliceStable(tags, func(i, j int) bool {
		if tags[i].ent.Offset != tags[j].ent.Offset {
			return tags[i].ent.Offset < tags[j].ent.Offset
		}
		return tags[i].ent.Length > tags[j].ent.Length
	})
	var b strings.Builder
	var stack []tag
	next := 0
	text16 := func(from, to int) {
		b.WriteString(html.EscapeString(string(utf16.Decode(u[from:to]))))
	}
	pos := 0
	for pos <= len(u) {
		// Close what ends here, innermost first.
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.ent.Offset+top.ent.Length != pos {
				break
			}
			b.WriteString(top.shut)
			stack = stack[:len(stack)-1]
		}
		for next < len(tags) && tags[next].ent.Offset == pos {
			t := tags[next]
			next++
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				if t.ent.Offset+t.ent.Length > top.ent.Offset+top.ent.Length {
					continue // overlaps without nesting: drop it
				}
			}
			b.WriteString(t.open)
			stack = append(stack, t)
		}
		if pos == len(u) {
			break
		}
		// Write the text up to the next boundary.
		end := len(u)
		if next < len(tags) {
			end = min(end, tags[next].ent.Offset)
		}
		if len(stack) > 0 {
			top := stack[len(stack)-1]
			end = min(end, top.ent.Offset+top.ent.Length)
		}
		text16(pos, end)
		pos = end
	}
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString(stack[i].shut)
	}
	return b.String()
}
