package discordtest

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Discord's documented limits, which the fake enforces (Create Message,
// Embed Limits, Message Components, Start Thread, Application Commands,
// Interaction Response in the developer documentation). Lengths are in
// characters (Unicode code points).
const (
	MaxContent      = 2000 // message content
	MaxNonce        = 25   // nonce of a message
	MaxEmbeds       = 10   // embeds per message
	MaxEmbedTotal   = 6000 // characters of all the embeds of a message
	MaxThreadName   = 100  // a thread's name, 1 to 100
	MaxActionRows   = 5    // action rows per message
	MaxRowButtons   = 5    // buttons per action row
	MaxButtonLabel  = 80
	MaxCustomID     = 100
	MaxChoices      = 25 // autocomplete choices
	MaxChoiceName   = 100
	MaxChoiceValue  = 100
	MaxCommands     = 100 // commands of an application in a guild
	MaxCommandName  = 32
	MaxDescription  = 100 // of a command or an option
	MaxOptions      = 25
	MaxMentionRoles = 100 // allowed_mentions.roles
)

// The fields Discord documents for each request body, top level. The
// fake refuses a body with any other field: Discord itself ignores
// unknown fields, so a misspelt field (say "enforceNonce") would be
// silently lost there; here it fails the test. A few fields that
// discordgo sends with every request of that kind, and that Discord
// ignores, are accepted too; they are named in the comments.
var (
	messageCreateFields = []string{"content", "nonce", "tts", "embeds", "allowed_mentions", "message_reference",
		"components", "sticker_ids", "attachments", "flags", "enforce_nonce", "poll"}
	messageEditFields = []string{"content", "embeds", "flags", "allowed_mentions", "components", "attachments"}
	// The first message of a forum post; "tts" is sent by discordgo.
	forumMessageFields = []string{"content", "embeds", "allowed_mentions", "components", "sticker_ids",
		"attachments", "flags", "tts", "poll"}
	// "type" and "invitable" are sent by discordgo's ThreadStart.
	threadFromMessageFields = []string{"name", "auto_archive_duration", "rate_limit_per_user", "type", "invitable"}
	forumThreadFields       = []string{"name", "auto_archive_duration", "rate_limit_per_user", "message",
		"applied_tags", "type", "invitable"}
	threadEditFields = []string{"name", "archived", "auto_archive_duration", "locked", "invitable",
		"rate_limit_per_user", "flags", "applied_tags"}
	callbackFields     = []string{"type", "data"}
	callbackDataFields = []string{"tts", "content", "embeds", "allowed_mentions", "flags", "components",
		"attachments", "poll", "choices", "custom_id", "title"}
	webhookEditFields = []string{"content", "embeds", "allowed_mentions", "components", "attachments", "poll"}
	followupFields    = []string{"content", "username", "avatar_url", "tts", "embeds", "allowed_mentions",
		"components", "attachments", "flags", "thread_name", "applied_tags", "poll"}
	commandFields = []string{"name", "name_localizations", "description", "description_localizations", "options",
		"default_member_permissions", "dm_permission", "default_permission", "integration_types", "contexts",
		"type", "nsfw", "id", "application_id", "guild_id", "version"}
)

// formErrors collects what is wrong with a request body, by JSON path,
// for Discord's 400 "Invalid Form Body" (code 50035).
type formErrors struct {
	paths []string
	errs  map[string][2]string // path → code, message
}

func (e *formErrors) add(path, code, format string, args ...any) {
	if e.errs == nil {
		e.errs = map[string][2]string{}
	}
	if _, ok := e.errs[path]; !ok {
		e.paths = append(e.paths, path)
	}
	e.errs[path] = [2]string{code, fmt.Sprintf(format, args...)}
}

func (e *formErrors) empty() bool { return len(e.paths) == 0 }

// String lists the errors, for test failures.
func (e *formErrors) String() string {
	var b strings.Builder
	for _, p := range e.paths {
		fmt.Fprintf(&b, "%s: %s; ", p, e.errs[p][1])
	}
	return strings.TrimSuffix(b.String(), "; ")
}

