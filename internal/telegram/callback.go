package telegram

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"strconv"
)

// Callback data is the button's action behind a signature of the chat id
// and the action, so that a resident cannot make the bot act on data they
// made up or copied from another chat. It must fit Telegram's 64 bytes.
const (
	sigLen          = 11 // base64 of 8 bytes of HMAC-SHA256
	maxCallbackData = 64
	// MaxAction is the longest button action that can be signed.
	MaxAction = maxCallbackData - sigLen
)

// callbackKey derives the signing key from the bot token.
func callbackKey(token string) []byte {
	m := hmac.New(sha256.New, []byte("pimmsbot telegram callback v1"))
	m.Write([]byte(token))
	return m.Sum(nil)
}

func signature(key []byte, chat int64, action string) string {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(strconv.FormatInt(chat, 10)))
	m.Write([]byte{0})
	m.Write([]byte(action))
	return base64.RawURLEncoding.EncodeToString(m.Sum(nil)[:8])
}

// signAction returns the callback data for action in chat, and false when
// action is too long to fit.
func signAction(key []byte, chat int64, action string) (string, bool) {
	if len(action) > MaxAction || action == "" {
		return "", false
	}
	return signature(key, chat, action) + action, true
}

// verifyAction returns the action of callback data signed for chat, and
// false when the data is forged, damaged or signed for another chat.
func verifyAction(key []byte, chat int64, data string) (string, bool) {
	if len(data) <= sigLen || len(data) > maxCallbackData {
		return "", false
	}
	sig, action := data[:sigLen], data[sigLen:]
	if !hmac.Equal([]byte(sig), []byte(signature(key, chat, action))) {
		return "", false
	}
	return action, true
}
