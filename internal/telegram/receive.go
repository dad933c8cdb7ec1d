package telegram

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
)

// French texts of the adapter itself (the conversation's are in
// conversation.French).
const (
	textPrivateOnly = "Je réponds seulement en conversation privée : écrivez-moi directement, en cliquant sur mon nom."
	textStaleButton = "Ce bouton n'est plus valable."
)

// MaxDownload is the largest file fetched from Telegram (the Bot API's own
// limit for getFile).
const MaxDownload = 20 << 20

// Resident returns the resident id of a Telegram chat.
func Resident(chat int64) string { return channelName + ":" + strconv.FormatInt(chat, 10) }

// chatOfResident returns the chat id of a resident id.
func chatOfResident(resident string) (int64, error) {
	id, ok := strings.CutPrefix(resident, channelName+":")
	if !ok {
		return 0, conversation.Errorf(conversation.EINVALID, "telegram: %q is not a Telegram resident", resident)
	}
	chat, err := strconv.ParseInt(id, 10, 64)
	if err != nil {
		return 0, conversation.Errorf(conversation.EINVALID, "telegram: bad chat id in %q", resident)
	}
	return chat, nil
}

// chatOf returns the chat an update belongs to, and false for the updates
// the channel does not handle.
func chatOf(upd *models.Update) (int64, bool) {
	switch {
	case upd.Message != nil:
		return upd.Message.Chat.ID, true
	case upd.CallbackQuery != nil:
		m := upd.CallbackQuery.Message
		switch {
		case m.Message != nil:
			return m.Message.Chat.ID, true
		case m.InaccessibleMessage != nil:
			return m.InaccessibleMessage.Chat.ID, true
		}
		return upd.CallbackQuery.From.ID, true
	}
	return 0, false
}

// onUpdate is the client's handler, called for each update received by
// polling, in order: it queues the update for its chat and records it.
func (c *Channel) onUpdate(_ context.Context, _ *bot.Bot, upd *models.Update) {
	chat, ok := chatOf(upd)
	if !ok {
		c.gate.release(upd.ID)
		return
	}
	j := &job{upd: upd, recorded: make(chan struct{})}
	go c.record(j)
	if !c.disp.push(chat, j) {
		c.log.Warn("update not handled: shutting down", "update", upd.ID)
	}
}

// record records a polled update in the update log, retrying for a while
// when the store fails.
func (c *Channel) record(j *job) {
	defer c.gate.release(j.upd.ID)
	defer close(j.recorded)
	wait := 100 * time.Millisecond
	for attempt := 1; ; attempt++ {
		fresh, err := c.cfg.Updates.SeenUpdate(c.disp.ctx, channelName, j.upd.ID)
		if err == nil {
			j.fresh = fresh
			return
		}
		if attempt == 6 || c.disp.ctx.Err() != nil {
			c.log.Error("update dropped: cannot record it", "update", j.upd.ID, "err", err)
			return
		}
		time.Sleep(wait)
		wait *= 2
	}
}

// handle handles one update, in its chat's turn.
func (c *Channel) handle(ctx context.Context, j *job) {
	<-j.recorded
	if !j.fresh {
		return // seen before, or not recorded
	}
	h := c.handler()
	if h == nil {
		c.log.Error("update dropped: no handler", "update", j.upd.ID)
		return
	}
	switch u := j.upd; {
	case u.Message != nil:
		c.onMessage(ctx, h, u.Message)
	case u.CallbackQuery != nil:
		c.onCallback(ctx, h, u.CallbackQuery)
	}
}

func (c *Channel) onMessage(ctx context.Context, h Residents, m *models.Message) {
	if m.Chat.Type != models.ChatTypePrivate {
		// Politely, and only when addressed with a command.
		if strings.HasPrefix(m.Text, "/") {
			c.sendNotice(ctx, m.Chat.ID, textPrivateOnly)
		}
		return
	}
	if m.From != nil && m.From.IsBot {
		return
	}
	in := conversation.Incoming{Resident: Resident(m.Chat.ID), Text: m.Text}
	if m.From != nil {
		in.Name = m.From.FirstName
	}
	if !c.media(m, &in) && m.Text == "" {
		return // a service message: nothing for the conversation
	}
	c.deliver(ctx, h, in)
}

func (c *Channel) deliver(ctx context.Context, h Residents, in conversation.Incoming) {
	if err := h.HandleResident(ctx, in); err != nil {
		c.log.Error("handle resident event", "code", conversation.ErrorCode(err), "err", err)
	}
}

// media fills in the attachment of a message, and reports whether it has
// one.
func (c *Channel) media(m *models.Message, in *conversation.Incoming) bool {
	var kind conversation.MediaKind
	var fileID string
	var f conversation.Attachment
	switch {
	case len(m.Photo) > 0:
		p := largest(m.Photo)
		kind, fileID = conversation.MediaPhoto, p.FileID
		f = conversation.Attachment{Name: "photo-" + p.FileUniqueID + ".jpg", MIME: "image/jpeg", Size: int64(p.FileSize)}
	case m.Document != nil:
		d := m.Document
		kind, fileID = conversation.MediaDocument, d.FileID
		f = conversation.Attachment{Name: or(d.FileName, "document"), MIME: d.MimeType, Size: d.FileSize}
	case m.Voice != nil:
		v := m.Voice
		kind, fileID = conversation.MediaVoice, v.FileID
		f = conversation.Attachment{Name: "message-vocal.ogg", MIME: or(v.MimeType, "audio/ogg"), Size: v.FileSize}
	case m.Video != nil:
		v := m.Video
		kind, fileID = conversation.MediaVideo, v.FileID
		f = conversation.Attachment{Name: or(v.FileName, "video.mp4"), MIME: or(v.MimeType, "video/mp4"), Size: v.FileSize}
	case m.VideoNote != nil:
		v := m.VideoNote
		kind, fileID = conversation.MediaVideo, v.FileID
		f = conversation.Attachment{Name: "video.mp4", MIME: "video/mp4", Size: int64(v.FileSize)}
	case m.Audio != nil:
		a := m.Audio
		kind, fileID = conversation.MediaDocument, a.FileID
		f = conversation.Attachment{Name: or(a.FileName, "audio"), MIME: a.MimeType, Size: a.FileSize}
	case m.Sticker != nil:
		kind, fileID = conversation.MediaSticker, m.Sticker.FileID
		f = conversation.Attachment{Name: "sticker.webp", MIME: "image/webp"}
	case m.Animation != nil, m.Location != nil, m.Contact != nil, m.Venue != nil, m.Poll != nil, m.Dice != nil:
		kind = conversation.MediaOther
	default:
		return false
	}
	in.Media = kind
	in.Text = m.Caption
	if fileID != "" {
		in.File = &f
		in.Fetch = c.fetcher(fileID, f.Size)
	}
	return true
}

