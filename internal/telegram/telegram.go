package telegram

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/go-telegram/bot"
	"github.com/go-telegram/bot/models"

	"pimmsbot/internal/conversation"
)

// DefaultName is the name of a channel whose Config.Name is empty: the
// channel part of its residents' ids ("telegram:42") and its channel in
// the update log.
const DefaultName = "telegram"

// Modes of receiving updates.
const (
	ModePolling = "polling"
	ModeWebhook = "webhook"
)

// SecretHeader is the header in which Telegram sends the webhook's secret.
const SecretHeader = "X-Telegram-Bot-Api-Secret-Token"

// DefaultAPIURL is Telegram's Bot API server.
const DefaultAPIURL = "https://api.telegram.org"

// UpdateLog keeps the updates received until they are handled (the
// inbox), remembers them so that each takes effect once, and keeps the
// polling offset. *bolt.Store implements it.
type UpdateLog interface {
	// SeenUpdate records the update id of channel durably and reports
	// whether it is new; false for an id recorded before. It returns an
	// error when it could not record it.
	SeenUpdate(ctx context.Context, channel string, updateID int64) (fresh bool, err error)
	// Offset returns the offset stored with Receive, or 0.
	Offset(ctx context.Context, channel string) (int64, error)
	// Receive stores updates (each as Telegram sent it) not yet
	// handled, and the offset (the id of the next update to ask for)
	// unless it is 0, in one durable write, and returns a key for each
	// update, in order.
	Receive(ctx context.Context, channel string, updates [][]byte, offset int64) ([]uint64, error)
	// Received returns the updates stored by Receive and not Handled,
	// in the order received, with their keys.
	Received(ctx context.Context, channel string) (keys []uint64, updates [][]byte, err error)
	// Handled forgets updates stored by Receive.
	Handled(ctx context.Context, channel string, keys ...uint64) error
}

// Service is what the channel needs of the conversation core;
// *conversation.Service implements it.
type Service interface {
	// HandleResident handles one event of a resident: a message or a
	// click. Its error decides whether the update is tried again (see
	// the package doc); it is only logged.
	HandleResident(ctx context.Context, in conversation.Incoming) error
	// ResidentBlocked tells that a resident blocked the bot, so that
	// their mediator knows before writing to them.
	ResidentBlocked(ctx context.Context, resident string)
}

var _ Service = (*conversation.Service)(nil)

// Config configures a Channel.
type Config struct {
	// Token is the bot's token from @BotFather. Required.
	Token string
	// Name names the channel: its residents' ids start with it
	// ("telegram-isere:42"), and the update log keeps its offset, inbox
	// and updates seen under it. DefaultName when empty. Each bot of a
	// process needs its own: 1 to 64 of A-Z a-z 0-9 _ -.
	Name string
	// Site, when the bot serves one site only, is that site's ID: every
	// event carries it (conversation.Incoming.Site), and a resident
	// without a site gets it.
	Site string
	// APIURL is the Bot API server (a self-hosted one, a test fake);
	// DefaultAPIURL when empty.
	APIURL string
	// Mode is ModePolling (the default) or ModeWebhook.
	Mode string
	// WebhookURL is the public HTTPS address Telegram posts updates to;
	// WebhookListen the local address served ("127.0.0.1:8443");
	// WebhookSecret the token Telegram sends in SecretHeader (1-256 of
	// A-Z a-z 0-9 _ -). All three are required in webhook mode.
	WebhookURL, WebhookListen, WebhookSecret string
	// Updates records the updates received. Required.
	Updates UpdateLog
	// Limits are the sending rate limits; use DefaultLimits in
	// production.
	Limits Limits
	// PollTimeout is the long-polling wait (50s when zero).
	PollTimeout time.Duration
	// SendTimeout bounds each call to the API (30s when zero).
	SendTimeout time.Duration
	// DrainTimeout is how long Run waits, once stopped, for the updates
	// being handled (10s when zero).
	DrainTimeout time.Duration
	// HTTPClient makes the requests; its Timeout must exceed PollTimeout.
	// A client with a timeout of PollTimeout + 15s when nil.
	HTTPClient *http.Client
	// SkipGetMe skips checking the token with getMe in New.
	SkipGetMe bool
	Logger    *slog.Logger
	// Now returns the current time (for 429 waits); time.Now when nil.
	Now func() time.Time
}

// Channel is the residents' channel on Telegram. It is safe for concurrent
// use.
type Channel struct {
	cfg     Config
	name    string
	bot     *bot.Bot
	log     *slog.Logger
	key     []byte
	http    *http.Client
	gate    *pollGate
	limiter *limiter
	disp    *dispatcher

	// done holds the inbox keys of the updates handled, waiting to be
	// forgotten by the write under way (flushing); flushes tracks it.
	doneMu   sync.Mutex
	done     []uint64
	flushing bool
	flushes  sync.WaitGroup

	svcMu sync.Mutex
	svc   Service

	mu       sync.Mutex
	clicks   map[int64]click
	progress map[string]int
}

