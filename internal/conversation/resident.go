package conversation

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"pimmsbot/internal/catalog"
	"pimmsbot/internal/secret"
)

// An Incoming is one thing a resident did: wrote text (or a /command),
// clicked a button, or sent a file.
type Incoming struct {
	// Resident is the channel and the platform's id, e.g. "telegram:42".
	Resident string
	// Text is the message text, or a file's caption.
	Text string
	// Action is the Button.Action of a clicked button.
	Action string
	// Media is the kind of attachment sent, if any.
	Media MediaKind
	// File describes the attachment. Its Data may be empty: Fetch then
	// gets the bytes, and is only called when the file must be relayed
	// to a mediator.
	File  *Attachment
	Fetch func(ctx context.Context) ([]byte, error)
	// Update names the platform's update, if any: an update handled once
	// is not handled again, even after a restart.
	Update *UpdateRef
	// Committed, if set, is called once the event is durably stored (or
	// known to be a duplicate), before the replies are sent: the channel
	// may then confirm the update to its platform.
	Committed func()
	// Site is the ID of the site the channel serves, when it serves only
	// one (a site's bot of its own): a resident without a site gets it,
	// as with a deep link.
	Site string
}

// MaxText is the length, in characters, beyond which a resident's text is
// cut before it is matched and stored.
const MaxText = 4096

// HandleResident handles one event from a resident: it commits what
// changes, then delivers the replies. Events of one resident are handled in
// the order of the calls. The error is only for logs: the resident has
// been answered whenever that was possible.
func (s *Service) HandleResident(ctx context.Context, in Incoming) error {
	if in.Resident == "" {
		return Errorf(EINVALID, "incoming event without a resident")
	}
	unlock := s.lock(in.Resident)
	defer unlock()
	ev, err := s.loadResident(ctx, in.Resident)
	if err != nil {
		return err
	}
	ev.pending, ev.r.Pending = ev.r.Pending, nil
	if ev.r.Site == "" && in.Site != "" {
		if site, ok := s.sites.Site(in.Site); ok {
			ev.r.Site = site.ID
		}
	}
	if ev.r.Blocked {
		// They wrote again: they unblocked the bot.
		ev.r.Blocked = false
	}
	if s.desk == nil && ev.r.InHandover() {
		// A ticket from a run that had a desk: nobody will take it now.
		if err := s.releaseTicket(ctx, ev); err != nil {
			return err
		}
	}
	switch {
	case in.Action != "":
		err = s.onAction(ctx, ev, in.Action)
	case in.Media != MediaNone:
		err = s.onMedia(ctx, ev, in)
	default:
		err = s.onText(ctx, ev, in.Text)
	}
	if err != nil {
		return err
	}
	// Their replies that wait for a retry go at the next Redeliver: they
	// wrote, so the channel is likely back (see poke).
	s.poke(ResidentQueue(in.Resident))
	ev.ch.Update, ev.committed = in.Update, in.Committed
	err = s.commit(ctx, ev)
	if ErrorCode(err) == EDUPLICATE {
		if in.Committed != nil {
			in.Committed()
		}
		return nil
	}
	return err
}

// cleanText trims a resident's text, drops control and invisible
// characters, and cuts it at MaxText characters.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case unicode.Is(unicode.Cf, r), unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) > MaxText {
		s = string([]rune(s)[:MaxText])
	}
	return s
}

// forMatching returns what the engine reads of a message: the text as
// written, but without the secrets it held. A social security number's
// fifteen digits are words the FAQ never uses: they took an outside
// tester's « ma fille 1 85 05 … veut faire sa carte d'identité » from two
// entries offered to « pas sûr ». The masks' own words (« sécurité
// sociale ») are not read either.
func forMatching(text, stored string, secrets []secret.Kind) string {
	if secrets == nil {
		return text
	}
	return maskWords.Replace(stored)
}

var maskWords = strings.NewReplacer(secret.MaskNIR, " ", secret.MaskIBAN, " ", secret.MaskRIB, " ",
	secret.MaskCard, " ", secret.MaskTax, " ", secret.MaskPassword, " ")

// isPath reports whether text starts with a file's path (« /home/marie/
// impots.pdf ») rather than a command: its first word holds another « / ».
func isPath(text string) bool {
	first, _, _ := strings.Cut(text[1:], " ")
	return strings.Contains(first, "/")
}

