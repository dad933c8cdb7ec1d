package telegramtest

import (
	"testing"

	"github.com/go-telegram/bot/models"
)

func TestParseHTML(t *testing.T) {
	text, ents, err := ParseHTML(`&lt;b&gt; &amp; <b>gras <a href="https://x.fr/?a=1&amp;b=2">lien</a></b> &#39;😀&quot;`)
	if err != nil {
		t.Fatal(err)
	}
	if want := `<b> & gras lien '😀"`; text != want {
		t.Errorf("text = %q, want %q", text, want)
	}
	want := []models.MessageEntity{
		{Type: models.MessageEntityTypeTextLink, Offset: 11, Length: 4, URL: "https://x.fr/?a=1&b=2"},
		{Type: models.MessageEntityTypeBold, Offset: 6, Length: 9},
	}
	if len(ents) != 2 || ents[0] != want[0] || ents[1] != want[1] {
		t.Errorf("entities = %+v, want %+v", ents, want)
	}
	// What Telegram refuses.
	for _, bad := range []string{"a & b", "a < b", "a > b", "<script>x</script>", "<b>open", "<b>x</i>", "&nbsp;", `<a href=x>y</a>`} {
		if _, _, err := ParseHTML(bad); err == nil {
			t.Errorf("ParseHTML(%q) accepted", bad)
		}
	}
	if n := Len16("a😀"); n != 3 {
		t.Errorf("Len16 = %d, want 3", n)
	}
}