func largest(sizes []models.PhotoSize) models.PhotoSize {
	best := sizes[len(sizes)-1] // Telegram sends them smallest first
	for _, p := range sizes {
		if p.Width*p.Height > best.Width*best.Height {
			best = p
		}
	}
	return best
}

func or(v, def string) string {
	if v == "" {
		return def
	}
	return v
}

// fetcher returns the function that downloads a file: getFile, then the
// file's URL on the configured API server.
func (c *Channel) fetcher(fileID string, size int64) func(ctx context.Context) ([]byte, error) {
	return func(ctx context.Context) ([]byte, error) {
		if size > MaxDownload {
			return nil, conversation.Errorf(conversation.EINVALID, "telegram: file of %d bytes is too big to download", size)
		}
		ctx, cancel := context.WithTimeout(ctx, 2*c.cfg.SendTimeout)
		defer cancel()
		f, err := c.bot.GetFile(ctx, &bot.GetFileParams{FileID: fileID})
		if err != nil {
			return nil, apiError("getFile", err)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.bot.FileDownloadLink(f), nil)
		if err != nil {
			return nil, fmt.Errorf("telegram: download request: %w", hideURL(err))
		}
		resp, err := c.http.Do(req)
		if err != nil {
			// The URL holds the token: keep it out of the error.
			return nil, &conversation.Error{Code: conversation.ETEMPORARY, Message: "telegram: download file: " + hideURL(err).Error(), Err: hideURL(err)}
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, conversation.Errorf(conversation.ETEMPORARY, "telegram: download file: %s", resp.Status)
		}
		data, err := io.ReadAll(io.LimitReader(resp.Body, MaxDownload+1))
		if err != nil {
			return nil, conversation.Errorf(conversation.ETEMPORARY, "telegram: download file: %w", hideURL(err))
		}
		if len(data) > MaxDownload {
			return nil, conversation.Errorf(conversation.EINVALID, "telegram: file too big to download")
		}
		return data, nil
	}
}

// hideURL strips the URL (which holds the token) from a client error.
func hideURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return fmt.Errorf("%s: %w", ue.Op, ue.Err)
	}
	return err
}

// click is a message whose button a resident clicked: the reply that
// answers the click may edit it to show the choice made.
type click struct {
	msgID    int
	html     string
	keyboard [][]models.InlineKeyboardButton
}

func (c *Channel) onCallback(ctx context.Context, h Residents, q *models.CallbackQuery) {
	chat, _ := chatOf(&models.Update{CallbackQuery: q})
	m := q.Message.Message
	if m != nil && m.Chat.Type != "" && m.Chat.Type != models.ChatTypePrivate {
		c.answer(ctx, q.ID, textPrivateOnly)
		return
	}
	action, ok := verifyAction(c.key, chat, q.Data)
	if !ok {
		c.log.Info("callback with bad signature ignored")
		c.answer(ctx, q.ID, textStaleButton)
		return
	}
	c.answer(ctx, q.ID, "")
	if m != nil && m.Text != "" {
		var kb [][]models.InlineKeyboardButton
		if m.ReplyMarkup != nil {
			kb = m.ReplyMarkup.InlineKeyboard
		}
		c.mu.Lock()
		c.clicks[chat] = click{msgID: m.ID, html: entitiesHTML(m.Text, m.Entities), keyboard: kb}
		c.mu.Unlock()
		defer func() {
			c.mu.Lock()
			delete(c.clicks, chat)
			c.mu.Unlock()
		}()
	}
	name := q.From.FirstName
	c.deliver(ctx, h, conversation.Incoming{Resident: Resident(chat), Name: name, Action: action})
}

// answer answers a callback query, which stops the button's spinner; a
// failure only leaves the spinner on for a while.
func (c *Channel) answer(ctx context.Context, id, text string) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.SendTimeout)
	defer cancel()
	if _, err := c.bot.AnswerCallbackQuery(ctx, &bot.AnswerCallbackQueryParams{CallbackQueryID: id, Text: text}); err != nil {
		c.log.Warn("answer callback", "err", apiError("answerCallbackQuery", err))
	}
}

// sendNotice sends a plain text outside any conversation (to a group);
// failures are only logged.
func (c *Channel) sendNotice(ctx context.Context, chat int64, text string) {
	if err := c.limiter.wait(ctx, chat); err != nil {
		return
	}
	ctx, cancel := context.WithTimeout(ctx, c.cfg.SendTimeout)
	defer cancel()
	if _, err := c.bot.SendMessage(ctx, &bot.SendMessageParams{ChatID: chat, Text: text}); err != nil {
		c.log.Warn("send notice", "err", apiError("sendMessage", err))
	}
}
