package telegram

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"path"
	"strings"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
)

// maxPhoto is the largest image sent as a photo; larger ones go as
// documents.
const maxPhoto = 10 << 20

// A step is one API call of a reply.
type step struct {
	op   string
	call func(ctx context.Context) error
}

// Send delivers reply to a resident: its text rendered as HTML and split
// into messages of at most MaxMessage characters, the links and buttons as
// an inline keyboard on the last message, then the file. When the reply
// answers a click (Choice), the clicked message is edited to show the
// choice and loses its buttons. It waits for the rate limits, and returns
// EBLOCKED when the resident blocked the bot, ETEMPORARY when it may work
// later (429 with RetryAfter, 5xx, network), EINVALID when it never will.
// After a failure, the next Send of the same reply resumes after the
// messages already delivered.
func (c *Channel) Send(ctx context.Context, resident string, reply conversation.Reply) error {
	chat, err := c.chatOfResident(resident)
	if err != nil {
		return err
	}
	if reply.Choice != "" {
		if err := c.showChoice(ctx, chat, reply.Choice); err != nil {
			return err
		}
	}
	steps := c.plan(chat, reply)
	key := progressKey(resident, reply)
	c.mu.Lock()
	done := c.progress[key]
	c.mu.Unlock()
	for i := done; i < len(steps); i++ {
		if err := c.call(ctx, chat, steps[i].op, steps[i].call); err != nil {
			c.setProgress(key, i, conversation.ErrorCode(err) == conversation.ETEMPORARY)
			return err
		}
	}
	c.setProgress(key, 0, false)
	return nil
}

// call makes one rate-limited API call to chat.
func (c *Channel) call(ctx context.Context, chat int64, op string, f func(ctx context.Context) error) error {
	if err := c.limiter.wait(ctx, chat); err != nil {
		return err
	}
	cctx, cancel := context.WithTimeout(ctx, c.cfg.SendTimeout)
	defer cancel()
	err := apiError(op, f(cctx))
	if ra := conversation.RetryAfter(err); ra > 0 {
		c.limiter.backoff(chat, ra)
	}
	return err
}

// setProgress remembers how many steps of a reply were delivered, for a
// retry; keep false forgets it.
func (c *Channel) setProgress(key string, done int, keep bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if !keep || done == 0 {
		delete(c.progress, key)
		return
	}
	if len(c.progress) >= 10_000 {
		clear(c.progress) // a bound, not a cache: rarely more than a few
	}
	c.progress[key] = done
}

func progressKey(resident string, reply conversation.Reply) string {
	h := sha256.New()
	h.Write([]byte(resident))
	h.Write([]byte{0})
	json.NewEncoder(h).Encode(reply)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// plan returns the API calls that deliver a reply.
func (c *Channel) plan(chat int64, reply conversation.Reply) []step {
	parts := render(reply.Text, MaxMessage)
	kb := c.keyboard(chat, reply)
	var steps []step
	for i, text := range parts {
		p := &bot.SendMessageParams{
			ChatID: chat, Text: text, ParseMode: models.ParseModeHTML,
			LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()},
		}
		if i == len(parts)-1 && kb != nil {
			p.ReplyMarkup = kb
		}
		steps = append(steps, step{op: "sendMessage", call: func(ctx context.Context) error {
			_, err := c.bot.SendMessage(ctx, p)
			return err
		}})
	}
	if f := reply.File; f != nil && len(f.Data) > 0 {
		var markup models.ReplyMarkup
		if len(parts) == 0 && kb != nil {
			markup = kb
		}
		steps = append(steps, c.fileStep(chat, f, markup))
	} else if f != nil {
		c.log.Warn("reply file without data not sent", "size", f.Size)
	}
	return steps
}

func (c *Channel) fileStep(chat int64, f *conversation.Attachment, markup models.ReplyMarkup) step {
	name := fileName(f.Name)
	if isPhoto(f) {
		return step{op: "sendPhoto", call: func(ctx context.Context) error {
			p := &bot.SendPhotoParams{ChatID: chat, Photo: &models.InputFileUpload{Filename: name, Data: bytes.NewReader(f.Data)}}
			if markup != nil {
				p.ReplyMarkup = markup
			}
			_, err := c.bot.SendPhoto(ctx, p)
			return err
		}}
	}
	return step{op: "sendDocument", call: func(ctx context.Context) error {
		// A new reader on each attempt: an upload consumes it.
		p := &bot.SendDocumentParams{ChatID: chat, Document: &models.InputFileUpload{Filename: name, Data: bytes.NewReader(f.Data)}}
		if markup != nil {
			p.ReplyMarkup = markup
		}
		_, err := c.bot.SendDocument(ctx, p)
		return err
	}}
}