var _ conversation.Channel = (*Channel)(nil)

// New returns a Channel. Unless cfg.SkipGetMe, it checks the token with
// getMe and fails when Telegram refuses it or cannot be reached.
func New(ctx context.Context, cfg Config) (*Channel, error) {
	if err := cfg.check(); err != nil {
		return nil, err
	}
	if cfg.APIURL == "" {
		cfg.APIURL = DefaultAPIURL
	}
	if cfg.Name == "" {
		cfg.Name = DefaultName
	}
	cfg.APIURL = strings.TrimRight(cfg.APIURL, "/")
	if cfg.Mode == "" {
		cfg.Mode = ModePolling
	}
	if cfg.PollTimeout <= 0 {
		cfg.PollTimeout = 50 * time.Second
	}
	if cfg.SendTimeout <= 0 {
		cfg.SendTimeout = 30 * time.Second
	}
	if cfg.DrainTimeout <= 0 {
		cfg.DrainTimeout = 10 * time.Second
	}
	if (cfg.Limits.Global > 0 || cfg.Limits.PerChat > 0) && cfg.Limits.MaxWait <= 0 {
		cfg.Limits.MaxWait = DefaultLimits.MaxWait
	}
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	if cfg.HTTPClient == nil {
		cfg.HTTPClient = newHTTPClient(cfg.PollTimeout + 15*time.Second)
	}
	c := &Channel{
		cfg: cfg, name: cfg.Name, log: cfg.Logger.With("component", "telegram", "channel", cfg.Name), key: callbackKey(cfg.Token),
		http: cfg.HTTPClient, limiter: newLimiter(cfg.Limits, cfg.Now),
		clicks: map[int64]click{}, progress: map[string]int{},
	}
	c.disp = newDispatcher(c.handle, 4096)
	offset, err := cfg.Updates.Offset(ctx, c.name)
	if err != nil {
		return nil, err
	}
	c.gate = newPollGate(cfg.HTTPClient, cfg.Updates, c.log, cfg.Now)
	c.gate.channel = c.name
	opts := []bot.Option{
		bot.WithServerURL(cfg.APIURL),
		bot.WithHTTPClient(cfg.PollTimeout, c.gate),
		bot.WithNotAsyncHandlers(),
		bot.WithDefaultHandler(c.onUpdate),
		bot.WithErrorsHandler(func(err error) { c.log.Warn("bot api", "err", redact(err.Error())) }),
		bot.WithAllowedUpdates(allowedUpdates),
		bot.WithCheckInitTimeout(cfg.SendTimeout),
	}
	if offset > 0 {
		// The client asks for offset+1 first: give it the last id.
		opts = append(opts, bot.WithInitialOffset(offset-1))
	}
	if cfg.SkipGetMe {
		opts = append(opts, bot.WithSkipGetMe())
	}
	b, err := bot.New(cfg.Token, opts...)
	if err != nil {
		return nil, getMeError(cfg, apiError("getMe", err))
	}
	c.bot = b
	return c, nil
}

// getMeError says in French, for whoever starts serve, why Telegram did
// not accept the bot's token and what to do: err is apiError's, whose
// code and cause it keeps; its English, the library's, is the detail.
func getMeError(cfg Config, err error) error {
	e, ok := err.(*conversation.Error)
	if !ok {
		return err
	}
	token := "TELEGRAM_BOT_TOKEN"
	if cfg.Name != DefaultName {
		token = "le jeton (token) de ce bot dans le fichier des sites"
	}
	why := "Telegram ne répond pas à la vérification du jeton du bot\u00a0; vérifiez que ce serveur peut joindre " +
		cfg.APIURL + ", puis relancez"
	switch {
	case e.Code == conversation.EINVALID:
		why = "Telegram refuse le jeton du bot\u00a0: il est faux, ou a été révoqué. Vérifiez " + token +
			"\u00a0; au besoin, demandez un nouveau jeton à @BotFather"
	case e.Code == conversation.ETEMPORARY && e.RetryAfter > 0:
		why = fmt.Sprintf("Telegram demande d'attendre %s avant de vérifier le jeton du bot\u00a0; relancez ensuite", e.RetryAfter)
	}
	return &conversation.Error{Code: e.Code, RetryAfter: e.RetryAfter, Err: e.Err,
		Message: why + " (détail\u00a0: " + e.Message + ")"}
}

