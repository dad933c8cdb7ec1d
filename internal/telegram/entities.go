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
	tags := entityTags(ents, len(u))
	var b strings.Builder
	var stack []tag
	next := 0
	for pos := 0; ; {
		// Close what ends here, innermost first.
		for len(stack) > 0 && stack[len(stack)-1].end() == pos {
			b.WriteString(stack[len(stack)-1].shut)
			stack = stack[:len(stack)-1]
		}
		for next < len(tags) && tags[next].ent.Offset == pos {
			t := tags[next]
			next++
			if len(stack) > 0 && t.end() > stack[len(stack)-1].end() {
				continue // overlaps without nesting: drop it
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
			end = min(end, stack[len(stack)-1].end())
		}
		b.WriteString(html.EscapeString(string(utf16.Decode(u[pos:end]))))
		pos = end
	}
	for i := len(stack) - 1; i >= 0; i-- {
		b.WriteString(stack[i].shut)
	}
	return b.String()
}

// A tag is the HTML of one entity.
type tag struct {
	ent        models.MessageEntity
	open, shut string
}

// end is the offset after the entity, in UTF-16 code units.
func (t tag) end() int { return t.ent.Offset + t.ent.Length }

// entityTags returns the tags of the entities kept that fit in a text of
// n UTF-16 code units, outer ones first: by offset, then longest first.
func entityTags(ents []models.MessageEntity, n int) []tag {
	var tags []tag
	for _, e := range ents {
		if e.Offset < 0 || e.Length <= 0 || e.Offset+e.Length > n {
			continue
		}
		if open, shut, ok := entityHTML(e); ok {
			tags = append(tags, tag{ent: e, open: open, shut: shut})
		}
	}
	sort.SliceStable(tags, func(i, j int) bool {
		if tags[i].ent.Offset != tags[j].ent.Offset {
			return tags[i].ent.Offset < tags[j].ent.Offset
		}
		return tags[i].ent.Length > tags[j].ent.Length
	})
	return tags
}

// entityHTML returns the opening and closing HTML of an entity, and false
// for a kind that is not kept.
func entityHTML(e models.MessageEntity) (open, shut string, ok bool) {
	switch e.Type {
	case models.MessageEntityTypeBold:
		return "<b>", "</b>", true
	case models.MessageEntityTypeItalic:
		return "<i>", "</i>", true
	case models.MessageEntityTypeUnderline:
		return "<u>", "</u>", true
	case models.MessageEntityTypeStrikethrough:
		return "<s>", "</s>", true
	case models.MessageEntityTypeSpoiler:
		return "<tg-spoiler>", "</tg-spoiler>", true
	case models.MessageEntityTypeCode:
		return "<code>", "</code>", true
	case models.MessageEntityTypePre:
		return "<pre>", "</pre>", true
	case models.MessageEntityTypeBlockquote:
		return "<blockquote>", "</blockquote>", true
	case models.MessageEntityTypeTextLink:
		return `<a href="` + html.EscapeString(e.URL) + `">`, "</a>", true
	}
	return "", "", false
}