func (s *Service) onText(ctx context.Context, ev *event, raw string) error {
	text := cleanText(raw)
	if strings.HasPrefix(text, "/") && !isPath(text) {
		name, arg, _ := strings.Cut(text[1:], " ")
		name, _, _ = strings.Cut(name, "@") // "/start@pimms_bot"
		name, known := commandName(strings.ToLower(name))
		if known || !ev.r.InHandover() {
			return s.onCommand(ctx, ev, name, strings.TrimSpace(arg))
		}
		// In a handover, a command the bot does not know ("/fermer",
		// seen in the mediator's words) is words for the mediator: it
		// is relayed as text, never run.
	}
	if name, ok := bareCommand(text, ev.r.InHandover()); ok && s.emergencyEntry(text) == nil {
		return s.onCommand(ctx, ev, name, "")
	}
	stored, secrets := secret.Mask(text)
	if text != "" {
		ev.record(Message{From: FromResident, Text: stored})
	}
	if secrets != nil {
		s.reply(ev, Reply{Text: secretWarning(secrets, ev.r.InHandover())})
	}
	if handled, err := s.onTyped(ctx, ev, text); handled {
		return err
	}
	ev.r.Confirm = "" // any other message cancels a pending /oublier
	// Safety first: a resident in danger is answered at once, whatever
	// the state of the conversation. The question is matched once.
	var res catalog.Result
	if hasLetterOrDigit(text) {
		res = s.faq.Load().matcher.Match(forMatching(text, stored, secrets))
	}
	if e := s.emergencyOf(res); e != nil {
		return s.emergency(ctx, ev, e, stored, false)
	}
	res = s.asPersonWorried(ev, text, res)
	if ev.r.InHandover() {
		return s.onHandoverText(ctx, ev, text, stored, res)
	}
	if handled, err := s.onRatingText(ctx, ev, text, res); handled {
		return err
	}
	if code, ok := findPostcode(text); ok && ev.pending != nil {
		return s.onPostcode(ctx, ev, ev.pending, code)
	}
	if text == "" {
		if secrets == nil {
			s.reply(ev, Reply{Text: French.Empty, Buttons: menuButtons()})
		}
		return nil
	}
	if !hasLetterOrDigit(text) {
		// Only emoji or punctuation: nothing to match, but a mood.
		switch emojiMood(text) {
		case moodAgreed:
			s.reply(ev, Reply{Text: French.Ack})
		case moodSad:
			s.reply(ev, s.withWorry(catalog.Result{Worry: true}, Reply{Text: French.Sad, Buttons: [][]Button{
				{{Label: frButtons.Human, Action: ActHuman}},
				{{Label: frButtons.Themes, Action: ActThemes}},
			}}))
		default:
			s.reply(ev, Reply{Text: French.AskPrompt, Buttons: menuButtons()})
		}
		return nil
	}
	return s.answer(ctx, ev, res, stored)
}

// onRatingText handles a typed rating, and the words that give none
// while a rating is asked for; it reports whether text was handled.
// Anything else gives the resident back to the bot.
func (s *Service) onRatingText(ctx context.Context, ev *event, text string, res catalog.Result) (bool, error) {
	if _, ok := typedRating(text); ok && ev.r.Mode == ModeBot && s.justRated(ctx, ev) {
		// « 4 », then « 5 »: the first rating counts.
		s.reply(ev, Reply{Text: French.RatingAlready})
		return true, nil
	}
	if ev.r.Mode != ModeRating {
		return false, nil
	}
	if n, ok := typedRating(text); ok {
		return true, s.rate(ctx, ev, n)
	}
	if key := typedKey(text); !ev.r.RatingAgain && (res.ID == catalog.IntentThanks || typedAck[key] || typedYes[key]) {
		// « très bien merci »: kind words, no figure; asked once more,
		// with the buttons.
		ev.r.RatingAgain = true
		s.reply(ev, Reply{Text: French.RatingAgain, Buttons: ratingButtons()})
		return true, nil
	}
	ev.r.backToBot()
	return false, nil
}

func hasLetterOrDigit(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

func (s *Service) onMedia(ctx context.Context, ev *event, in Incoming) error {
	caption, secrets := secret.Mask(cleanText(in.Text))
	desc := "[" + in.Media.Label() + "]" // for the mediators, in French
	if caption != "" {
		desc += " " + caption
	}
	msg := Message{From: FromResident, Text: caption, Media: in.Media}
	if in.File != nil {
		meta := *in.File
		meta.Data = nil
		msg.File = &meta
	}
	ev.record(msg)
	if secrets != nil {
		// A caption is masked like a message, and the resident told.
		s.reply(ev, Reply{Text: secretWarning(secrets, ev.r.InHandover())})
	}
	urgent := s.emergencyEntry(caption) // a caption can call for help too
	if urgent != nil && !ev.r.InHandover() {
		return s.emergency(ctx, ev, urgent, desc, false)
	}
	if ev.r.InHandover() {
		t, err := s.openTicket(ctx, ev)
		if err != nil {
			return err
		}
		var file *Attachment
		if in.File != nil && (in.Media == MediaPhoto || in.Media == MediaDocument || in.Media == MediaVoice || in.Media == MediaVideo) {
			f := *in.File
			if len(f.Data) == 0 && in.Fetch != nil {
				data, err := in.Fetch(ctx)
				if err != nil {
					s.log.Warn("fetch attachment", "resident", ev.r.Label, "err", err)
					desc += " (fichier non récupéré)"
				} else {
					f.Data = data
				}
			}
			if len(f.Data) > 0 {
				f.Size = int64(len(f.Data))
				file = &f
			}
		}
		s.deskPost(ev, t, PostResident, desc, file)
		if urgent != nil {
			return s.emergency(ctx, ev, urgent, desc, true)
		}
		s.receipt(ev, t)
		return nil
	}
	ev.r.skipRating()
	text := French.MediaOutside
	if in.Media == MediaVoice {
		text = French.MediaVoice
	}
	s.reply(ev, Reply{Text: text, Buttons: [][]Button{{{Label: frButtons.Human, Action: ActHuman}}}})
	return nil
}

// asPersonWorried returns asPerson's verdict on text. A message that reads
// somewhat like danger (res.Worry) and asks for a person, or comes while
// the resident's ticket waits, first gets the emergency numbers: the
// mediator may be hours away.
func (s *Service) asPersonWorried(ev *event, text string, res catalog.Result) catalog.Result {
	worry := res.Worry
	res = asPerson(text, res)
	if worry && (ev.r.Mode == ModeWaiting || res.ID == catalog.IntentHandover && !ev.r.InHandover()) {
		s.reply(ev, s.withWorry(catalog.Result{Worry: true}, Reply{}))
	}
	return res
}