// allowedUpdates are the updates the channel asks Telegram for: messages,
// button clicks, and my_chat_member (a resident blocking the bot).
var allowedUpdates = bot.AllowedUpdates{models.AllowedUpdateMessage, models.AllowedUpdateCallbackQuery, models.AllowedUpdateMyChatMember}

// check validates the configuration.
func (cfg *Config) check() error {
	var errs []error
	if strings.TrimSpace(cfg.Token) == "" {
		errs = append(errs, errors.New("telegram: a bot token is required"))
	}
	if cfg.Updates == nil {
		errs = append(errs, errors.New("telegram: an update log is required"))
	}
	if cfg.Name != "" && !validName(cfg.Name) {
		errs = append(errs, fmt.Errorf("telegram: channel name %q: want 1 to 64 of A-Z a-z 0-9 _ -", cfg.Name))
	}
	switch cfg.Mode {
	case "", ModePolling:
	case ModeWebhook:
		if u, err := url.Parse(cfg.WebhookURL); err != nil || u.Scheme != "https" || u.Host == "" {
			errs = append(errs, fmt.Errorf("telegram: webhook URL %q: want https://host/path", cfg.WebhookURL))
		}
		if cfg.WebhookListen == "" {
			errs = append(errs, errors.New("telegram: webhook mode needs a listen address"))
		}
		if err := CheckSecret(cfg.WebhookSecret); err != nil {
			errs = append(errs, err)
		}
	default:
		errs = append(errs, fmt.Errorf("telegram: mode %q: want %s or %s", cfg.Mode, ModePolling, ModeWebhook))
	}
	return errors.Join(errs...)
}

// validName reports whether name may name a channel: the part of a
// resident id before the colon, 1 to 64 of A-Z a-z 0-9 _ -.
func validName(name string) bool {
	return len(name) <= 64 && CheckSecret(name) == nil
}

// Name returns the channel's name (Config.Name): the channel part of its
// residents' ids, by which the service routes their replies to it.
func (c *Channel) Name() string { return c.name }

// Health returns why the channel cannot reach Telegram: the failure of
// its last poll (Telegram unreachable, the token revoked, another process
// polling the same bot). It is nil when the last poll worked, before the
// first one, and in webhook mode, where Telegram calls in.
func (c *Channel) Health() error { return c.gate.health() }

// CheckSecret checks a webhook secret against Telegram's rules: 1 to 256
// characters among A-Z, a-z, 0-9, _ and -.
func CheckSecret(s string) error {
	if len(s) == 0 || len(s) > 256 {
		return errors.New("telegram: the webhook secret must have 1 to 256 characters")
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
			return errors.New("telegram: the webhook secret may only hold A-Z, a-z, 0-9, _ and -")
		}
	}
	return nil
}

// setService binds the service that handles the residents' events; the
// first one wins.
func (c *Channel) setService(h Service) {
	c.svcMu.Lock()
	defer c.svcMu.Unlock()
	if c.svc == nil {
		c.svc = h
	}
}

func (c *Channel) handler() Service {
	c.svcMu.Lock()
	defer c.svcMu.Unlock()
	return c.svc
}

// Run receives updates and hands them to h until ctx is done, by long
// polling or through the webhook as configured; it then waits for the
// updates being handled (up to DrainTimeout) and returns. It first hands
// over the updates received before a restart and not handled. It returns
// an error when it cannot start (the webhook's address is taken…).
func (c *Channel) Run(ctx context.Context, h Service) error {
	c.setService(h)
	c.replay(ctx)
	c.setCommands(ctx)
	var err error
	if c.cfg.Mode == ModeWebhook {
		err = c.runWebhook(ctx, h)
	} else {
		err = c.runPolling(ctx)
	}
	dctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.cfg.DrainTimeout)
	defer cancel()
	if derr := c.Drain(dctx); derr != nil {
		c.log.Warn("updates still being handled at shutdown were interrupted: they are handled after the restart")
	}
	return err
}

func (c *Channel) runPolling(ctx context.Context) error {
	// A webhook left set makes getUpdates fail with 409.
	err := retry(ctx, c.log, "deleteWebhook", func(ctx context.Context) error {
		_, err := c.bot.DeleteWebhook(ctx, &bot.DeleteWebhookParams{})
		return err
	})
	if err != nil {
		return nil // stopped while retrying
	}
	c.log.Info("telegram polling")
	c.bot.Start(ctx)
	return nil
}

