package conversation

import (
	"strings"
	"unicode"
)

// A mood is what a message of emoji alone says.
type mood int

const (
	moodNone   mood = iota // nothing to read: ask for the question
	moodAgreed             // « ok », « merci »: a thumbs up, joined hands
	moodSad                // tears, fear, a broken heart
)

// agreedEmoji and sadEmoji are the emoji that say a mood; skin tones,
// variation selectors and punctuation around them say nothing more.
const (
	agreedEmoji = "👍👌🙏✅👏🤝🆗✔☑🙂😊☺😀😃😁"
	sadEmoji    = "😭😢😞😔😟😥😰😱😨😩😫💔🥺☹🙁😖😣😿"
)

// emojiMood returns what a message without letters or digits says: sad
// when any of its emoji is, agreed when all of them are, else nothing.
func emojiMood(text string) mood {
	agreed, seen := true, false
	for _, r := range text {
		switch {
		case strings.ContainsRune(sadEmoji, r):
			return moodSad
		case strings.ContainsRune(agreedEmoji, r):
			seen = true
		case unicode.IsPunct(r) || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r) ||
			r >= 0x1F3FB && r <= 0x1F3FF || r == 0xFE0F || r == 0x200D:
			// Punctuation, skin tones, variation selectors, joiners.
		default:
			agreed = false
		}
	}
	if agreed && seen {
		return moodAgreed
	}
	return moodNone
}
