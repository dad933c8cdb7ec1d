package telegramtest

import (
	"strings"
	"time"
	"unicode/utf16"

	"github.com/go-telegram/bot/models"
)

// date is the date of the messages built here: any non-zero value will
// do, and a zero one would make a callback's message "inaccessible".
var date = int(time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC).Unix())

func user(chat int64) *models.User {
	return &models.User{ID: chat, FirstName: "Awa", LanguageCode: "fr"}
}

func message(chat int64) *models.Message {
	return &models.Message{
		ID: int(chat%1000)*100 + 1, Date: date, From: user(chat),
		Chat: models.Chat{ID: chat, Type: models.ChatTypePrivate, FirstName: "Awa"},
	}
}

// Text returns an update with a text message from a resident in a private
// chat. A leading /command gets its bot_command entity, as Telegram sends
// it.
func Text(chat int64, text string) models.Update {
	m := message(chat)
	m.Text = text
	if strings.HasPrefix(text, "/") {
		cmd, _, _ := strings.Cut(text, " ")
		m.Entities = []models.MessageEntity{{Type: models.MessageEntityTypeBotCommand, Offset: 0, Length: len(utf16.Encode([]rune(cmd)))}}
	}
	return models.Update{Message: m}
}

// GroupText returns an update with a text message in a group.
func GroupText(chat int64, from int64, text string) models.Update {
	u := Text(from, text)
	u.Message.Chat = models.Chat{ID: chat, Type: models.ChatTypeGroup, Title: "Un groupe"}
	return u
}

// Photo returns an update with a photo in three sizes, the largest last
// with file id fileID.
func Photo(chat int64, fileID, caption string) models.Update {
	m := message(chat)
	m.Caption = caption
	m.Photo = []models.PhotoSize{
		{FileID: fileID + "-s", FileUniqueID: "us", Width: 90, Height: 90, FileSize: 1000},
		{FileID: fileID + "-m", FileUniqueID: "um", Width: 320, Height: 320, FileSize: 10000},
		{FileID: fileID, FileUniqueID: "u" + fileID, Width: 1280, Height: 1280, FileSize: 100000},
	}
	return models.Update{Message: m}
}

// Document returns an update with a document.
func Document(chat int64, fileID, name, mime string, size int64) models.Update {
	m := message(chat)
	m.Document = &models.Document{FileID: fileID, FileUniqueID: "u" + fileID, FileName: name, MimeType: mime, FileSize: size}
	return models.Update{Message: m}
}

// Voice returns an update with a voice note.
func Voice(chat int64, fileID string) models.Update {
	m := message(chat)
	m.Voice = &models.Voice{FileID: fileID, FileUniqueID: "u" + fileID, Duration: 3, MimeType: "audio/ogg", FileSize: 4000}
	return models.Update{Message: m}
}

// Sticker returns an update with a sticker.
func Sticker(chat int64) models.Update {
	m := message(chat)
	m.Sticker = &models.Sticker{FileID: "sticker", FileUniqueID: "usticker", Type: "regular", Width: 512, Height: 512, Emoji: "👍"}
	return models.Update{Message: m}
}

// Callback returns an update with a click on a button with the given
// callback data, on message msg of chat (which must be one the bot sent,
// for the click to look real; see Click).
func Callback(chat int64, msg Message, data string) models.Update {
	m := message(chat)
	m.ID = msg.ID
	m.From = &models.User{ID: BotID, IsBot: true, FirstName: "PIMMS"}
	m.Text, m.Entities = msg.Text, msg.Entities
	if msg.Keyboard != nil {
		m.ReplyMarkup = &models.InlineKeyboardMarkup{InlineKeyboard: msg.Keyboard}
	}
	return models.Update{CallbackQuery: &models.CallbackQuery{
		ID: "cb-" + data, From: *user(chat), ChatInstance: "ci",
		Message: models.MaybeInaccessibleMessage{Type: models.MaybeInaccessibleMessageTypeMessage, Message: m},
		Data:    data,
	}}
}

// Click returns the update of a resident clicking the button labelled
// label on the last message of chat that has it. ok is false when no
// message has such a button.
func (s *Server) Click(chat int64, label string) (upd models.Update, ok bool) {
	msgs := s.Messages(chat)
	for i := len(msgs) - 1; i >= 0; i-- {
		for _, row := range msgs[i].Keyboard {
			for _, b := range row {
				if b.Text == label && b.CallbackData != "" {
					return Callback(chat, msgs[i], b.CallbackData), true
				}
			}
		}
	}
	return models.Update{}, false
}