func (c *Channel) runWebhook(ctx context.Context, h Service) error {
	u, _ := url.Parse(c.cfg.WebhookURL)
	path := u.Path
	if path == "" {
		path = "/"
	}
	mux := http.NewServeMux()
	mux.Handle(path, c.Webhook(h))
	srv := &http.Server{Addr: c.cfg.WebhookListen, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	served := make(chan error, 1)
	go func() { served <- srv.ListenAndServe() }()
	err := retry(ctx, c.log, "setWebhook", func(ctx context.Context) error {
		_, err := c.bot.SetWebhook(ctx, &bot.SetWebhookParams{
			URL: c.cfg.WebhookURL, SecretToken: c.cfg.WebhookSecret, AllowedUpdates: allowedUpdates,
		})
		return err
	})
	if err == nil {
		c.log.Info("telegram webhook set", "listen", c.cfg.WebhookListen)
	}
	select {
	case err := <-served:
		return fmt.Errorf("le webhook Telegram ne peut pas écouter sur %s\u00a0; vérifiez TELEGRAM_WEBHOOK_LISTEN\u00a0: "+
			"un autre programme utilise peut-être ce port (détail\u00a0: %w)", c.cfg.WebhookListen, err)
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), c.cfg.DrainTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		srv.Close()
	}
	return nil
}

// setupRetryMax caps the wait between two tries of a setup call: when
// Telegram comes back after an outage, polling starts within seconds.
const setupRetryMax = 10 * time.Second

// retry calls f until it succeeds with growing waits (up to
// setupRetryMax, or a longer retry_after), or ctx is done.
func retry(ctx context.Context, log *slog.Logger, op string, f func(ctx context.Context) error) error {
	wait := time.Second
	for {
		err := f(ctx)
		if err == nil || ctx.Err() != nil {
			return ctx.Err()
		}
		err = apiError(op, err)
		if conversation.ErrorCode(err) != conversation.ETEMPORARY {
			log.Error("telegram setup failed", "op", op, "err", err)
			return nil
		}
		if ra := conversation.RetryAfter(err); ra > wait {
			wait = ra
		}
		log.Warn("telegram setup will be retried", "op", op, "wait", wait, "err", err)
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
		wait = min(wait*2, setupRetryMax)
	}
}

// Commands are the core's commands, as Telegram's menu shows them.
var Commands = func() []models.BotCommand {
	out := make([]models.BotCommand, len(conversation.Commands))
	for i, c := range conversation.Commands {
		out[i] = models.BotCommand{Command: c.Name, Description: c.Description}
	}
	return out
}()

// setCommands registers the commands; a failure only costs the menu.
func (c *Channel) setCommands(ctx context.Context) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.SendTimeout)
	defer cancel()
	_, err := c.bot.SetMyCommands(ctx, &bot.SetMyCommandsParams{Commands: Commands, Scope: &models.BotCommandScopeAllPrivateChats{}})
	if err != nil {
		c.log.Warn("set commands", "err", apiError("setMyCommands", err))
	}
}

// Webhook returns the handler of Telegram's webhook requests, handing the
// updates to h. It answers 401 to a request without the secret, 400 to a
// body that is not an update, and 200 once the update is stored in the
// inbox (see UpdateLog), without waiting for it to be handled: it is
// handled in its chat's turn, after a restart if need be. When it cannot
// be stored, it answers 503 and Telegram sends the update again later.
// Run serves it in webhook mode, and hands over the updates left in the
// inbox by a previous run; whoever mounts it elsewhere calls Drain when
// stopping.
func (c *Channel) Webhook(h Service) http.Handler {
	c.setService(h)
	return http.HandlerFunc(c.serveWebhook)
}

func (c *Channel) serveWebhook(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	got := r.Header.Get(SecretHeader)
	if c.cfg.WebhookSecret == "" || subtle.ConstantTimeCompare([]byte(got), []byte(c.cfg.WebhookSecret)) != 1 {
		http.Error(w, "unauthorized", http.StatusUnauthorized)
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 1<<20))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var upd models.Update
	if err := json.Unmarshal(body, &upd); err != nil || upd.ID == 0 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if _, ok := chatOf(&upd); !ok {
		w.WriteHeader(http.StatusOK) // nothing we handle
		return
	}
	keys, err := c.cfg.Updates.Receive(r.Context(), c.name, [][]byte{body}, 0)
	if err != nil {
		c.log.Warn("webhook update not stored: answered 503, Telegram sends it again", "update", upd.ID, "err", err)
		http.Error(w, "try again later", http.StatusServiceUnavailable)
		return
	}
	// The request's context ends with the answer: the update is handled
	// with the channel's own.
	c.enqueue(context.WithoutCancel(r.Context()), &upd, keys[0])
	w.WriteHeader(http.StatusOK)
}

// Drain stops taking updates and waits until those queued are handled or
// ctx is done; those left are handled after the restart.
func (c *Channel) Drain(ctx context.Context) error {
	err := c.disp.close(ctx)
	c.flushes.Wait()
	return err
}
