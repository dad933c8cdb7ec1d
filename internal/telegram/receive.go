package telegram

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
)

// Texts the adapter sends on its own, from the core's French catalogue.
var (
	textPrivateOnly = conversation.French.PrivateOnly
	textStaleButton = conversation.French.StaleButton
)

// MaxDownload is the largest file fetched from Telegram (the Bot API's own
// limit for getFile).
const MaxDownload = 20 << 20

// Resident returns the resident id of a Telegram chat with the channel
// named DefaultName.
func Resident(chat int64) string { return DefaultName + ":" + strconv.FormatInt(chat, 10) }

// Resident returns the resident id of a chat with this channel's bot.
func (c *Channel) Resident(chat int64) string { return c.name + ":" + strconv.FormatInt(chat, 10) }

// chatOfResident returns the chat id of a resident id of this channel.
func (c *Channel) chatOfResident(resident string) (int64, error) {
	id, ok := strings.CutPrefix(resident, c.name+":")
	if !ok {
		return 0, conversation.Errorf(conversation.EINVALID, "telegram: %q is not a resident of channel %s", resident, c.name)
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
	case upd.MyChatMember != nil:
		return upd.MyChatMember.Chat.ID, true
	}
	return 0, false
}

// onUpdate is the client's handler, called for each update received by
// polling, in order, once the update is stored in the inbox (see
// pollGate): it queues the update for its chat.
func (c *Channel) onUpdate(ctx context.Context, _ *bot.Bot, upd *models.Update) {
	key, _ := c.gate.take(upd.ID)
	c.enqueue(ctx, upd, key)
}

// enqueue queues an update stored in the inbox under key for its chat's
// turn; once handled, it is forgotten from the inbox. An update left in
// the inbox (the channel stops first) is handled after the restart.
func (c *Channel) enqueue(ctx context.Context, upd *models.Update, key uint64) {
	chat, ok := chatOf(upd)
	if !ok {
		c.handled(key) // an update of a kind the channel ignores
		return
	}
	j := &job{upd: upd, settle: func() { c.handled(key) }}
	if !c.disp.push(ctx, chat, j) {
		c.log.Info("update left for the next start: shutting down", "update", upd.ID)
	}
}

// handled forgets an update from the inbox. The writes are grouped: one
// runs at a time, with every key handled meanwhile. A key not forgotten
// (the store fails, the process dies first) only makes the update handled
// again after a restart, as a duplicate, without effect.
func (c *Channel) handled(key uint64) {
	if key == 0 {
		return
	}
	c.doneMu.Lock()
	c.done = append(c.done, key)
	busy := c.flushing
	c.flushing = true
	c.doneMu.Unlock()
	if busy {
		return
	}
	c.flushes.Go(func() {
		for {
			c.doneMu.Lock()
			keys := c.done
			c.done = nil
			if len(keys) == 0 {
				c.flushing = false
				c.doneMu.Unlock()
				return
			}
			c.doneMu.Unlock()
			ctx, cancel := context.WithTimeout(context.Background(), c.cfg.SendTimeout)
			err := c.cfg.Updates.Handled(ctx, c.name, keys...)
			cancel()
			if err != nil {
				c.log.Warn("forget handled updates: they will be seen again, as duplicates, after a restart", "updates", len(keys), "err", err)
			}
		}
	})
}

// replay queues the updates of the inbox, received before a restart and
// not handled, before any new one.
func (c *Channel) replay(ctx context.Context) {
	keys, raws, err := c.cfg.Updates.Received(ctx, c.name)
	if err != nil {
		c.log.Error("read the updates received before the restart: they wait for the next start", "err", err)
		return
	}
	if len(keys) > 0 {
		c.log.Info("handling the updates received before the restart", "updates", len(keys))
	}
	for i, raw := range raws {
		var upd models.Update
		if err := json.Unmarshal(raw, &upd); err != nil {
			c.log.Error("unreadable update in the inbox: dropped", "err", err)
			c.handled(keys[i])
			continue
		}
		c.enqueue(ctx, &upd, keys[i])
	}
}

// Retries of an update whose event could not be stored.
const (
	retryFirst = 100 * time.Millisecond
	retryMax   = 30 * time.Second
)

// handle handles one update, in its chat's turn, and reports whether it
// was settled (see job).
func (c *Channel) handle(ctx context.Context, j *job) bool {
	settle := sync.OnceFunc(j.settle)
	h := c.handler()
	if h == nil {
		c.log.Error("update not handled: no handler", "update", j.upd.ID)
		return false
	}
	switch u := j.upd; {
	case u.Message != nil:
		return c.onMessage(ctx, h, u.ID, u.Message, settle)
	case u.CallbackQuery != nil:
		return c.onCallback(ctx, h, u.ID, u.CallbackQuery, settle)
	case u.MyChatMember != nil:
		c.onMyChatMember(ctx, h, u.ID, u.MyChatMember, settle)
		return true
	}
	settle()
	return true
}