// answer returns Discord's 400 body: {"code":50035, "message":"Invalid
// Form Body", "errors":{"content":{"_errors":[{"code":…,"message":…}]}}},
// with nested objects for nested paths ("embeds.0.title").
func (e *formErrors) answer() (int, any) {
	root := map[string]any{}
	for _, p := range e.paths {
		node := root
		for _, k := range strings.Split(p, ".") {
			next, ok := node[k].(map[string]any)
			if !ok {
				next = map[string]any{}
				node[k] = next
			}
			node = next
		}
		node["_errors"] = []any{map[string]any{"code": e.errs[p][0], "message": e.errs[p][1]}}
	}
	return 400, map[string]any{"code": 50035, "message": "Invalid Form Body", "errors": root}
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func length(s string) int { return utf8.RuneCountInString(s) }

// checkFields refuses the fields of obj not in allowed.
func checkFields(e *formErrors, prefix string, obj map[string]any, allowed []string) {
	for k := range obj {
		if !slices.Contains(allowed, k) {
			e.add(join(prefix, k), "UNKNOWN_FIELD", "Unknown field %q.", k)
		}
	}
}

// checkString checks the length of an optional string field.
func checkString(e *formErrors, path string, v any, min, max int) {
	if v == nil {
		return
	}
	s, ok := v.(string)
	if !ok {
		e.add(path, "BASE_TYPE_STRING", "Must be a string.")
		return
	}
	if n := length(s); n < min || n > max {
		if min > 0 {
			e.add(path, "BASE_TYPE_BAD_LENGTH", "Must be between %d and %d in length.", min, max)
		} else {
			e.add(path, "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", max)
		}
	}
}

// checkMessage checks a message body (create, edit, forum starter,
// interaction or webhook message) against the documented limits.
func checkMessage(e *formErrors, prefix string, m map[string]any, allowed []string) {
	checkFields(e, prefix, m, allowed)
	checkString(e, join(prefix, "content"), m["content"], 0, MaxContent)
	switch n := m["nonce"].(type) {
	case nil, float64:
	case string:
		if length(n) > MaxNonce {
			e.add(join(prefix, "nonce"), "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxNonce)
		}
	default:
		e.add(join(prefix, "nonce"), "BASE_TYPE_STRING", "Must be a string or an integer.")
	}
	if v, ok := m["enforce_nonce"]; ok && v != nil {
		if _, ok := v.(bool); !ok {
			e.add(join(prefix, "enforce_nonce"), "BASE_TYPE_BOOLEAN", "Must be a boolean.")
		}
	}
	checkEmbeds(e, join(prefix, "embeds"), m["embeds"])
	checkComponents(e, join(prefix, "components"), m["components"])
	checkMentions(e, join(prefix, "allowed_mentions"), m["allowed_mentions"])
}

func checkEmbeds(e *formErrors, path string, v any) {
	if v == nil {
		return
	}
	embeds, ok := v.([]any)
	if !ok {
		e.add(path, "BASE_TYPE_ARRAY", "Must be an array.")
		return
	}
	if len(embeds) > MaxEmbeds {
		e.add(path, "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxEmbeds)
	}
	total := 0
	text := func(p string, v any, max int) {
		s, _ := v.(string)
		total += length(s)
		checkString(e, p, v, 0, max)
	}
	for i, raw := range embeds {
		em, _ := raw.(map[string]any)
		p := join(path, strconv.Itoa(i))
		text(join(p, "title"), em["title"], 256)
		text(join(p, "description"), em["description"], 4096)
		if f, ok := em["footer"].(map[string]any); ok {
			text(join(p, "footer.text"), f["text"], 2048)
		}
		if a, ok := em["author"].(map[string]any); ok {
			text(join(p, "author.name"), a["name"], 256)
		}
		fields, _ := em["fields"].([]any)
		if len(fields) > 25 {
			e.add(join(p, "fields"), "BASE_TYPE_MAX_LENGTH", "Must be 25 or fewer in length.")
		}
		for j, rf := range fields {
			f, _ := rf.(map[string]any)
			fp := join(join(p, "fields"), strconv.Itoa(j))
			text(join(fp, "name"), f["name"], 256)
			text(join(fp, "value"), f["value"], 1024)
		}
	}
	if total > MaxEmbedTotal {
		e.add(path, "MAX_EMBED_SIZE_EXCEEDED", "Embed size exceeds maximum size of %d.", MaxEmbedTotal)
	}
}

func checkComponents(e *formErrors, path string, v any) {
	if v == nil {
		return
	}
	rows, ok := v.([]any)
	if !ok {
		e.add(path, "BASE_TYPE_ARRAY", "Must be an array.")
		return
	}
	if len(rows) > MaxActionRows {
		e.add(path, "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxActionRows)
	}
	ids := map[string]bool{}
	for i, rr := range rows {
		row, _ := rr.(map[string]any)
		rp := join(path, strconv.Itoa(i))
		if t, _ := row["type"].(float64); t != 1 {
			e.add(join(rp, "type"), "COMPONENT_LAYOUT_INVALID", "The top level of components must be action rows.")
			continue
		}
		comps, _ := row["components"].([]any)
		if len(comps) == 0 || len(comps) > MaxRowButtons {
			e.add(join(rp, "components"), "BASE_TYPE_BAD_LENGTH", "Must be between 1 and %d in length.", MaxRowButtons)
		}
		for j, rc := range comps {
			c, _ := rc.(map[string]any)
			cp := join(join(rp, "components"), strconv.Itoa(j))
			if t, _ := c["type"].(float64); t != 2 {
				continue // only buttons are checked further
			}
			checkString(e, join(cp, "label"), c["label"], 0, MaxButtonLabel)
			id, _ := c["custom_id"].(string)
			url, _ := c["url"].(string)
			if style, _ := c["style"].(float64); style == 5 {
				if url == "" || id != "" {
					e.add(cp, "BUTTON_LINK_INVALID", "A link button has a url and no custom_id.")
				}
				continue
			}
			switch {
			case id == "" || url != "":
				e.add(join(cp, "custom_id"), "BUTTON_CUSTOM_ID_REQUIRED", "A button has a custom_id and no url.")
			case length(id) > MaxCustomID:
				e.add(join(cp, "custom_id"), "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxCustomID)
			case ids[id]:
				e.add(join(cp, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", "Component custom id cannot be duplicated.")
			}
			ids[id] = true
		}
	}
}

func checkMentions(e *formErrors, path string, v any) {
	if v == nil {
		return
	}
	am, ok := v.(map[string]any)
	if !ok {
		e.add(path, "MODEL_TYPE_CONVERT", "Must be an object.")
		return
	}
	checkFields(e, path, am, []string{"parse", "roles", "users", "replied_user"})
	parse, _ := am["parse"].([]any)
	for _, p := range parse {
		if p != "roles" && p != "users" && p != "everyone" {
			e.add(join(path, "parse"), "ENUM_TYPE_COERCE", "Value %v is not a valid enum value.", p)
		}
	}
	for _, k := range []string{"roles", "users"} {
		list, _ := am[k].([]any)
		if len(list) > MaxMentionRoles {
			e.add(join(path, k), "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxMentionRoles)
		}
		if len(list) > 0 && slices.Contains(parse, any(k)) {
			e.add(path, "MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE", "parse:[%q] and %s:[ids] are mutually exclusive.", k, k)
		}
	}
}

// emptyMessage reports whether a message to create has nothing to show.
func emptyMessage(m map[string]any, files int) bool {
	if files > 0 {
		return false
	}
	if s, _ := m["content"].(string); s != "" {
		return false
	}
	for _, k := range []string{"embeds", "components", "sticker_ids"} {
		if l, _ := m[k].([]any); len(l) > 0 {
			return false
		}
	}
	return m["poll"] == nil
}

var commandName = regexp.MustCompile(`^[-_'\p{L}\p{N}]{1,32}$`)

// checkCommands checks a bulk overwrite of guild commands.
func checkCommands(e *formErrors, cmds []map[string]any) {
	if len(cmds) > MaxCommands {
		e.add("", "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxCommands)
	}
	for i, c := range cmds {
		p := strconv.Itoa(i)
		checkFields(e, p, c, commandFields)
		checkCommandName(e, join(p, "name"), c["name"])
		checkString(e, join(p, "description"), c["description"], 1, MaxDescription)
		opts, _ := c["options"].([]any)
		if len(opts) > MaxOptions {
			e.add(join(p, "options"), "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxOptions)
		}
		optional := false
		for j, ro := range opts {
			o, _ := ro.(map[string]any)
			op := join(join(p, "options"), strconv.Itoa(j))
			checkCommandName(e, join(op, "name"), o["name"])
			checkString(e, join(op, "description"), o["description"], 1, MaxDescription)
			req, _ := o["required"].(bool)
			if req && optional {
				e.add(join(op, "required"), "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID", "Required options must be placed before non-required options.")
			}
			optional = optional || !req
		}
	}
}

func checkCommandName(e *formErrors, path string, v any) {
	s, _ := v.(string)
	if !commandName.MatchString(s) || strings.ToLower(s) != s {
		e.add(path, "APPLICATION_COMMAND_INVALID_NAME", "Command name is invalid.")
	}
}

// checkChoices checks an autocomplete result.
func checkChoices(e *formErrors, path string, v any) {
	choices, _ := v.([]any)
	if len(choices) > MaxChoices {
		e.add(path, "BASE_TYPE_MAX_LENGTH", "Must be %d or fewer in length.", MaxChoices)
	}
	for i, rc := range choices {
		c, _ := rc.(map[string]any)
		p := join(path, strconv.Itoa(i))
		checkString(e, join(p, "name"), c["name"], 1, MaxChoiceName)
		if s, ok := c["value"].(string); ok {
			checkString(e, join(p, "value"), s, 0, MaxChoiceValue)
		}
	}
}
