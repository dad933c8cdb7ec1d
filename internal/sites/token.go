package sites

// A Token is a secret, such as a Telegram bot token. It prints, formats
// and marshals as "[hidden]", so that no log line, error or dump shows it;
// Reveal returns it for the one call that needs it.
type Token struct{ s string }

// NewToken returns s as a Token.
func NewToken(s string) Token { return Token{s} }

// Reveal returns the secret itself.
func (t Token) Reveal() string { return t.s }

// IsZero reports whether the token is empty.
func (t Token) IsZero() bool { return t.s == "" }

// String returns "[hidden]", or "" for an empty token.
func (t Token) String() string {
	if t.s == "" {
		return ""
	}
	return "[hidden]"
}

// GoString is String, so that %#v hides the token too.
func (t Token) GoString() string { return t.String() }

// MarshalText is String, so that JSON and YAML dumps hide the token.
func (t Token) MarshalText() ([]byte, error) { return []byte(t.String()), nil }