// onMyChatMember tells the service at once when a resident blocks the bot
// in a private chat, so that their mediator knows before writing to them.
func (c *Channel) onMyChatMember(ctx context.Context, h Service, id int64, m *models.ChatMemberUpdated, settle func()) {
	if m.Chat.Type != models.ChatTypePrivate || m.NewChatMember.Type != models.ChatMemberTypeBanned {
		settle()
		return
	}
	c.once(ctx, id, settle, func(ctx context.Context) { h.ResidentBlocked(ctx, c.Resident(m.Chat.ID)) })
}

func (c *Channel) onMessage(ctx context.Context, h Service, id int64, m *models.Message, settle func()) bool {
	if m.Chat.Type != models.ChatTypePrivate {
		// Politely, and only when addressed with a command.
		if strings.HasPrefix(m.Text, "/") {
			c.once(ctx, id, settle, func(ctx context.Context) { c.sendNotice(ctx, m.Chat.ID, textPrivateOnly) })
		}
		settle()
		return true
	}
	if m.From != nil && m.From.IsBot {
		settle()
		return true
	}
	in := conversation.Incoming{Resident: c.Resident(m.Chat.ID), Text: m.Text}
	if !c.media(m, &in) && m.Text == "" {
		settle()
		return true // a service message: nothing for the conversation
	}
	return c.handleEvent(ctx, h, id, in, settle)
}

// once gives an update the service does not see (a group's, a forged
// click) its effect at most once: the update is recorded in the update
// log first, and settled, and the effect only follows for an update not
// seen before. When the log cannot be written, the effect (a notice, a
// callback's answer) is skipped.
func (c *Channel) once(ctx context.Context, id int64, settle func(), effect func(ctx context.Context)) {
	fresh, err := c.cfg.Updates.SeenUpdate(ctx, c.name, id)
	settle()
	if err != nil {
		c.log.Warn("update without effect: cannot record it", "update", id, "err", err)
		return
	}
	if fresh {
		effect(ctx)
	}
}

// handleEvent has the service handle an event, which stores the event
// and the update id in one commit, calls Committed (which settles the
// update), then sends the replies. An update received twice is a
// duplicate for the store: the service calls Committed and does nothing
// else.
//
// When the event could not be stored, handleEvent tries again, with growing
// waits, as long as the channel runs: the update stays unsettled, in the
// inbox, and its chat's later updates wait. If the channel stops first,
// the update is left in the inbox and handled again after the restart.
// Only an error that no retry can
// change (EINVALID, ENOTFOUND, EFORBIDDEN) settles an update that was not
// stored; it is logged at error level.
func (c *Channel) handleEvent(ctx context.Context, h Service, id int64, in conversation.Incoming, settle func()) bool {
	var committed atomic.Bool
	in.Update = &conversation.UpdateRef{Channel: c.name, ID: id}
	in.Site = c.cfg.Site
	in.Committed = func() {
		committed.Store(true)
		settle()
	}
	wait := retryFirst
	for {
		err := h.HandleResident(ctx, in)
		code := conversation.ErrorCode(err)
		switch {
		case err == nil:
			settle()
			return true
		case committed.Load():
			c.log.Error("handle resident event", "update", id, "code", code, "err", err)
			return true
		case permanent(code):
			c.log.Error("update refused for good: settled without effect", "update", id, "code", code, "err", err)
			settle()
			return true
		}
		c.log.Warn("update not stored: will be retried", "update", id, "code", code, "wait", wait, "err", err)
		if !c.disp.pause(ctx, wait) {
			c.log.Warn("update not stored before shutdown: handled after the restart", "update", id)
			return false
		}
		wait = min(2*wait, retryMax)
	}
}

// permanent reports whether an error of the service is one that retrying
// the same event cannot change.
func permanent(code string) bool {
	switch code {
	case conversation.EINVALID, conversation.ENOTFOUND, conversation.EFORBIDDEN:
		return true
	}
	return false
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
	keyboard [][]inlineButton
}

func (c *Channel) onCallback(ctx context.Context, h Service, id int64, q *models.CallbackQuery, settle func()) bool {
	chat, _ := chatOf(&models.Update{CallbackQuery: q})
	m := q.Message.Message
	if m != nil && m.Chat.Type != "" && m.Chat.Type != models.ChatTypePrivate {
		c.once(ctx, id, settle, func(ctx context.Context) { c.answer(ctx, q.ID, textPrivateOnly) })
		return true
	}
	action, ok := verifyAction(c.key, chat, q.Data)
	if !ok {
		c.log.Info("callback with bad signature ignored")
		c.once(ctx, id, settle, func(ctx context.Context) { c.answer(ctx, q.ID, textStaleButton) })
		return true
	}
	// The spinner stops while the click is handled: its answer does not
	// hold the resident's reply back by a round trip.
	c.flushes.Go(func() { c.answer(context.WithoutCancel(ctx), q.ID, "") })
	if m != nil && m.Text != "" {
		var kb [][]inlineButton
		if m.ReplyMarkup != nil {
			for _, row := range m.ReplyMarkup.InlineKeyboard {
				var r []inlineButton
				for _, b := range row {
					r = append(r, inlineButton{Text: b.Text, URL: b.URL, CallbackData: b.CallbackData})
				}
				kb = append(kb, r)
			}
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
	return c.handleEvent(ctx, h, id, conversation.Incoming{Resident: c.Resident(chat), Action: action}, settle)
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