func isPhoto(f *conversation.Attachment) bool {
	switch strings.ToLower(f.MIME) {
	case "image/jpeg", "image/png", "image/webp":
		return len(f.Data) <= maxPhoto
	}
	return false
}

// fileName keeps the base name of a file, without characters that would
// break the multipart header.
func fileName(name string) string {
	name = path.Base(strings.ReplaceAll(name, `\`, "/"))
	name = strings.Map(func(r rune) rune {
		if r < 0x20 || r == '"' || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if name == "" || name == "." || name == "/" {
		return "fichier"
	}
	return name
}

// inlineKeyboard is an inline keyboard as the Bot API takes it. The
// client's models.InlineKeyboardButton is not used to send one: its
// CopyText field is a struct, which omitempty never leaves out, so every
// button went with "copy_text":{"text":""} beside its url or
// callback_data, where the Bot API wants exactly one action field and a
// copy_text of 1-256 characters (Telegram answers BUTTON_COPY_TEXT_INVALID;
// go-telegram/bot issue #245). inlineButton serialises only what is set.
type inlineKeyboard struct {
	InlineKeyboard [][]inlineButton `json:"inline_keyboard"`
}

// inlineButton is a button with one action: a URL or callback data.
type inlineButton struct {
	Text         string `json:"text"`
	URL          string `json:"url,omitempty"`
	CallbackData string `json:"callback_data,omitempty"`
}

// keyboard returns the reply's inline keyboard: the links (official
// sources) first, one per row, then the buttons with signed callback
// data; nil when there is none.
func (c *Channel) keyboard(chat int64, reply conversation.Reply) *inlineKeyboard {
	var rows [][]inlineButton
	for _, l := range reply.Links {
		if !strings.HasPrefix(l.URL, "https://") && !strings.HasPrefix(l.URL, "http://") {
			continue
		}
		rows = append(rows, []inlineButton{{Text: label(l.Label, l.URL), URL: l.URL}})
	}
	for _, r := range reply.Buttons {
		var row []inlineButton
		for _, b := range r {
			data, ok := signAction(c.key, chat, b.Action)
			if !ok {
				c.log.Error("button action too long for Telegram: button left out", "length", len(b.Action))
				continue
			}
			row = append(row, inlineButton{Text: label(b.Label, b.Action), CallbackData: data})
		}
		if len(row) > 0 {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return nil
	}
	return &inlineKeyboard{InlineKeyboard: rows}
}

func label(text, fallback string) string {
	if t := strings.TrimSpace(text); t != "" {
		return t
	}
	return fallback
}

// showChoice edits the message whose button was just clicked, if any:
// "✅ <choice>" is added to its text and its buttons go, but for the links.
// Only a blocked bot is an error: the edit is a courtesy.
func (c *Channel) showChoice(ctx context.Context, chat int64, choice string) error {
	c.mu.Lock()
	cl, ok := c.clicks[chat]
	delete(c.clicks, chat)
	c.mu.Unlock()
	if !ok {
		return nil
	}
	links := [][]inlineButton{} // [] and not null: no buttons left
	for _, row := range cl.keyboard {
		for _, b := range row {
			if b.URL != "" {
				links = append(links, []inlineButton{{Text: b.Text, URL: b.URL}})
			}
		}
	}
	kb := &inlineKeyboard{InlineKeyboard: links}
	text := cl.html + "\n\n✅ " + htmlEscaper.Replace(choice)
	var err error
	if len16(text) <= MaxMessage {
		err = c.call(ctx, chat, "editMessageText", func(ctx context.Context) error {
			_, err := c.bot.EditMessageText(ctx, &bot.EditMessageTextParams{
				ChatID: chat, MessageID: cl.msgID, Text: text, ParseMode: models.ParseModeHTML, ReplyMarkup: kb,
				LinkPreviewOptions: &models.LinkPreviewOptions{IsDisabled: bot.True()},
			})
			return err
		})
	} else {
		err = c.call(ctx, chat, "editMessageReplyMarkup", func(ctx context.Context) error {
			_, err := c.bot.EditMessageReplyMarkup(ctx, &bot.EditMessageReplyMarkupParams{ChatID: chat, MessageID: cl.msgID, ReplyMarkup: kb})
			return err
		})
	}
	if conversation.ErrorCode(err) == conversation.EBLOCKED {
		return err
	}
	if err != nil {
		c.log.Info("choice not shown on the clicked message", "code", conversation.ErrorCode(err))
	}
	return nil
}
